package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.journeys.FreshDatabase;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A session's data leaving and entering the app (JSON export and import) and leaving it for good
 * (erasure), on a database of its own so that "empty" and "everywhere" mean what they say.
 */
@SpringBootTest
class SessionDataTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("sessiondata"));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DiscoveryService discovery;
    @Autowired
    SessionReviews reviews;
    @Autowired
    SessionTransfer transfer;
    @Autowired
    PersonalDataErasure erasure;
    @Autowired
    BriefExports briefs;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;

    private Actor anna;
    private Actor manager;
    private Actor lead;

    @BeforeEach
    void people() {
        AccountFixtures.use(context);
        anna = AccountFixtures.user(context, Role.SALES);
        manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        lead = AccountFixtures.user(context, Role.LEAD);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    /** A returned session with everything the format carries: tags, notes, marks, comments, history. */
    private long richSession(String client, String secret) {
        DiscoverySession session = discovery.start(signedIn(anna), client, RUSSIAN);
        long id = session.getId();
        discovery.saveHeader(signedIn(anna), id, session.getVersion(), session.getHeader(),
                session.getHeader().with("contactPerson", "Контакт " + secret).with("industry", "Стоматология"));
        discovery.saveAnswer(signedIn(anna), id, 0, AnswerField.PAINS, null, "Боль " + secret + " 😬 по утрам");
        discovery.saveAnswer(signedIn(manager), id, 0, AnswerField.PAINS, "Боль " + secret + " 😬 по утрам",
                "Боль " + secret + " по вечерам");
        discovery.saveAnswer(signedIn(anna), id, 0, AnswerField.USP, null, "УТП " + secret);
        discovery.saveAnswer(signedIn(anna), id, 0, AnswerField.AUDIENCE_CLARITY, null, "NAMED");
        discovery.saveEvidence(signedIn(anna), id, AnswerField.USP, Evidence.ASSUMPTION);
        discovery.saveEvidence(signedIn(anna), id, AnswerField.SEGMENTS, Evidence.CHECKED_WITH_DATA);
        discovery.saveNote(signedIn(anna), id, Question.CLIENT, null, "Заметка " + secret);
        discovery.askNextTime(signedIn(anna), id, AnswerField.GROSS_MARGIN, true);
        discovery.complete(signedIn(anna), id);
        reviews.returnToOwner(signedIn(lead), id, reviews.open(signedIn(lead), id).updatedAt(), "Комментарий " + secret);
        return id;
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenExportAgainGivesTheSameDocument() throws IOException {
        long first = richSession("Улыбка", "альфа");
        long second = richSession("Кофейня", "бета");
        JsonNode exported = json.readTree(transfer.export(signedIn(manager), List.of(first, second), true));
        assertThat(schemaProblems(exported)).isEmpty();

        new JdbcTemplate(dataSource).update("delete from discovery_session");
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from session_change", Integer.class)).isZero();
        SessionTransfer.ImportResult result = transfer.importSessions(signedIn(manager), json.writeValueAsBytes(exported));

        assertThat(result.problems()).isEmpty();
        assertThat(result.imported()).hasSize(2);
        JsonNode again = json.readTree(transfer.export(signedIn(manager), result.imported(), true));
        assertThat(withoutIdsAndExportTime(again)).isEqualTo(withoutIdsAndExportTime(exported));
        DiscoverySession imported = discovery.open(signedIn(anna), result.imported().get(0));
        assertThat(imported.getStatus()).isEqualTo(SessionStatus.RETURNED);
        assertThat(imported.evidence(AnswerField.USP)).isEqualTo(Evidence.ASSUMPTION);
        assertThat(imported.getRulesVersion()).isNotNull();
    }

    @Test
    void everyProblemIsReportedWithItsPathAndNothingIsImported() throws IOException {
        long id = richSession("Улыбка", "гамма");
        ObjectNode document = (ObjectNode) json.readTree(transfer.export(signedIn(manager), List.of(id), false));
        ObjectNode session = (ObjectNode) document.get("sessions").get(0);
        ((ObjectNode) session.get("answers")).putObject("AUDIENCE_CLARITY").put("value", "ALL_OF_THEM").put("evidence", "CLIENT_SAID");
        ((ObjectNode) session.get("answers")).putObject("MOOD").put("value", "x").put("evidence", "CLIENT_SAID");
        ((ObjectNode) session.get("header")).put("clientCompany", "");
        session.put("owner", "nobody-" + id);
        session.put("status", "LOST");
        ((ArrayNode) document.get("sessions")).add(session.deepCopy().put("status", "DRAFT"));
        int before = count();

        SessionTransfer.ImportResult result = transfer.importSessions(signedIn(manager), json.writeValueAsBytes(document));

        assertThat(result.imported()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::path, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].answers.MOOD", "transfer.problem.unknown"),
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].header.clientCompany", "transfer.problem.too-short"),
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].status", "transfer.problem.enum"),
                org.assertj.core.groups.Tuple.tuple("$.sessions[1].answers.MOOD", "transfer.problem.unknown"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void valuesTheSchemaCannotJudgeAreCheckedToo() throws IOException {
        long id = richSession("Улыбка", "дельта");
        ObjectNode document = (ObjectNode) json.readTree(transfer.export(signedIn(manager), List.of(id), false));
        ObjectNode session = (ObjectNode) document.get("sessions").get(0);
        ((ObjectNode) session.get("answers")).putObject("AUDIENCE_CLARITY").put("value", "ALL_OF_THEM").put("evidence", "CLIENT_SAID");
        session.put("owner", "nobody-" + id);
        ((ObjectNode) session.get("assessment")).put("snapshot", "{\"not\":\"an assessment\"");
        int before = count();

        SessionTransfer.ImportResult result = transfer.importSessions(signedIn(manager), json.writeValueAsBytes(document));

        assertThat(result.problems()).extracting(ImportProblem::path, ImportProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].owner", "transfer.problem.owner"),
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].answers.AUDIENCE_CLARITY.value", "transfer.problem.invalid-answer"),
                org.assertj.core.groups.Tuple.tuple("$.sessions[0].assessment.snapshot", "transfer.problem.snapshot"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotJsonIsOneProblemAndOnlyManagersAndAdministratorsImport() {
        SessionTransfer.ImportResult result = transfer.importSessions(signedIn(manager),
                "{ \"format\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).extracting(ImportProblem::messageKey).containsExactly("transfer.problem.not-json");

        assertThatThrownBy(() -> transfer.importSessions(signedIn(anna), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfer.importSessions(signedIn(lead), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSchemaNamesEveryAnswerFieldQuestionAndStatus() throws IOException {
        JsonNode schema = schema();
        JsonNode session = schema.at("/$defs/session/properties");
        assertThat(texts(session.at("/answers/propertyNames/enum"))).containsExactly(
                java.util.Arrays.stream(AnswerField.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(session.at("/notes/propertyNames/enum"))).containsExactly(
                java.util.Arrays.stream(Question.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(session.at("/status/enum"))).containsExactly(
                java.util.Arrays.stream(SessionStatus.values()).map(Enum::name).toArray(String[]::new));
        assertThat(texts(schema.at("/$defs/answer/properties/evidence/enum"))).containsExactly(
                java.util.Arrays.stream(Evidence.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void erasureLeavesNoErasedTextInAnyTableBriefOrExportAndKeepsTheStructure() throws IOException, SQLException {
        long id = richSession("Улыбка", "эпсилонсекрет");
        briefs.prepare(signedIn(anna), id);
        int readiness = discovery.open(signedIn(anna), id).getReadiness();
        List<String> erased = List.of("Контакт эпсилонсекрет", "Боль эпсилонсекрет", "УТП эпсилонсекрет",
                "Заметка эпсилонсекрет", "Комментарий эпсилонсекрет", "эпсилонсекрет");
        assertThat(tablesContaining("эпсилонсекрет")).isNotEmpty();

        erasure.erase(signedIn(manager), id);

        assertThat(tablesContaining("эпсилонсекрет")).isEmpty();
        DiscoverySession after = discovery.open(signedIn(anna), id);
        assertThat(after.getHeader().contactPerson()).isEqualTo("[данные удалены]");
        assertThat(after.storedAnswer(AnswerField.PAINS)).isEqualTo("[данные удалены]");
        assertThat(after.storedAnswer(AnswerField.AUDIENCE_CLARITY)).isEqualTo("NAMED");
        assertThat(after.getStatus()).isEqualTo(SessionStatus.RETURNED);
        assertThat(after.getReadiness()).isEqualTo(readiness);
        String brief = pdfText(id);
        String export = new String(transfer.export(signedIn(manager), List.of(id), true), StandardCharsets.UTF_8);
        for (String text : erased) {
            assertThat(brief).doesNotContain(text);
            assertThat(export).doesNotContain(text);
        }
        assertThat(brief).contains("[данные удалены]");
    }

    @Test
    void onlyManagersAndAdministratorsErase() {
        long id = richSession("Улыбка", "дзета");
        assertThatThrownBy(() -> erasure.erase(signedIn(anna), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.erase(signedIn(lead), id)).isInstanceOf(AccessDeniedException.class);
        erasure.erase(signedIn(AccountFixtures.user(context, Role.ADMIN)), id);
    }

    /** Every table and every character column of the database, searched for the text. */
    private List<String> tablesContaining(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        int searched = 0;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog")) {
                        continue;
                    }
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.OTHER) {
                        columns.add(new String[] {schema, rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                String sql = "select count(*) from \"" + column[0] + "\".\"" + column[1] + "\" where cast(\"" + column[2]
                        + "\" as varchar(100000)) like ?";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, "%" + text + "%");
                    try (ResultSet rs = statement.executeQuery()) {
                        rs.next();
                        searched++;
                        if (rs.getInt(1) > 0) {
                            found.add(column[1] + "." + column[2]);
                        }
                    }
                }
            }
        }
        assertThat(searched).as("character columns searched").isGreaterThan(20);
        return found;
    }

    private String pdfText(long id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        briefs.write(briefs.prepare(signedIn(anna), id), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private int count() {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from discovery_session", Integer.class);
    }

    private JsonNode schema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SessionTransfer.SCHEMA)) {
            return json.readTree(in);
        }
    }

    private List<ImportProblem> schemaProblems(JsonNode document) throws IOException {
        return new JsonSchemaCheck(schema()).check(document);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode withoutIdsAndExportTime(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("exportedAt");
        copy.get("sessions").forEach(session -> ((ObjectNode) session).remove("id"));
        return copy;
    }
}
