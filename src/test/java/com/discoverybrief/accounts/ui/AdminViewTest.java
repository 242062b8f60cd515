package com.discoverybrief.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.discoverybrief.accounts.internal.UserSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's screens: nothing irreversible without a confirmation, and refusals on the fields. */
class AdminViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private Actor admin;
    private Actor anna;

    @BeforeEach
    void openTheUsers() {
        anna = AccountFixtures.user(context, Role.SALES);
        admin = signIn(Role.ADMIN);
        UI.getCurrent().navigate("admin");
    }

    @Test
    void resettingAPasswordAsksFirstAndCancellingChangesNothing() {
        action("reset-");

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("reset-confirm"));
        ConfirmDialogKt._fireCancel(confirm);

        assertThat(accounts.mustChangePassword(anna.username())).isFalse();
        _assertNone(Span.class, spec -> spec.withId("temporary-password"));
    }

    @Test
    void aConfirmedResetShowsTheTemporaryPasswordInADialogThatOnlyDoneCloses() {
        action("reset-");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("reset-confirm")));

        assertThat(accounts.mustChangePassword(anna.username())).isTrue();
        TemporaryPasswordDialog shown = _get(TemporaryPasswordDialog.class);
        assertThat(shown.isCloseOnEsc()).isFalse();
        assertThat(shown.isCloseOnOutsideClick()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("temporary-password")).getText()).hasSize(16);
        assertThat(_get(Button.class, spec -> spec.withId("temporary-password-copy")).getText()).isEqualTo("Копировать");
        _click(_get(Button.class, spec -> spec.withId("temporary-password-done")));
        _assertNone(TemporaryPasswordDialog.class);
    }

    @Test
    void aTakenUsernameIsShownOnItsFieldAndTheDialogStaysOpen() {
        _click(_get(Button.class, spec -> spec.withId("admin-new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-username")), anna.username());
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "Двойник");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("new-user-roles"));
        _setValue(roles, Set.of(Role.SALES));
        _click(_get(Button.class, spec -> spec.withId("new-user-create")));

        TextField username = _get(TextField.class, spec -> spec.withId("new-user-username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isNotBlank();
        assertThat(getNotifications()).isEmpty();
        _get(UserDialog.class);
    }

    @Test
    void rolesWithoutAnyRoleAreRefusedOnTheChoiceAndTheDialogStaysOpen() {
        action("roles-");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("roles-edit"));
        _setValue(roles, Set.of());
        _click(_get(Button.class, spec -> spec.withId("roles-save")));

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Выберите хотя бы одну роль.");
        assertThat(getNotifications()).isEmpty();
        assertThat(accounts.enabledActor(anna.username()).orElseThrow().roles()).containsExactly(Role.SALES);
        _get(RolesDialog.class);
    }

    /** Clicks one of anna's buttons in the users grid (the grid renders them on demand). */
    @SuppressWarnings("unchecked")
    private void action(String idPrefix) {
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("admin-users"));
        List<UserSummary> users = GridKt._findAll(grid);
        int row = users.indexOf(users.stream().filter(user -> user.username().equals(anna.username())).findFirst()
                .orElseThrow());
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        Button button = (Button) actions.getChildren()
                .filter(child -> child.getId().orElse("").equals(idPrefix + anna.username())).findFirst().orElseThrow();
        button.click();
    }
}
