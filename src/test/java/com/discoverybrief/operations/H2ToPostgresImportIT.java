package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moving from H2 to PostgreSQL (docs/deploy.md): an installation's H2 file, started once on an empty
 * PostgreSQL database with {@code --import-h2}, arrives with every row of every table, and new rows
 * get new ids.
 */
@EnabledIf("com.discoverybrief.operations.PostgresServer#given")
class H2ToPostgresImportIT {

    @TempDir
    Path work;

    @Test
    void everyRowOfTheH2InstallationArrivesInPostgres() {
        Path data = work.resolve("data");
        DatabaseContents before;
        try (AppNode h2 = AppNode.start(Map.of("DATA_DIR", data.toString()))) {
            SampleData.fill(h2);
            before = DatabaseContents.of(h2.bean(DataSource.class));
        }
        String name = "discovery_brief_import_" + ProcessHandle.current().pid();
        Map<String, String> postgres = new HashMap<>(AppNode.postgres(PostgresServer.createDatabase(name)));
        postgres.put("import-h2", data.resolve("discovery-brief").toString());

        try (AppNode node = AppNode.start(postgres)) {
            DatabaseContents after = DatabaseContents.of(node.bean(DataSource.class));
            assertThat(after.without("flyway_schema_history", "shedlock"))
                    .isEqualTo(before.without("flyway_schema_history", "shedlock"));

            Actor sales = AccountFixtures.user(node.context(), Role.SALES);
            node.signIn(sales);
            DiscoverySession fresh = node.bean(DiscoveryService.class).start(sales, "Новый клиент", Locale.ENGLISH);
            assertThat(fresh.getId()).as("a new session's id after the imported ones").isPositive();
            node.signOut();
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }

    /**
     * An H2 file from before V17_40 (the kept assessment still on the session's row; the H2 file is
     * read as it is, not migrated): each kept assessment arrives in PostgreSQL's own table for it.
     */
    @Test
    void anH2FileFromBeforeTheKeptAssessmentsTableArrivesWithItsAssessments() throws Exception {
        Path data = work.resolve("old");
        String h2 = "jdbc:h2:file:" + data.resolve("discovery-brief").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        KeptAssessmentMigrationTest.OldSessions old = KeptAssessmentMigrationTest.oldDatabase(h2, "sa", "", "h2");
        String name = "discovery_brief_import_old_" + ProcessHandle.current().pid();
        Map<String, String> postgres = new HashMap<>(AppNode.postgres(PostgresServer.createDatabase(name)));
        postgres.put("import-h2", data.resolve("discovery-brief").toString());

        try (AppNode node = AppNode.start(postgres)) {
            JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
            assertThat(jdbc.queryForObject("select snapshot from session_assessment where session_id = ?", String.class,
                    old.keptAt())).isEqualTo(KeptAssessmentMigrationTest.OLD_SNAPSHOT);
            assertThat(jdbc.queryForObject("select count(*) from session_assessment", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select snapshot_at from discovery_session where id = ?", java.sql.Timestamp.class,
                    old.keptWithoutTime()).toInstant()).isEqualTo(KeptAssessmentMigrationTest.COMPLETED);
            assertThat(jdbc.queryForObject("select snapshot_at from discovery_session where id = ?", java.sql.Timestamp.class,
                    old.keptAt()).toInstant()).isEqualTo(KeptAssessmentMigrationTest.KEPT);
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }

    /**
     * An H2 file from before V19_10 (each answer and note a row of its own): they arrive as the
     * sessions' documents, every character exact, and the search document holds the answers.
     */
    @Test
    void anH2FileFromBeforeTheAnswersDocumentArrivesWithEveryWord() throws Exception {
        Path data = work.resolve("before-documents");
        String h2 = "jdbc:h2:file:" + data.resolve("discovery-brief").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        AnswersDocumentMigrationTest.OldSessions old = AnswersDocumentMigrationTest.oldDatabase(h2, "sa", "", "h2");
        String name = "discovery_brief_import_docs_" + ProcessHandle.current().pid();
        Map<String, String> postgres = new HashMap<>(AppNode.postgres(PostgresServer.createDatabase(name)));
        postgres.put("import-h2", data.resolve("discovery-brief").toString());

        try (AppNode node = AppNode.start(postgres)) {
            JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
            Actor sales = AccountFixtures.user(node.context(), Role.SALES);
            jdbc.update("update discovery_session set owner = ?", sales.username());
            node.signIn(sales);
            DiscoverySession answered = node.bean(DiscoveryService.class).open(sales, old.answered());
            assertThat(answered.storedAnswer(AnswerField.PAINS)).isEqualTo(AnswersDocumentMigrationTest.PAINS);
            assertThat(answered.storedAnswer(AnswerField.SEGMENTS)).isEqualTo(AnswersDocumentMigrationTest.SEGMENTS);
            assertThat(answered.notes()).containsEntry(Question.CLIENT, AnswersDocumentMigrationTest.NOTE);
            assertThat(jdbc.queryForObject("select answers from discovery_session where id = ?", String.class,
                    old.empty())).isEqualTo("{}");
            node.signOut();
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }
}
