package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionAssessment;
import com.discoverybrief.discovery.SessionTransfer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15: V17_40 moves the kept assessment off the session's row into {@code session_assessment}.
 * A database as it stood at V16_1 (the last migration before), with sessions completed then, is
 * migrated by starting the application on it; every kept assessment arrives byte for byte, the
 * column is gone, and the old sessions still open, show what was recommended then, and export as PDF
 * and JSON. On H2 always; on PostgreSQL too under the {@code postgres} profile.
 */
class KeptAssessmentMigrationTest {

    /** As the rules 2026.11-1 kept it (see KeptAssessmentCompatibilityTest), on the session's row. */
    static final String OLD_SNAPSHOT = """
            {"rulesVersion":"2026.11-1",
             "levels":{
               "MACRO":{"level":"MACRO","known":[{"field":"PRODUCT","values":[],"excerpt":"Кофе с собой"}],
                        "readiness":16,"gaps":[{"field":"SALES_CYCLE"}]},
               "MESO":{"level":"MESO","known":[{"field":"USP_CLARITY","values":["UspClarity.VAGUE"],"excerpt":null}],
                       "readiness":16,"gaps":[{"field":"SEGMENTS"}]},
               "MICRO":{"level":"MICRO","known":[{"field":"CHANNELS","values":["CurrentChannel.SMM","ChannelOutcome.DRAINS_BUDGET"],"excerpt":null}],
                        "readiness":25,"gaps":[{"field":"ANALYTICS"}]}},
             "recommendations":[
               {"priority":1,"channel":"POSITIONING","stage":"DO_FIRST",
                "reasons":[{"rule":"usp-unclear","field":"USP_CLARITY","values":["UspClarity.VAGUE"],"excerpt":null}],
                "kpi":"USP_TESTED_WITH_CLIENTS","horizon":"ONE_TO_THREE_MONTHS","condition":null}],
             "beforeAdsChecklist":[{"check":"AUDIENCE_DEFINED","done":false},{"check":"USP_CLEAR","done":false}],
             "summary":{"focus":"CLARIFY_STRATEGY","firstSteps":["POSITIONING"],"horizon":"ONE_TO_THREE_MONTHS","growthGoal":null}}
            """;

    static final Instant COMPLETED = Instant.parse("2026-10-05T09:30:00Z");
    static final Instant KEPT = Instant.parse("2026-10-06T11:00:00Z");

    @TempDir
    Path work;

    @Test
    void onH2() throws Exception {
        Path data = work.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("discovery-brief").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        OldSessions old = oldDatabase(url, "sa", "", "h2");
        try (AppNode node = AppNode.start(Map.of("DATA_DIR", data.toString()))) {
            migratedAndStillWorking(node, old);
        }
    }

    @Test
    @EnabledIf("com.discoverybrief.operations.PostgresServer#given")
    void onPostgres() throws Exception {
        String name = "discovery_brief_kept_" + ProcessHandle.current().pid();
        String url = PostgresServer.createDatabase(name);
        try {
            OldSessions old = oldDatabase(url, PostgresServer.user(), PostgresServer.password(), "postgresql");
            try (AppNode node = AppNode.start(AppNode.postgres(url))) {
                migratedAndStillWorking(node, old);
            }
        } finally {
            PostgresServer.dropDatabase(name);
        }
    }

    /** The ids of the old sessions: kept with and without snapshot_at, and a draft that keeps none. */
    record OldSessions(long keptAt, long keptWithoutTime, long draft) {
    }

