package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.UserTime;
import com.discoverybrief.discovery.Comment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A returned session says so the moment it opens: the lead's comment, who wrote it and when, and
 * the way to the step it concerns.
 */
class ReturnedBanner extends Div {

    ReturnedBanner(Comment comment, String author, String stepLabel, Runnable goToStep) {
        addClassNames("wizard-banner", "returned-banner");
        setId("returned-banner");
        getElement().setAttribute("role", "note");
        Span heading = new Span(getTranslation("returned.title", author,
                UserTime.dateTime(getLocale()).format(comment.writtenAt())));
        heading.addClassName("banner-title");
        Paragraph text = new Paragraph(comment.text());
        text.addClassName("returned-comment");
        Button open = new Button(getTranslation("returned.open", stepLabel), VaadinIcon.ARROW_RIGHT.create(),
                click -> goToStep.run());
        open.setId("returned-open-step");
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, text, open);
    }
}
