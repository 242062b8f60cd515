package com.discoverybrief.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.Change;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.FieldKey;
import com.discoverybrief.discovery.PersonalDataErasure;
import com.discoverybrief.discovery.SessionHistory;
import com.discoverybrief.discovery.SessionTransfer;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * Issue 15: V19_10 moves a session's answers and notes from a row per field (session_answer,
 * session_note) into one JSON document each on the session's row, so that autosave is two statements.
 * A database as it stood at V17_40 (the last migration before), with words JSON must escape — quotes,
 * a backslash, a line break, markup, Cyrillic and an emoji — is migrated by starting the application
 * on it: every word arrives exactly, the old tables are gone, and the old sessions open, export as
 * JSON and PDF, keep their history, take a new save that merges and a stale one that is refused, and
 * are erased entirely. On H2 always; on PostgreSQL too under the {@code postgres} profile.
 */
class AnswersDocumentMigrationTest {

    static final String PAINS = "Клиенты говорят: \"дорого\", а \\ скидки <b>не помогают</b>\nвторая строка 🦷";
    static final String SEGMENTS = "Семьи с детьми; взрослые 30–55 лет";
    static final String NOTE = "Любят «живые» отзывы, 'одинарные' тоже";
    static final Instant CREATED = Instant.parse("2026-10-05T09:30:00Z");

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
        String name = "discovery_brief_answers_" + ProcessHandle.current().pid();
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

    /** A session with answers, a note and the history of one answer, and one with nothing said yet. */
    record OldSessions(long answered, long empty) {
    }

