package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AuditAction;
import com.discoverybrief.accounts.internal.AuditEntry;
import com.discoverybrief.accounts.internal.AuditFilter;
import com.discoverybrief.accounts.internal.AuditTrail;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.strategy.AnswerField;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The application behind a TLS proxy on the same machine: the proxy's X-Forwarded-Proto and
 * X-Forwarded-For are honoured, so the session cookie is Secure, HSTS is sent, and the audit trail
 * (like the throttle) sees the client's address. Metrics are for administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindAProxyTest {

    private static final Map<String, String> PROXY = Map.of("X-Forwarded-Proto", "https",
            "X-Forwarded-For", "203.0.113.7");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditTrail trail;

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> page = new FormLogin(base(), PROXY).get("login");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).startsWith("max-age="));
    }

    @Test
    void withoutTheProxyThereIsNoHstsAndNoSecureCookie() {
        HttpResponse<String> page = new FormLogin(base(), Map.of()).get("login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void aFailedLoginIsAuditedWithTheClientsAddressNotTheProxys() {
        Actor user = AccountFixtures.user(context, Role.SALES);

        String answer = new FormLogin(base(), PROXY).signIn(user.username(), "not the password at all");

        assertThat(answer).startsWith("/login?error");
        trail.flush();
        List<AuditEntry> entries = trail.search(new AuditFilter(user.username(), AuditAction.LOGIN_FAILED, null, null),
                ZoneOffset.UTC, 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.clientAddress()).isEqualTo("203.0.113.7");
            assertThat(entry.username()).isEqualTo(user.username());
        });
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        Actor sales = AccountFixtures.user(context, Role.SALES);
        FormLogin anonymous = new FormLogin(base(), Map.of());
        FormLogin salesperson = new FormLogin(base(), Map.of());
        FormLogin administrator = new FormLogin(base(), Map.of());
        salesperson.signIn(sales.username(), AccountFixtures.PASSWORD);
        administrator.signIn(admin.username(), AccountFixtures.PASSWORD);

        assertThat(anonymous.get("actuator/metrics").statusCode()).isIn(302, 401);
        assertThat(salesperson.get("actuator/metrics").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = administrator.get("actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(anonymous.get("actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void savesAndConflictsAreCountedAndTimed() {
        Actor sales = AccountFixtures.signedIn(AccountFixtures.user(context, Role.SALES));
        DiscoveryService discovery = context.getBean(DiscoveryService.class);
        DiscoverySession session = discovery.start(sales, "Метрика", Locale.forLanguageTag("ru"));
        discovery.saveAnswer(sales, session.getId(), session.getVersion(), AnswerField.PAINS, null, "первый вариант");
        assertThatThrownBy(() -> discovery.saveAnswer(sales, session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "второй вариант, с устаревшей версии")).isInstanceOf(EditConflictException.class);
        AccountFixtures.signOut();
        FormLogin administrator = new FormLogin(base(), Map.of());
        administrator.signIn(AccountFixtures.user(context, Role.ADMIN).username(), AccountFixtures.PASSWORD);

        HttpResponse<String> saves = administrator.get("actuator/metrics/discovery.saves?tag=exception:none");
        HttpResponse<String> conflicts = administrator.get(
                "actuator/metrics/discovery.saves?tag=exception:EditConflictException");

        assertThat(saves.statusCode()).isEqualTo(200);
        assertThat(saves.body()).contains("\"COUNT\"", "\"TOTAL_TIME\"");
        assertThat(conflicts.statusCode()).isEqualTo(200);
        assertThat(conflicts.body()).contains("\"COUNT\"");
    }
}
