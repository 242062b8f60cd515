package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.UserAccount;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;

/** Asks for a new user's username, display name and roles; the password is generated and shown once. */
class UserDialog extends Dialog {

    /** Creates the user; answers whether it worked, so the dialog stays open to correct the input. */
    interface Creation {
        boolean create(String username, String displayName, Set<Role> roles);
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    UserDialog(Creation creation) {
        setHeaderTitle(getTranslation("admin.new-user"));
        username.setLabel(getTranslation("account.username"));
        username.setMaxLength(UserAccount.USERNAME);
        username.setId("new-user-username");
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(UserAccount.DISPLAY_NAME);
        displayName.setId("new-user-display-name");
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(Translations.enumKey(role)));
        roles.setId("new-user-roles");
        add(new FormLayout(username, displayName, roles));

        Button create = new Button(getTranslation("admin.create"), click -> {
            if (creation.create(username.getValue(), displayName.getValue(), roles.getValue())) {
                close();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user-create");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
    }
}
