package com.discoverybrief.accounts.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * A fresh installation, on a database of its own: no users → every route leads to the setup → the
 * first administrator exists → the setup is gone for good.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE")
class FirstRunSetupTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    DiscoveryService discovery;

    @Test
    void theFirstStartCreatesOneAdministratorWhoCanWorkWithSessionsAtOnce() {
        assertThat(accounts.hasUsers()).as("a fresh installation").isFalse();

        UI.getCurrent().navigate("session/1");
        assertThat(currentPath()).isEqualTo("setup");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-username")), "Olga");
        _setValue(_get(TextField.class, spec -> spec.withId("setup-display-name")), "Ольга Админова");
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "password1234");
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-repeated")), "password1234");
        _click(_get(Button.class, spec -> spec.withId("setup-create")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("setup-password")).getErrorMessage())
                .isEqualTo("Этот пароль слишком распространён или легко угадывается. Выберите другой.");
        assertThat(accounts.hasUsers()).isFalse();

        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), AccountFixtures.PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("setup-repeated")), AccountFixtures.PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("setup-create")));

        assertThat(currentPath()).isEqualTo("login");
        Actor olga = accounts.enabledActor("olga").orElseThrow();
        assertThat(olga.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ACCOUNT_MANAGER);
        long first = discovery.start(AccountFixtures.signedIn(olga), "Первая встреча", Locale.forLanguageTag("ru"))
                .getId();
        assertThat(discovery.mySessions(AccountFixtures.signedIn(olga), "", PageRequest.of(0, 10)))
                .extracting(SessionSummary::id).containsExactly(first);

        AccountFixtures.signOut();
        UI.getCurrent().navigate("setup");
        assertThat(currentPath()).as("anonymous, after the setup").isEqualTo("login");
        signIn(olga);
        UI.getCurrent().navigate("setup");
        assertThat(currentPath()).as("signed in, after the setup").isEmpty();
    }
}
