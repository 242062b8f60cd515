package com.discoverybrief.accounts.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * A form's own error line, for a refusal that concerns the whole form rather than one field (e.g.
 * "at least one administrator must remain"): it stays with the form instead of piling up as toasts.
 */
class FormErrors extends Paragraph {

    FormErrors() {
        addClassName("form-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(String message) {
        setText(message);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
