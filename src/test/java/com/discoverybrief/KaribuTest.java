package com.discoverybrief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for server-side UI tests: the real Spring context, security and views, a mocked browser,
 * Russian UI. Tests sign in a real user from the database with {@link #signIn(Role...)}.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.discoverybrief");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new ProxyAwareMockServlet(ROUTES, context, uiFactory));
        useLocale(Locale.forLanguageTag("ru"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        AccountFixtures.signOut();
    }

    /** Creates a user with these roles and signs them in, as a login through the form would. */
    protected Actor signIn(Role... roles) {
        return signIn(AccountFixtures.user(context, roles));
    }

    protected static Actor signIn(Actor actor) {
        Authentication authentication = AccountFixtures.authentication(AccountFixtures.signedIn(actor));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
        return actor;
    }

    /**
     * Runs a service call as another user (a colleague preparing data the test then looks at), and
     * puts the signed-in user's security context back afterwards.
     */
    protected static <T> T as(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            AccountFixtures.signedIn(actor);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    protected static void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** The path of the view now shown, e.g. {@code session/12}. */
    /** Starts a session for this client from the home screen, as a salesperson does; returns its path. */
    protected static String startSession(String client) {
        UI.getCurrent().navigate("");
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("new-session")));
        LocatorJ._setValue(LocatorJ._get(TextField.class, spec -> spec.withId("new-session-client")), client);
        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("start-session")));
        assertThat(currentPath()).startsWith("session/");
        return currentPath();
    }

    protected static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
