package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.accounts.internal.AuditTrail;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.review.ReviewService;
import com.discoverybrief.strategy.AnswerField;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The restore drill: fill a database with sessions, answers, a kept assessment, comments and users,
 * back it up the documented way, wipe it, restore it the documented way, and compare every row of
 * every table. Any difference fails. On H2 always; on PostgreSQL when the suite runs on one.
 */
class RestoreDrillIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    Path work;

    @Test
    void anH2BackupRestoresEveryRow() throws IOException {
        Path data = work.resolve("data");
        Path backups = data.resolve("backups");
        Files.createDirectories(backups);
        // Older backups beyond the kept count are removed when a new one is written.
        for (String old : new String[] {"20200101-000000", "20200102-000000", "20200103-000000"}) {
            Files.writeString(backups.resolve(Backups.PREFIX + old + ".zip"), "old");
        }
        Map<String, String> h2 = Map.of("DATA_DIR", data.toString(), "backup.keep", "2");
        DatabaseContents before;
        Backup backup;
        try (AppNode node = AppNode.start(h2)) {
            Actor admin = fill(node);
            before = DatabaseContents.of(node.bean(DataSource.class));
            AccountFixtures.signedIn(admin);
            backup = node.bean(Backups.class).backUpNow(admin);
            assertThat(node.bean(Backups.class).list()).extracting(Backup::name)
                    .containsExactly(backup.name(), Backups.PREFIX + "20200103-000000.zip");
        } finally {
            AccountFixtures.signOut();
        }
        Path kept = Files.copy(backups.resolve(backup.name()), work.resolve(backup.name()));

        FileSystemUtils.deleteRecursively(data);
        unzip(kept, data);

        try (AppNode node = AppNode.start(h2)) {
            assertThat(DatabaseContents.of(node.bean(DataSource.class))).isEqualTo(before);
        }
    }

    @Test
    @EnabledIf("com.discoverybrief.operations.PostgresServer#given")
    void aPostgresDumpRestoresEveryRow() {
        String name = "discovery_brief_drill_" + ProcessHandle.current().pid();
        Map<String, String> postgres = AppNode.postgres(PostgresServer.createDatabase(name));
        DatabaseContents before;
        try (AppNode node = AppNode.start(postgres)) {
            fill(node);
            before = DatabaseContents.of(node.bean(DataSource.class));
        }
        // The recipe of docs/deploy.md: pg_dump in custom format, a new empty database, pg_restore.
        PostgresServer.tool(name, work, "pg_dump", "--format=custom", "--file=" + work.resolve("drill.dump"));
        PostgresServer.dropDatabase(name);
        PostgresServer.createDatabase(name);
        PostgresServer.tool(name, work, "pg_restore", "--no-owner", "--exit-on-error", work.resolve("drill.dump").toString());

        try (AppNode node = AppNode.start(postgres)) {
            assertThat(DatabaseContents.of(node.bean(DataSource.class))).isEqualTo(before);
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }

    /** Users of every role, two sessions with answers, one completed and returned with a comment. */
    private static Actor fill(AppNode node) {
        Actor admin = AccountFixtures.user(node.context(), Role.ADMIN);
        Actor sales = AccountFixtures.user(node.context(), Role.SALES);
        DiscoveryService discovery = node.bean(DiscoveryService.class);
        try {
            // Through the administration, so the audit trail has a line too.
            AccountFixtures.signedIn(admin);
            String leadName = "lead-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
            node.bean(AccountService.class).create(admin, leadName, "Ольга Смирнова", Set.of(Role.LEAD));
            Actor lead = node.bean(AccountService.class).enabledActor(leadName).orElseThrow();
            AccountFixtures.signedIn(sales);
            DiscoverySession completed = discovery.start(sales, "Стоматология «Улыбка» 🦷", RUSSIAN);
            Map<AnswerField, String> answers = new HashMap<>(Map.of(
                    AnswerField.SEGMENTS, "Семьи с детьми; взрослые 30–55 лет",
                    AnswerField.PAINS, "Боятся боли и скрытых доплат",
                    AnswerField.PRODUCT, "Лечение и имплантация с фиксированной ценой",
                    AnswerField.USP, "Лечение во сне, гарантия 5 лет <b>на импланты</b>"));
            long version = completed.getVersion();
            for (Map.Entry<AnswerField, String> answer : answers.entrySet()) {
                version = discovery.saveAnswer(sales, completed.getId(), version, answer.getKey(), null,
                        answer.getValue()).version();
            }
            discovery.complete(sales, completed.getId());
            DiscoverySession draft = discovery.start(sales, "Кофейня «Зерно»", Locale.ENGLISH);
            discovery.saveAnswer(sales, draft.getId(), draft.getVersion(), AnswerField.GROWTH_GOAL, null, "Second café in 2027");
            AccountFixtures.signedIn(lead);
            node.bean(ReviewService.class).returnToSalesperson(lead, completed.getId(),
                    "Уточните бюджет и кто ведёт группу ВКонтакте");
        } finally {
            AccountFixtures.signOut();
        }
        node.bean(AuditTrail.class).flush();
        DatabaseContents filled = DatabaseContents.of(node.bean(DataSource.class));
        assertThat(filled.rows("app_user")).isGreaterThanOrEqualTo(3);
        assertThat(filled.rows("discovery_session")).isGreaterThanOrEqualTo(2);
        assertThat(filled.rows("session_answer")).isGreaterThanOrEqualTo(5);
        assertThat(filled.rows("session_comment")).isGreaterThanOrEqualTo(1);
        assertThat(filled.tables().get("discovery_session")).anySatisfy(row ->
                assertThat(row).containsPattern("assessment_snapshot=\\{"));
        assertThat(filled.rows("audit_event")).isGreaterThanOrEqualTo(1);
        return admin;
    }

    /** What {@code unzip backup.zip -d DATA_DIR} does. */
    private static void unzip(Path zip, Path directory) {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            Files.createDirectories(directory);
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory)) {
                    throw new IllegalStateException("zip entry outside the target: " + entry.getName());
                }
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
