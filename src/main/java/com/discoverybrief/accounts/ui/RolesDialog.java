package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountException;
import com.discoverybrief.accounts.internal.UserSummary;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Changes one user's roles; a refusal is shown in the dialog, which stays open to correct it. */
class RolesDialog extends Dialog {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final FormErrors errors = new FormErrors();

    /** @param onSave changes the roles, or throws the refusal */
    RolesDialog(UserSummary user, Consumer<Set<Role>> onSave) {
        setHeaderTitle(getTranslation("admin.change-roles") + ": " + user.displayName());
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation(Translations.enumKey(role)));
        roles.setValue(user.roles());
        roles.setRequired(true);
        roles.setId("roles-edit");
        add(errors, roles);

        Button save = new Button(getTranslation("action.save"), click -> {
            roles.setInvalid(false);
            errors.clear();
            try {
                onSave.accept(roles.getValue());
                close();
            } catch (AccountException refused) {
                AccountForms.show(refused, this, Map.of("roles", roles), errors);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roles-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
