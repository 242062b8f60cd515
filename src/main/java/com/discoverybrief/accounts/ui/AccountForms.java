package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.internal.AccountException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shows a refused account operation next to the field it concerns, on the form, or as a notification. */
final class AccountForms {

    private AccountForms() {
    }

    static void show(AccountException refused, Component context, Map<String, ? extends HasValidation> fields) {
        show(refused, context, fields, null);
    }

    /** On the field when it names one, else on the form's error line, else as one notification. */
    static void show(AccountException refused, Component context, Map<String, ? extends HasValidation> fields,
            FormErrors form) {
        String message = context.getTranslation(refused.messageKey(), refused.arguments());
        HasValidation field = refused.field() == null ? null : fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (form != null) {
            form.show(message);
        } else {
            Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
