package com.discoverybrief.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a generated temporary password exactly once; it is stored only as a hash. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String temporaryPassword) {
        setHeaderTitle(getTranslation("admin.temporary-password.title"));
        Span secret = new Span(temporaryPassword);
        secret.setId("temporary-password");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        add(new Paragraph(getTranslation("admin.temporary-password.text", username)), secret);
        Button done = new Button(getTranslation("action.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("temporary-password-done");
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