    /** A database migrated up to V17_40, as an installation of before this change left it. */
    static OldSessions oldDatabase(String url, String user, String password, String vendor) throws SQLException {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).target("17.40").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            long answered = session(connection, "Стоматология «Улыбка»");
            long empty = session(connection, "Цветы «Астра»");
            try (PreparedStatement answer = connection.prepareStatement(
                    "insert into session_answer (session_id, field, answer) values (?, ?, ?)")) {
                for (String[] row : new String[][] {{"PAINS", PAINS}, {"SEGMENTS", SEGMENTS}, {"PRODUCT", "Лечение"}}) {
                    answer.setLong(1, answered);
                    answer.setString(2, row[0]);
                    answer.setString(3, row[1]);
                    answer.executeUpdate();
                }
            }
            try (PreparedStatement note = connection.prepareStatement(
                    "insert into session_note (session_id, question, note) values (?, 'CLIENT', ?)")) {
                note.setLong(1, answered);
                note.setString(2, NOTE);
                note.executeUpdate();
            }
            try (PreparedStatement change = connection.prepareStatement("""
                    insert into session_change (session_id, field, author, changed_at, before_value, after_value)
                    values (?, 'answer.PAINS', 'old-owner', ?, null, ?)""")) {
                change.setLong(1, answered);
                change.setTimestamp(2, Timestamp.from(CREATED.plusSeconds(60)));
                change.setString(3, PAINS);
                change.executeUpdate();
            }
            return new OldSessions(answered, empty);
        }
    }

    private static long session(Connection connection, String client) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into discovery_session (version, owner, status, client_company, brief_language, created_at,
                    updated_at, search_text)
                values (3, 'old-owner', 'DRAFT', ?, 'ru', ?, ?, ?)""", new String[] {"id"})) {
            insert.setString(1, client);
            insert.setTimestamp(2, Timestamp.from(CREATED));
            insert.setTimestamp(3, Timestamp.from(CREATED.plusSeconds(60)));
            insert.setString(4, client.toLowerCase(Locale.ROOT));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void migratedAndStillWorking(AppNode node, OldSessions old) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(node.bean(DataSource.class));
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where lower(table_name) in ('session_answer', 'session_note')", Long.class))
                .as("the rows per field are gone").isZero();
        assertThat(jdbc.queryForObject("select answers from discovery_session where id = ?", String.class, old.empty()))
                .isEqualTo("{}");
        assertThat(jdbc.queryForObject("select notes from discovery_session where id = ?", String.class, old.empty()))
                .isEqualTo("{}");

        Actor sales = AccountFixtures.user(node.context(), Role.SALES);
        jdbc.update("update discovery_session set owner = ?", sales.username());
        Actor manager = AccountFixtures.user(node.context(), Role.ACCOUNT_MANAGER);
        DiscoveryService discovery = node.bean(DiscoveryService.class);
        try {
            node.signIn(sales);
            DiscoverySession answered = discovery.open(sales, old.answered());
            assertThat(answered.storedAnswer(AnswerField.PAINS)).as("every character, exactly").isEqualTo(PAINS);
            assertThat(answered.storedAnswer(AnswerField.SEGMENTS)).isEqualTo(SEGMENTS);
            assertThat(answered.storedAnswer(AnswerField.PRODUCT)).isEqualTo("Лечение");
            assertThat(answered.notes()).containsExactly(Map.entry(Question.CLIENT, NOTE));
            assertThat(answered.getVersion()).isEqualTo(3);
            assertThat(discovery.open(sales, old.empty()).answeredCount(List.of(AnswerField.values()))).isZero();
            assertThat(node.bean(SessionHistory.class).versions(sales, old.answered(), FieldKey.answer(AnswerField.PAINS)))
                    .extracting(Change::after).containsExactly(PAINS);

            BriefExports briefs = node.bean(BriefExports.class);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            briefs.write(briefs.prepare(sales, old.answered()), pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
                assertThat(new PDFTextStripper().getText(document)).contains("Стоматология «Улыбка»");
            }

            // A save on the old session keeps the other words; a page that never saw them is refused.
            discovery.saveAnswer(sales, old.answered(), 3, AnswerField.USP, null, "Лечение во сне");
            assertThatThrownBy(() -> discovery.saveAnswer(sales, old.answered(), 3, AnswerField.PAINS, null, "Иное"))
                    .isInstanceOfSatisfying(EditConflictException.class,
                            conflict -> assertThat(conflict.theirs()).isEqualTo(PAINS));
            DiscoverySession saved = discovery.open(sales, old.answered());
            assertThat(saved.storedAnswer(AnswerField.PAINS)).isEqualTo(PAINS);
            assertThat(saved.storedAnswer(AnswerField.USP)).isEqualTo("Лечение во сне");
            assertThat(saved.notes()).containsEntry(Question.CLIENT, NOTE);
            assertThat(jdbc.queryForObject("select search_text from discovery_session where id = ?", String.class,
                    old.answered())).contains("лечение во сне", "\"дорого\"");

            node.signIn(manager);
            JsonNode exported = new ObjectMapper().readTree(node.bean(SessionTransfer.class)
                    .export(manager, List.of(old.answered(), old.empty()), true));
            JsonNode session = exported.get("sessions").get(0);
            assertThat(session.get("answers").get("PAINS").get("value").asText()).isEqualTo(PAINS);
            assertThat(session.get("notes").get("CLIENT").asText()).isEqualTo(NOTE);
            assertThat(exported.get("sessions").get(1).get("answers").size()).isZero();

            node.bean(PersonalDataErasure.class).erase(manager, old.answered());
            String marker = PersonalDataErasure.marker("ru");
            String answers = jdbc.queryForObject("select answers from discovery_session where id = ?", String.class,
                    old.answered());
            String notes = jdbc.queryForObject("select notes from discovery_session where id = ?", String.class,
                    old.answered());
            assertThat(answers + notes).doesNotContain("дорого", "Семьи", "Лечение во сне", "живые").contains(marker);
            assertThat(jdbc.queryForObject("select count(*) from session_change where session_id = ?", Long.class,
                    old.answered())).as("the history of the erased fields").isZero();
        } finally {
            node.signOut();
        }
    }
}
