package com.discoverybrief.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.base.ui.NotFoundView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each role may open, seen from the browser: forbidden looks exactly like missing. */
class AccessViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        AccountFixtures.user(context, Role.SALES);

        UI.getCurrent().navigate("");

        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void aColleaguesSessionOpenedByAddressShowsTheNotFoundPageAndNothingOfTheSession() {
        signIn(Role.SALES);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("new-session-client")),
                "Секретный клиент");
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        String path = currentPath();

        signIn(Role.SALES);
        UI.getCurrent().navigate(path);

        String page = _get(NotFoundView.class).getElement().getTextRecursively();
        assertThat(page).contains("Страница не найдена").doesNotContain("Секретный клиент");
    }

    @Test
    void theAdministrationIsRefusedToANonAdministratorWithTheNotFoundPage() {
        signIn(Role.ACCOUNT_MANAGER, Role.LEAD);

        UI.getCurrent().navigate("admin");

        assertThat(_get(RouteAccessDeniedView.class).getElement().getTextRecursively())
                .contains("Страница не найдена", "Здесь ничего нет или у вас нет к этому доступа.");
        _assertNone(AdminView.class);
    }

    @Test
    void theMenuLeavesOutTheAdministrationForANonAdministrator() {
        signIn(Role.SALES);

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Мои сессии").doesNotContain("Пользователи");
    }

    @Test
    void theMenuShowsTheAdministrationToAnAdministrator() {
        signIn(Role.SALES, Role.ADMIN);

        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Мои сессии", "Пользователи");
    }

    @Test
    void theLayoutShowsWhoIsSignedIn() {
        Actor anna = signIn(Role.SALES);

        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).isEqualTo(anna.displayName());
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Выйти");
    }

    @Test
    void anAdministratorWithoutASessionRoleStartsOnTheAdministration() {
        signIn(Role.ADMIN);

        UI.getCurrent().navigate("");

        assertThat(_get(AdminView.class)).isNotNull();
    }

    @Test
    void aUserWithATemporaryPasswordMustChooseANewOneBeforeAnythingElse() {
        Actor admin = AccountFixtures.signedIn(AccountFixtures.user(context, Role.ADMIN));
        Actor anna = AccountFixtures.user(context, Role.SALES);
        String temporary = accounts.resetPassword(admin, anna.username());
        signIn(anna);

        UI.getCurrent().navigate("");
        assertThat(_get(ChangePasswordView.class)).isNotNull();
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), temporary);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "qwerty123456");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeated")), "qwerty123456");
        _click(_get(Button.class, spec -> spec.withId("password-change")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-new")).getErrorMessage())
                .isEqualTo("Этот пароль слишком распространён или легко угадывается. Выберите другой.");

        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), "Свой длинный пароль 2026");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeated")), "Свой длинный пароль 2026");
        _click(_get(Button.class, spec -> spec.withId("password-change")));

        assertThat(currentPath()).isEmpty();
        _assertNone(ChangePasswordView.class);
    }

    @Test
    void anAdministratorCreatesAUserAndSeesTheTemporaryPasswordOnce() {
        signIn(Role.ADMIN);
        UI.getCurrent().navigate("admin");

        _click(_get(Button.class, spec -> spec.withId("admin-new-user")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("new-user-username")),
                "olga.lead-" + System.nanoTime());
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("new-user-display-name")),
                "Ольга Руководитель");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<Role> roles = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("new-user-roles"));
        _setValue(roles, java.util.Set.of(Role.LEAD));
        _click(_get(Button.class, spec -> spec.withId("new-user-create")));

        assertThat(_get(Span.class, spec -> spec.withId("temporary-password")).getText()).hasSize(16);
    }

    private static List<String> menuLabels() {
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
