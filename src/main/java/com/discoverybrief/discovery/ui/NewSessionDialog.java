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
    private final Button start = new Button();

    NewSessionDialog(Consumer<String> onStart) {
        setHeaderTitle(getTranslation("sessions.new"));
        client.setLabel(getTranslation("header.clientCompany"));
        client.setRequiredIndicatorVisible(true);
        client.setMaxLength(Limits.NAME);
        client.setWidthFull();
        client.setId("new-session-client");
        add(client);

        start.addClickListener(click -> start(onStart));
        start.setText(getTranslation("sessions.start"));
        // A double tap starts one session, not two: the button waits for the first press's answer.
        start.setDisableOnClick(true);
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
            start.setEnabled(true);
            return;
        }
        try {
            onStart.accept(client.getValue());
            close();
        } catch (InvalidInputException e) {
            client.setInvalid(true);
            client.setErrorMessage(getTranslation(e.messageKey(), e.limit()));
            start.setEnabled(true);
        }
    }
}