    /** A database migrated up to V16_1, as an installation of before issue 15's last round left it. */
    static OldSessions oldDatabase(String url, String user, String password, String vendor) throws SQLException {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).target("16.1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long keptAt = session(connection, "Кофейня «Зерно»", "COMPLETED", COMPLETED, KEPT, OLD_SNAPSHOT);
            long keptWithoutTime = session(connection, "Пекарня «Колос»", "REVIEWED", COMPLETED, null,
                    OLD_SNAPSHOT.replace("Кофе с собой", "Хлеб на закваске"));
            long draft = session(connection, "Цветы «Астра»", "DRAFT", null, null, null);
            try (PreparedStatement answer = connection.prepareStatement(
                    "insert into session_answer (session_id, field, answer) values (?, 'PRODUCT', 'Кофе с собой')")) {
                answer.setLong(1, keptAt);
                answer.executeUpdate();
            }
            return new OldSessions(keptAt, keptWithoutTime, draft);
        }
    }

    private static long session(Connection connection, String client, String status, Instant completedAt,
            Instant snapshotAt, String snapshot) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into discovery_session (version, owner, status, client_company, brief_language, created_at,
                    updated_at, completed_at, snapshot_at, rules_version, assessment_snapshot, search_text)
                values (0, 'old-owner', ?, ?, 'ru', ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"})) {
            Timestamp created = Timestamp.from(COMPLETED.minusSeconds(3_600));
            insert.setString(1, status);
            insert.setString(2, client);
            insert.setTimestamp(3, created);
            insert.setTimestamp(4, created);
            insert.setTimestamp(5, completedAt == null ? null : Timestamp.from(completedAt));
            insert.setTimestamp(6, snapshotAt == null ? null : Timestamp.from(snapshotAt));
            insert.setString(7, snapshot == null ? null : "2026.11-1");
            insert.setString(8, snapshot);
            insert.setString(9, client.toLowerCase(java.util.Locale.ROOT));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void migratedAndStillWorking(AppNode node, OldSessions old) throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
        assertThat(jdbc.queryForList("select snapshot from session_assessment where session_id = ?", String.class,
                old.keptAt())).as("moved byte for byte").containsExactly(OLD_SNAPSHOT);
        assertThat(jdbc.queryForList("select snapshot from session_assessment where session_id = ?", String.class,
                old.keptWithoutTime())).singleElement().asString().contains("Хлеб на закваске");
        assertThat(jdbc.queryForObject("select count(*) from session_assessment where session_id = ?", Long.class,
                old.draft())).isZero();
        List<String> columns = new ArrayList<>();
        jdbc.query("select * from discovery_session where id = ?", rows -> {
            var meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }, old.keptAt());
        assertThat(columns).as("the hot row no longer carries the assessment").doesNotContain("assessment_snapshot")
                .contains("snapshot_at", "rules_version");

        Actor sales = AccountFixtures.user(node.context(), Role.SALES);
        jdbc.update("update discovery_session set owner = ?", sales.username());
        Actor manager = AccountFixtures.user(node.context(), Role.ACCOUNT_MANAGER);
        DiscoveryService discovery = node.bean(DiscoveryService.class);
        try {
            node.signIn(sales);
            assertThat(discovery.open(sales, old.keptAt()).getSnapshotAt()).isEqualTo(KEPT);
            assertThat(discovery.open(sales, old.keptWithoutTime()).getSnapshotAt())
                    .as("kept before snapshot_at existed: the completion time, as before").isEqualTo(COMPLETED);
            assertThat(discovery.open(sales, old.draft()).getSnapshotAt()).isNull();

            SessionAssessment kept = discovery.assessment(sales, old.keptAt());
            assertThat(kept.kept()).isTrue();
            assertThat(kept.assessment().rulesVersion()).isEqualTo("2026.11-1");
            assertThat(kept.assessment().recommendations()).hasSize(1);
            assertThat(discovery.assessment(sales, old.draft()).kept()).isFalse();

            BriefExports briefs = node.bean(BriefExports.class);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            briefs.write(briefs.prepare(sales, old.keptAt()), pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertThat(new PDFTextStripper().getText(document)).contains("Кофейня «Зерно»", "Позиционирование");
            }

            node.signIn(manager);
            JsonNode exported = new ObjectMapper().readTree(node.bean(SessionTransfer.class)
                    .export(manager, List.of(old.keptAt(), old.keptWithoutTime(), old.draft()), false));
            JsonNode sessions = exported.get("sessions");
            assertThat(sessions.get(0).get("assessment").get("snapshot").asText()).isEqualTo(OLD_SNAPSHOT);
            assertThat(sessions.get(0).get("assessment").get("keptAt").asText()).isEqualTo(KEPT.toString());
            assertThat(sessions.get(1).get("assessment").get("keptAt").asText()).isEqualTo(COMPLETED.toString());
            assertThat(sessions.get(2).get("assessment").isNull()).isTrue();
        } finally {
            node.signOut();
        }
    }
}
