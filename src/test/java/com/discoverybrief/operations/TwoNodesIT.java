package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AuditAction;
import com.discoverybrief.accounts.internal.AuditFilter;
import com.discoverybrief.accounts.internal.AuditTrail;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.strategy.AnswerField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application on one fresh PostgreSQL database, as behind a load balancer with
 * sticky sessions. Both run in this JVM as separate Spring applications with their own web servers,
 * schedulers, caches and connection pools; they share only the database, as two servers would.
 * The edit conflict is shown at the service level, where each node's autosave ends up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("com.discoverybrief.operations.PostgresServer#given")
class TwoNodesIT {

    private static final String DATABASE = "discovery_brief_nodes_" + ProcessHandle.current().pid();

    private AppNode a;
    private AppNode b;

    @BeforeAll
    void startTwoNodes() {
        String url = PostgresServer.createDatabase(DATABASE);
        a = AppNode.start(node(url, "a"));
        b = AppNode.start(node(url, "b"));
    }

    /** The retention job is due every second on both nodes; one run keeps the lock for ten minutes. */
    private static Map<String, String> node(String url, String name) {
        Map<String, String> properties = new HashMap<>(AppNode.postgres(url));
        properties.putAll(Map.of("review.retention.drafts", "30d", "review.retention.cron", "* * * * * *",
                "review.retention.lock-at-least", "PT10M", "spring.task.scheduling.thread-name-prefix", "node-" + name + "-",
                "logging.level.net.javacrumbs.shedlock", "debug"));
        return properties;
    }

    @AfterAll
    void stopBoth() {
        try {
            if (b != null) {
                b.close();
            }
            if (a != null) {
                a.close();
            }
        } finally {
            PostgresServer.dropDatabase(DATABASE);
        }
    }

    @Test
    void theRetentionJobRunsOnceForTheClusterWhileBothNodesSchedulersFireEverySecond() {
        Logger shedlock = (Logger) LoggerFactory.getLogger("net.javacrumbs.shedlock");
        ListAppender<ILoggingEvent> skips = new ListAppender<>();
        skips.start();
        shedlock.addAppender(skips);
        try {
            // Node b's scheduler has fired and found the job locked at least three times.
            await(() -> skips.list.stream().filter(event -> event.getThreadName().startsWith("node-b-"))
                    .filter(event -> event.getFormattedMessage().contains("locked")).count() >= 3);
        } finally {
            shedlock.detachAppender(skips);
        }
        a.bean(AuditTrail.class).flush();
        b.bean(AuditTrail.class).flush();

        int purges = a.bean(AuditTrail.class).count(new AuditFilter(null, AuditAction.RETENTION_PURGE, null, null),
                ZoneOffset.UTC);
        assertThat(purges).as("retention purges recorded by both nodes together").isEqualTo(1);
        assertThat(new JdbcTemplate(a.bean(javax.sql.DataSource.class)).queryForObject(
                "select count(*) from shedlock where name = 'draft-retention'", Integer.class)).isEqualTo(1);
    }

    @Test
    void twoPeopleEditingTheSameAnswerOnDifferentNodesGetAConflictNotASilentOverwrite() {
        Actor owner = AccountFixtures.user(a.context(), Role.SALES);
        Actor manager = AccountFixtures.user(a.context(), Role.ACCOUNT_MANAGER);
        DiscoveryService onA = a.bean(DiscoveryService.class);
        DiscoveryService onB = b.bean(DiscoveryService.class);
        try {
            a.signIn(owner);
            DiscoverySession started = onA.start(owner, "Автосервис «Гайка»", Locale.forLanguageTag("ru"));
            // Both open the session at the same version, each on their own node.
            long seenOnA = onA.open(owner, started.getId()).getVersion();
            b.signIn(manager);
            long seenOnB = onB.open(manager, started.getId()).getVersion();
            assertThat(seenOnB).isEqualTo(seenOnA);

            onA.saveAnswer(owner, started.getId(), seenOnA, AnswerField.PAINS, null, "Долго ждать запчасти");
            assertThatThrownBy(() -> onB.saveAnswer(manager, started.getId(), seenOnB, AnswerField.PAINS, null,
                    "Не доверяют ценам"))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict ->
                            assertThat(conflict.theirs()).isEqualTo("Долго ждать запчасти"));
            // A different answer from the same stale version merges without a conflict.
            onB.saveAnswer(manager, started.getId(), seenOnB, AnswerField.USP, null, "Гарантия на работы 2 года");

            DiscoverySession stored = onA.open(owner, started.getId());
            assertThat(stored.storedAnswer(AnswerField.PAINS)).isEqualTo("Долго ждать запчасти");
            assertThat(stored.storedAnswer(AnswerField.USP)).isEqualTo("Гарантия на работы 2 года");
        } finally {
            a.signOut();
            b.signOut();
        }
    }

    @Test
    void failedLoginsOnOneNodeCountOnTheOther() {
        Actor user = AccountFixtures.user(a.context(), Role.SALES);
        FormLogin onA = new FormLogin(a.baseUrl(), Map.of());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(onA.signIn(user.username(), "wrong password number " + attempt)).isEqualTo("/login?error");
        }

        String onB = new FormLogin(b.baseUrl(), Map.of()).signIn(user.username(), AccountFixtures.PASSWORD);

        assertThat(onB).as("the right password on node b after five wrong ones on node a").isEqualTo("/login?error=throttled");
    }

    @Test
    void theAuditTrailShowsWhatHappenedOnEitherNode() {
        Actor user = AccountFixtures.user(a.context(), Role.SALES);
        new FormLogin(a.baseUrl(), Map.of()).signIn(user.username(), "wrong on a");
        new FormLogin(b.baseUrl(), Map.of()).signIn(user.username(), "wrong on b");
        a.bean(AuditTrail.class).flush();
        b.bean(AuditTrail.class).flush();

        assertThat(b.bean(AuditTrail.class).search(new AuditFilter(user.username(), AuditAction.LOGIN_FAILED, null, null),
                ZoneOffset.UTC, 0, 10)).hasSize(2);
    }

    private static void await(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("gave up waiting after 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
