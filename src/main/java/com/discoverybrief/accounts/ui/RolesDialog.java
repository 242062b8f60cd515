package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.UserSummary;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import java.util.function.Consumer;

/** Changes one user's roles. */
class RolesDialog extends Dialog {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    RolesDialog(UserSummary user, Consumer<Set<Role>> onSave) {
        setHeaderTitle(getTranslation("admin.change-roles") + ": " + user.displayName());
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(Translations.enumKey(role)));
        roles.setValue(user.roles());
        roles.setId("roles-edit");
        add(roles);

        Button save = new Button(getTranslation("action.save"), click -> {
            onSave.accept(roles.getValue());
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roles-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
