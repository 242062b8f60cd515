package com.discoverybrief.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An open page never outlives a change of access: whoever lost a role or their account meanwhile can
 * no longer change anything through the page they already had open. The pages here keep the session
 * and the actor they had when they opened, as a browser tab would; only the services' checks stand in
 * the way (the HTTP session's refresh is {@code SecurityWebTest}'s and the journeys' concern).
 */
class LostAccessTest extends KaribuTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    AccountService accounts;

    @Autowired
    DiscoveryService discovery;

    @Test
    void anAccountManagerDemotedWhileEditingAColleaguesSessionCanNoLongerChangeIt() {
        Actor anna = AccountFixtures.user(context, Role.SALES);
        long id = as(anna, () -> discovery.start(anna, "Кофейня «Зерно»", RUSSIAN).getId());
        Actor manager = signIn(Role.ACCOUNT_MANAGER);
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-1")));
        _setValue(answer(AnswerField.PAINS), "Очереди по утрам");
        assertThat(stored(anna, id, AnswerField.PAINS)).as("saved while still an account manager")
                .isEqualTo("Очереди по утрам");

        demote(manager, Role.SALES);
        _setValue(answer(AnswerField.SEGMENTS), "Правка после понижения");

        assertThat(stored(anna, id, AnswerField.SEGMENTS)).isNull();
        assertThat(indicator()).doesNotStartWith("Сохранено");
    }

    @Test
    void aSalespersonDisabledWhileEditingTheirOwnSessionCanNoLongerSave() {
        Actor anna = signIn(Role.SALES);
        long id = discovery.start(anna, "Автосервис", RUSSIAN).getId();
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-1")));

        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        as(admin, () -> {
            accounts.setEnabled(admin, anna.username(), false);
            return null;
        });
        _setValue(answer(AnswerField.SEGMENTS), "Набрано после отключения");

        Actor anyoneWhoMaySee = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        assertThat(stored(anyoneWhoMaySee, id, AnswerField.SEGMENTS)).isNull();
        assertThat(indicator()).doesNotStartWith("Сохранено");
    }

    @Test
    void anAdministratorDemotedWhileOnTheUsersPageCreatesNobody() {
        Actor admin2 = signIn(Role.ADMIN);
        UI.getCurrent().navigate("admin");
        demote(admin2, Role.SALES);

        String newcomer = "new-admin-" + UUID.randomUUID().toString().substring(0, 8);
        _click(_get(Button.class, spec -> spec.withId("admin-new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-username")), newcomer);
        _setValue(_get(TextField.class, spec -> spec.withId("new-user-display-name")), "Захватчик");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("new-user-roles"));
        _setValue(roles, Set.of(Role.ADMIN));
        // The application's error handler says it in words (ErrorHandlingTest); here the refusal itself counts.
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("new-user-create"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(accounts.enabledActor(newcomer)).isEmpty();
        assertThat(accounts.enabledActor(admin2.username()).orElseThrow().roles()).containsExactly(Role.SALES);
        _assertNone(Span.class, spec -> spec.withId("temporary-password"));
    }

    @Test
    void aLeadOpeningASessionByItsAddressGetsFieldsThatOnlyRead() {
        Actor anna = AccountFixtures.user(context, Role.SALES);
        long id = as(anna, () -> discovery.start(anna, "Пекарня", RUSSIAN).getId());
        signIn(Role.LEAD);

        UI.getCurrent().navigate("session/" + id);
        assertThat(_get(TextField.class, spec -> spec.withId("header-clientCompany")).isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("step-1")));

        assertThat(answer(AnswerField.SEGMENTS).isReadOnly()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("wizard-read-only")).getText())
                .isEqualTo("Эту сессию вы можете читать, но не изменять.");
    }

    @Test
    void anAccountManagerDemotedMeanwhileFindsTheNextStepReadOnly() {
        Actor manager = signIn(Role.ACCOUNT_MANAGER, Role.LEAD);
        Actor anna = AccountFixtures.user(context, Role.SALES);
        long id = as(anna, () -> discovery.start(anna, "Химчистка", RUSSIAN).getId());
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-1")));
        assertThat(answer(AnswerField.SEGMENTS).isReadOnly()).isFalse();

        demote(manager, Role.LEAD);
        _click(_get(Button.class, spec -> spec.withId("step-2")));

        assertThat(answer(AnswerField.PRODUCT).isReadOnly()).isTrue();
    }

    @Test
    void theMenuFollowsTheRolesAtTheNextNavigation() {
        Actor admin2 = signIn(Role.ADMIN, Role.SALES);
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Пользователи");

        demote(admin2, Role.SALES);
        // What the HTTP session refresh does at the next request (SecurityWebTest): the current roles.
        signIn(accounts.enabledActor(admin2.username()).orElseThrow());
        UI.getCurrent().navigate("");

        assertThat(menuLabels()).contains("Мои сессии").doesNotContain("Пользователи");
    }

    private static java.util.List<String> menuLabels() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.sidenav.SideNavItem.class)
                .stream().map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel).toList();
    }

    private void demote(Actor who, Role... roles) {
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        as(admin, () -> {
            accounts.changeRoles(admin, who.username(), Set.of(roles));
            return null;
        });
    }

    private String stored(Actor reader, long id, AnswerField field) {
        return as(reader, () -> discovery.open(reader, id).storedAnswer(field));
    }

    private static TextArea answer(AnswerField field) {
        return _get(TextArea.class, spec -> spec.withId("answer-" + field.name()));
    }

    private static String indicator() {
        return _get(Span.class, spec -> spec.withId("autosave-indicator")).getText();
    }
}
