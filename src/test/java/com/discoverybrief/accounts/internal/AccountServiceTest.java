package com.discoverybrief.accounts.internal;

import static com.discoverybrief.accounts.internal.AccountFixtures.PASSWORD;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.accounts.internal.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SALES", "ACCOUNT_MANAGER", "LEAD"})
    void userAdministrationIsRefusedToEveryoneButAnAdministrator(Role role) {
        Actor colleague = user(context, Role.SALES);
        Actor notAdmin = signedIn(user(context, role));

        assertThatThrownBy(() -> accounts.list(notAdmin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(notAdmin, uniqueName(), "Новый", Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(notAdmin, colleague.username()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(notAdmin, colleague.username(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRoles(notAdmin, notAdmin.username(), Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.enabledActor(notAdmin.username()).orElseThrow().roles()).containsExactly(role);
    }

    @Test
    void aNewUserGetsAOneTimePasswordAndMustChooseTheirOwnAtFirstLogin() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        String username = uniqueName();

        String temporary = accounts.create(admin, " " + username.toUpperCase() + " ", "Борис Продавцов",
                EnumSet.of(Role.SALES, Role.LEAD));

        assertThat(accounts.list(admin)).filteredOn(user -> user.username().equals(username)).singleElement()
                .satisfies(user -> {
                    assertThat(user.roles()).containsExactlyInAnyOrder(Role.SALES, Role.LEAD);
                    assertThat(user.mustChangePassword()).isTrue();
                });
        Actor boris = signedIn(accounts.enabledActor(username).orElseThrow());
        accounts.changeOwnPassword(boris, temporary, PASSWORD, PASSWORD);
        assertThat(accounts.mustChangePassword(username)).isFalse();
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        Actor admin = signedIn(user(context, Role.ADMIN));

        assertThatThrownBy(() -> accounts.create(admin, admin.username().toUpperCase(), "Двойник", Set.of(Role.SALES)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.username-taken"));
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndMustBeChanged() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        Actor anna = user(context, Role.SALES);

        String temporary = accounts.resetPassword(admin, anna.username());

        assertThat(accounts.mustChangePassword(anna.username())).isTrue();
        signedIn(anna);
        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, PASSWORD, "Another long phrase 42", "Another long phrase 42"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.current-wrong"));
        accounts.changeOwnPassword(anna, temporary, "Another long phrase 42", "Another long phrase 42");
        assertThat(accounts.mustChangePassword(anna.username())).isFalse();
    }

    @Test
    void aNewPasswordFollowsThePolicyAndMustBeTypedTwiceAlike() {
        Actor anna = signedIn(user(context, Role.SALES));

        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, PASSWORD, "short", "short"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, PASSWORD, "QWERTY123456", "QWERTY123456"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, PASSWORD, "Another long phrase 42", "another long phrase 42"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.mismatch"));
    }

    @Test
    void theLastEnabledAdministratorCanNeitherDropTheAdminRoleNorBeDisabled() {
        Actor admin = signedIn(user(context, Role.ADMIN, Role.LEAD));
        List<String> others = accounts.list(admin).stream()
                .filter(other -> other.enabled() && other.roles().contains(Role.ADMIN))
                .map(UserSummary::username)
                .filter(other -> !other.equals(admin.username()))
                .toList();
        try {
            others.forEach(other -> accounts.setEnabled(admin, other, false));
            lastAdministratorIsKept(admin);
        } finally {
            // Every other test's administrators are enabled again, as they were.
            Actor restorer = signedIn(user(context, Role.ADMIN));
            others.forEach(other -> accounts.setEnabled(restorer, other, true));
        }
    }

    private void lastAdministratorIsKept(Actor admin) {
        assertThatThrownBy(() -> accounts.changeRoles(admin, admin.username(), Set.of(Role.LEAD)))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.last-admin"));
        assertThatThrownBy(() -> accounts.setEnabled(admin, admin.username(), false))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.last-admin"));
        assertThat(accounts.enabledActor(admin.username()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.LEAD);

        accounts.create(admin, uniqueName(), "Второй администратор", Set.of(Role.ADMIN));
        accounts.changeRoles(admin, admin.username(), Set.of(Role.LEAD));
        assertThat(accounts.enabledActor(admin.username()).orElseThrow().roles()).containsExactly(Role.LEAD);
    }

    @Test
    void anAdministratorDemotedMeanwhileCanNeitherAdministerNorGiveTheRoleBack() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        Actor admin2 = user(context, Role.ADMIN);
        accounts.changeRoles(admin, admin2.username(), Set.of(Role.SALES));

        // admin2's page opened before: the session still says ADMIN, and the page passes the actor it kept.
        signedIn(admin2);
        String newcomer = uniqueName();
        assertThatThrownBy(() -> accounts.create(admin2, newcomer, "Ещё один администратор", Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRoles(admin2, admin2.username(), Set.of(Role.SALES, Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(admin2, admin.username(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.list(admin2)).isInstanceOf(AccessDeniedException.class);

        assertThat(accounts.enabledActor(admin2.username()).orElseThrow().roles()).containsExactly(Role.SALES);
        assertThat(accounts.enabledActor(newcomer)).isEmpty();
        assertThat(accounts.enabledActor(admin.username())).isPresent();
    }

    @Test
    void aDisabledAdministratorCanNoLongerAdminister() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        Actor admin2 = user(context, Role.ADMIN);
        accounts.setEnabled(admin, admin2.username(), false);

        signedIn(admin2);
        assertThatThrownBy(() -> accounts.setEnabled(admin2, admin2.username(), true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.enabledActor(admin2.username())).isEmpty();
    }

    @Test
    void aDisabledUserIsNoLongerAnActor() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        Actor anna = user(context, Role.SALES);

        accounts.setEnabled(admin, anna.username(), false);

        assertThat(accounts.enabledActor(anna.username())).isEmpty();
    }

    @Test
    void thereIsNoSecondFirstAdministrator() {
        user(context, Role.SALES);

        assertThatThrownBy(() -> accounts.createFirstAdministrator(uniqueName(), "Захватчик", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("setup.already-done"));
    }

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void guessingTheCurrentPasswordOnTheChangePasswordPageIsThrottledLikeTheLogin() {
        Actor anna = signedIn(user(context, Role.SALES));
        String next = "Green ladder by the 9th window";
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            String guess = "guess number " + i;
            assertThatThrownBy(() -> accounts.changeOwnPassword(anna, guess, next, next))
                    .isInstanceOfSatisfying(AccountException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("password.current-wrong"));
        }

        // Even the right password is not checked any more in this window: a stolen session cannot go on guessing.
        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, PASSWORD, next, next))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.current-throttled");
                    assertThat(e.field()).isEqualTo("current");
                });
        assertThat(context.getBean(LoginThrottle.class).attempts("user", anna.username()))
                .isEqualTo(LoginThrottle.FAILURES_PER_USER);
    }

    @Test
    void theRightCurrentPasswordEndsTheRunOfWrongOnes() {
        Actor anna = signedIn(user(context, Role.SALES));
        String next = "Green ladder by the 9th window";
        assertThatThrownBy(() -> accounts.changeOwnPassword(anna, "a wrong guess", next, next))
                .isInstanceOf(AccountException.class);

        accounts.changeOwnPassword(anna, PASSWORD, next, next);

        assertThat(context.getBean(LoginThrottle.class).attempts("user", anna.username())).isZero();
    }

    @Test
    void controlCharactersInADisplayNameAreTakenOutAndTheNameStays() {
        Actor admin = signedIn(user(context, Role.ADMIN));
        String username = uniqueName();

        accounts.create(admin, username, "Борис\u0000 Про\u0007давцов\t", Set.of(Role.SALES));

        assertThat(accounts.list(admin)).filteredOn(user -> user.username().equals(username)).singleElement()
                .satisfies(user -> assertThat(user.displayName()).isEqualTo("Борис Продавцов"));
    }

    @Test
    void aDisplayNameOfNothingButControlCharactersIsRefusedOnTheField() {
        Actor admin = signedIn(user(context, Role.ADMIN));

        assertThatThrownBy(() -> accounts.create(admin, uniqueName(), "\u0000\u0001", Set.of(Role.SALES)))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.field()).isEqualTo("displayName");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
    }
}
