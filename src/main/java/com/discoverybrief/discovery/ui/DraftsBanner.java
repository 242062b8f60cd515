package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.UserTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.util.List;

/** Text this browser kept that never reached the database: restore it, or let it go. */
class DraftsBanner extends Div {

    DraftsBanner(List<String> labels, long typedAt, Runnable restore, Runnable discard) {
        addClassNames("wizard-banner", "drafts-banner");
        setId("drafts-banner");
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation("drafts.text",
                UserTime.dateTime(getLocale()).format(Instant.ofEpochMilli(typedAt)), String.join(", ", labels)));
        Button restoreButton = new Button(getTranslation("drafts.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> {
                    removeFromParent();
                    restore.run();
                });
        restoreButton.setId("drafts-restore");
        restoreButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discardButton = new Button(getTranslation("drafts.discard"), click -> {
            removeFromParent();
            discard.run();
        });
        discardButton.setId("drafts-discard");
        discardButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(restoreButton, discardButton);
        actions.addClassName("banner-actions");
        add(text, actions);
    }
}
