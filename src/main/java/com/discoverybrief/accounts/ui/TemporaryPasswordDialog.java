package com.discoverybrief.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Shows a generated temporary password exactly once; it is stored only as a hash. It closes only with
 * "Done" — not with Escape or a click beside it — so it cannot vanish before it was copied.
 */
class TemporaryPasswordDialog extends Dialog {

    /**
     * Copies the password: the clipboard where the browser allows it (HTTPS or localhost), else the
     * selected text with the older copy command. Answers whether it worked.
     */
    private static final String COPY = """
            const secret = $0;
            const element = this;
            return (async () => {
                try {
                    await navigator.clipboard.writeText(secret);
                    return true;
                } catch (e) {
                    const range = document.createRange();
                    range.selectNodeContents(element);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    try {
                        return document.execCommand('copy');
                    } catch (ignored) {
                        return false;
                    }
                }
            })();""";

    private final Button copy = new Button();

    TemporaryPasswordDialog(String username, String temporaryPassword) {
        setHeaderTitle(getTranslation("admin.temporary-password.title"));
        Span secret = new Span(temporaryPassword);
        secret.setId("temporary-password");
        secret.addClassName("temporary-password");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("user-select", "all");
        copy.setText(getTranslation("admin.temporary-password.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.setId("temporary-password-copy");
        copy.addClickListener(click -> secret.getElement().executeJs(COPY, temporaryPassword)
                .then(Boolean.class, this::copied));
        HorizontalLayout line = new HorizontalLayout(secret, copy);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        add(new Paragraph(getTranslation("admin.temporary-password.text", username)), line);
        Button done = new Button(getTranslation("action.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("temporary-password-done");
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
    }

    private void copied(Boolean worked) {
        copy.setText(getTranslation(Boolean.TRUE.equals(worked)
                ? "admin.temporary-password.copied" : "admin.temporary-password.copy-by-hand"));
    }
}
