package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The last step: what the session knows at each level of strategy, and completing the session. */
class SummaryStep extends VerticalLayout {

    SummaryStep(DiscoverySession session, Runnable onComplete) {
        addClassName("summary-step");
        setPadding(false);
        add(new H2(getTranslation("wizard.summary.title")));
        for (Level level : Level.values()) {
            add(level(session, level));
        }
        if (session.getStatus() == SessionStatus.DRAFT) {
            Button complete = new Button(getTranslation("wizard.complete"), click -> onComplete.run());
            complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            complete.setId("complete-session");
            add(complete);
        } else {
            add(new Paragraph(getTranslation("wizard.is-completed")));
        }
    }

    private Div level(DiscoverySession session, Level level) {
        Div section = new Div(new H3(getTranslation(Translations.enumKey(level))),
                new Paragraph(getTranslation("level." + level.name() + ".answers")));
        section.addClassName("level-section");
        UnorderedList known = new UnorderedList();
        UnorderedList unknown = new UnorderedList();
        for (AnswerField field : AnswerField.of(level)) {
            if (session.storedAnswer(field) == null) {
                unknown.add(new ListItem(getTranslation("field." + field.name() + ".gap")));
            } else {
                known.add(new ListItem(getTranslation(DiscoverySession.labelKey(field))));
            }
        }
        section.add(new Paragraph(getTranslation("wizard.summary.known")), known,
                new Paragraph(getTranslation("wizard.summary.unknown")), unknown);
        return section;
    }
}
