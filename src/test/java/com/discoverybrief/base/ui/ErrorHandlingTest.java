package com.discoverybrief.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.InvalidTransitionException;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every failure ends in words: the session's error handler is the application's, domain refusals are
 * translated, and anything unexpected is logged once with a reference the user can quote. Karibu
 * delivers a click's exception to the test, so the tests hand it to the session's handler themselves,
 * as Vaadin does for a browser.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorHandlingTest extends KaribuTest {

    private static final Pattern REFERENCE = Pattern.compile("код ошибки ([0-9A-F]{8})");

    @Autowired
    DiscoveryService discovery;

    @Test
    void aCompletionThatLostTheRaceIsSaidInWords() {
        Actor anna = signIn(Role.SALES);
        long id = discovery.start(anna, "Кофейня", Locale.forLanguageTag("ru")).getId();
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-6")));
        discovery.complete(anna, id); // from another tab, a moment earlier

        InvalidTransitionException raced = catchFrom(() -> _click(_get(Button.class,
                spec -> spec.withId("complete-session"))), InvalidTransitionException.class);
        handle(raced);

        assertThat(lastNotification()).isEqualTo("Сейчас эту встречу завершить нельзя: её статус — «Завершена».");
    }

    @Test
    void refusalsAndRacesAreTranslated() {
        signIn(Role.SALES);
        UI.getCurrent().navigate("");

        handle(new OptimisticLockingFailureException("row was updated"));
        assertThat(lastNotification()).startsWith("Кто-то изменил эти данные одновременно с вами.");
        handle(new SessionNotFoundException(42));
        assertThat(lastNotification()).isEqualTo("Эта сессия удалена или вам недоступна.");
        handle(new AccessDeniedException("demoted"));
        assertThat(lastNotification()).startsWith("У вас больше нет доступа к этому действию");
        assertThat(getNotifications()).as("one message at a time, not a pile").hasSize(1);
    }

    @Test
    void anUnexpectedFailureIsLoggedOnceWithTheReferenceTheUserSees(CapturedOutput output) {
        signIn(Role.SALES);
        UI.getCurrent().navigate("");

        handle(new IllegalStateException("a bug nobody described"));

        String shown = lastNotification();
        Matcher reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as(shown).isTrue();
        assertThat(shown).doesNotContain("IllegalStateException", "a bug nobody described");
        String log = output.getAll();
        assertThat(occurrences(log, reference.group(1))).isEqualTo(1);
        assertThat(occurrences(log, "a bug nobody described")).isEqualTo(1);
        assertThat(log).contains("at com.discoverybrief.base.ui.ErrorHandlingTest");
    }

    @Test
    void aPageThatFailsWhileOpeningShowsTheReferenceAndNoStackTrace() {
        signIn(Role.SALES);
        RouteConfiguration.forSessionScope().setRoute("failing-for-a-test", FailingPage.class);

        UI.getCurrent().navigate("failing-for-a-test");

        String page = _get(ErrorView.class).getElement().getTextRecursively();
        assertThat(page).contains("Что-то пошло не так").containsPattern(REFERENCE)
                .doesNotContain("IllegalStateException", "at com.", "opening failed");
    }

    @Test
    void everySessionHasTheApplicationsErrorHandler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ErrorHandling.class);
    }

    /** A page that fails while opening; registered for one test's session only. */
    @AnonymousAllowed
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("opening failed");
        }
    }

    private static <T extends Throwable> T catchFrom(Runnable click, Class<T> type) {
        try {
            click.run();
        } catch (Throwable thrown) {
            assertThat(thrown).isInstanceOf(type);
            return type.cast(thrown);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static void handle(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private static String lastNotification() {
        List<Notification> shown = getNotifications();
        assertThat(shown).isNotEmpty();
        return shown.get(shown.size() - 1).getElement().getProperty("text");
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
