package com.discoverybrief.review.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.AdviceViews;
import com.discoverybrief.discovery.AnswerValues;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.discovery.ReviewedSession;
import com.discoverybrief.discovery.FieldKey;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.FollowUps;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import com.discoverybrief.strategy.Level;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The header and the answers grouped by level, as text; nothing here can be edited. */
class SessionDetails extends Div {

    /** {@code history} opens the history of one answer, from a small button beside it. */
    SessionDetails(ReviewedSession session, Consumer<FieldKey> history) {
        addClassName("review-details");
        SessionHeader header = session.header();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("review-facts");
        term(facts, "header.contactPerson", header.contactPerson());
        term(facts, "header.industry", header.industry());
        term(facts, "header.businessModel", label(header.businessModel()));
        term(facts, "header.geography", label(header.geography()));
        term(facts, "header.companySize", label(header.companySize()));
        term(facts, "header.budget", label(header.budget()));
        term(facts, "header.meetingDate", header.meetingDate() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(header.meetingDate()));
        term(facts, "header.briefLanguage", getTranslation("language." + header.briefLanguage()));
        add(new H2(getTranslation("header.title")), facts);

        for (Level level : Level.values()) {
            Div section = new Div(new H3(getTranslation(Translations.enumKey(level))));
            section.addClassName("review-level");
            section.setId("answers-" + level.name());
            DescriptionList answers = new DescriptionList();
            answers.addClassName("review-answers");
            for (AnswerField field : AnswerField.of(level)) {
                // as in the questionnaire: the season's months only of a seasonal business
                if (!FollowUps.shown(field, of -> AnswerValues.parseOrNull(of, session.answers().get(of)))) {
                    continue;
                }
                term(answers, "field." + field.name() + ".label", answer(field, session.answers().get(field)));
                Button open = new Button(getTranslation("history.open"), VaadinIcon.TIME_BACKWARD.create(),
                        click -> history.accept(FieldKey.answer(field)));
                open.setId("history-" + field.name());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                open.getElement().setAttribute("aria-label",
                        getTranslation("history.open-of", getTranslation("field." + field.name() + ".label")));
                answers.getChildren().reduce((first, second) -> second)
                        .ifPresent(description -> ((DescriptionList.Description) description).add(open));
            }
            section.add(answers);
            add(section);
        }
    }

    private void term(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? getTranslation("review.not-answered") : value));
    }

    private String answer(AnswerField field, String stored) {
        return stored == null ? null : AdviceViews.answer(field, stored, getLocale());
    }

    private String label(Enum<?> value) {
        return value == null ? null : getTranslation(Translations.enumKey(value));
    }
}
