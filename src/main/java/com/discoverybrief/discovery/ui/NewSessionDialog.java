package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.InvalidInputException;
import com.discoverybrief.discovery.Limits;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for the one thing a session cannot start without: the client's name. */
class NewSessionDialog extends Dialog {

    private final TextField client = new TextField();

    NewSessionDialog(Consumer<String> onStart) {
        setHeaderTitle(getTranslation("sessions.new"));
        client.setLabel(getTranslation("header.clientCompany"));
        client.setRequiredIndicatorVisible(true);
        client.setMaxLength(Limits.NAME);
        client.setWidthFull();
        client.setId("new-session-client");
        add(client);

        Button start = new Button(getTranslation("sessions.start"), click -> start(onStart));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickShortcut(Key.ENTER);
        start.setId("start-session");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, start);
        addOpenedChangeListener(event -> client.focus());
    }

    private void start(Consumer<String> onStart) {
        if (client.getValue().isBlank()) {
            client.setInvalid(true);
            client.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        try {
            onStart.accept(client.getValue());
            close();
        } catch (InvalidInputException e) {
            client.setInvalid(true);
            client.setErrorMessage(getTranslation(e.messageKey(), e.limit()));
        }
    }
}
