package com.discoverybrief.discovery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Saving stopped for good (the session was deleted, the user may no longer edit): said in words. */
class StoppedBanner extends Div {

    /** {@code kept}: what the user typed stays in the browser and is offered when editing is possible again. */
    StoppedBanner(String message, boolean kept) {
        addClassNames("wizard-banner", "stopped-banner");
        setId("stopped-banner");
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(message);
        add(text);
        if (kept) {
            Paragraph note = new Paragraph(getTranslation("autosave.stopped.kept"));
            note.addClassName("banner-note");
            add(note);
        }
        add(new Button(getTranslation("autosave.stopped.reload"), click -> UI.getCurrent().getPage().reload()));
    }
}
