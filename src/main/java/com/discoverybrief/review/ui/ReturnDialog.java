package com.discoverybrief.review.ui;

import com.discoverybrief.discovery.Limits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks what the salesperson should work on; the comment is required, so the dialog says so first. */
class ReturnDialog extends Dialog {

    private final TextArea comment = new TextArea();

    /** @param onReturn applies the return and tells whether it went through (the dialog then closes) */
    ReturnDialog(Predicate<String> onReturn) {
        setHeaderTitle(getTranslation("review.return.title"));
        comment.setId("return-comment");
        comment.setLabel(getTranslation("review.return.comment"));
        comment.setMaxLength(Limits.COMMENT);
        comment.setRequired(true);
        comment.setWidth("32rem");
        comment.setMaxWidth("100%");
        comment.setMinHeight("8rem");
        add(comment);
        Button confirm = new Button(getTranslation("review.return.confirm"), click -> {
            if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (onReturn.test(comment.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("return-confirm");
        Button cancel = new Button(getTranslation("review.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
