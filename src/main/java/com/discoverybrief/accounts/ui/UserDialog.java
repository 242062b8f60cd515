package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.UserAccount;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;

/**
 * Asks for a new user's username, display name and roles; the password is generated and shown once.
 * A refusal is shown on the field it concerns, and the dialog stays open to correct it.
 */
class UserDialog extends Dialog {

    /** Creates the user, or throws the refusal; the dialog closes only when it worked. */
    interface Creation {
        void create(String username, String displayName, Set<Role> roles);
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final FormErrors errors = new FormErrors();
    private final Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
            "roles", roles);

    UserDialog(Creation creation) {
        setHeaderTitle(getTranslation("admin.new-user"));
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(UserAccount.USERNAME);
        username.setRequired(true);
        username.setId("new-user-username");
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME);
        displayName.setRequired(true);
        displayName.setId("new-user-display-name");
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(Translations.enumKey(role)));
        roles.setRequired(true);
        roles.setId("new-user-roles");
        add(errors, new FormLayout(username, displayName, roles));

        Button create = new Button(getTranslation("admin.create"), click -> {
            AccountForms.clear(fields);
            errors.clear();
            try {
                creation.create(username.getValue(), displayName.getValue(), roles.getValue());
                close();
            } catch (AccountException refused) {
                AccountForms.show(refused, this, fields, errors);
                click.getSource().setEnabled(true);
            }
        });
        // A second tap would try to create the same user again.
        create.setDisableOnClick(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user-create");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
