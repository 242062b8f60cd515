package com.discoverybrief.discovery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Saving stopped for good (the session was deleted, the user may no longer edit): said in words. */
class StoppedBanner extends Div {

    StoppedBanner(String message) {
        addClassNames("wizard-banner", "stopped-banner");
        setId("stopped-banner");
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(message);
        Paragraph kept = new Paragraph(getTranslation("autosave.stopped.kept"));
        kept.addClassName("banner-note");
        Button reload = new Button(getTranslation("autosave.stopped.reload"),
                click -> UI.getCurrent().getPage().reload());
        add(text, kept, reload);
    }
}
