package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.base.PlainText;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as a documented, versioned JSON document (docs/json-format.md, the JSON Schema in
 * {@value #SCHEMA}): export one session or a filtered set, import a file. An import checks the
 * schema and every value first and reports each problem with its JSON path; with any problem it
 * imports nothing. Imported sessions get new ids; everything else is kept as it was exported.
 */
@Service
@Transactional(readOnly = true)
public class SessionTransfer {

    public static final String FORMAT = "discovery-brief.sessions";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA = "/schema/discovery-brief-sessions-1.schema.json";
    /** The largest file an import reads. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final SessionAccess access;
    private final DiscoverySessionRepository sessions;
    private final SessionHistory history;
    private final SessionChangeRepository changes;
    private final People people;
    private final Validator validator;
    private final Clock clock;
    private final ObjectMapper json;
    private final AssessmentSnapshots snapshots;
    private final JsonSchemaCheck schema;
    private final SessionAdjustmentRepository adjustments;

    SessionTransfer(SessionAccess access, DiscoverySessionRepository sessions, SessionHistory history,
            SessionChangeRepository changes, People people, Validator validator, Clock clock, ObjectMapper json,
            SessionAdjustmentRepository adjustments) {
        this.adjustments = adjustments;
        this.access = access;
        this.sessions = sessions;
        this.history = history;
        this.changes = changes;
        this.people = people;
        this.validator = validator;
        this.clock = clock;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.snapshots = new AssessmentSnapshots(json);
        try (InputStream in = SessionTransfer.class.getResourceAsStream(SCHEMA)) {
            this.schema = new JsonSchemaCheck(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("The JSON Schema " + SCHEMA + " cannot be read", e);
        }
    }

    /** The sessions as one JSON document, for whoever may see each of them; history only if asked. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public byte[] export(Actor actor, List<Long> ids, boolean withHistory) {
        ObjectNode document = json.createObjectNode();
        document.put("format", FORMAT);
        document.put("formatVersion", FORMAT_VERSION);
        document.put("exportedAt", clock.instant().toString());
        ArrayNode list = document.putArray("sessions");
        for (long id : ids) {
            list.add(session(access.visible(actor, id), withHistory));
        }
        AUDIT.info("'{}' exported {} sessions as JSON", access.now(actor).username(), ids.size());
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A session cannot be written as JSON", e);
        }
    }

    private ObjectNode session(DiscoverySession session, boolean withHistory) {
        ObjectNode node = json.createObjectNode();
        node.put("id", session.getId());
        node.put("owner", session.getOwner());
        node.put("status", session.getStatus().name());
        node.put("createdAt", session.getCreatedAt().toString());
        node.put("updatedAt", session.getUpdatedAt().toString());
        node.put("completedAt", text(session.getCompletedAt()));
        SessionHeader header = session.getHeader();
        ObjectNode h = node.putObject("header");
        h.put("clientCompany", header.clientCompany());
        h.put("contactPerson", header.contactPerson());
        h.put("industry", header.industry());
        h.put("businessModel", name(header.businessModel()));
        h.put("geography", name(header.geography()));
        h.put("companySize", name(header.companySize()));
        h.put("budget", name(header.budget()));
        h.put("meetingDate", header.meetingDate() == null ? null : header.meetingDate().toString());
        h.put("briefLanguage", header.briefLanguage());
        ObjectNode answers = node.putObject("answers");
        Map<AnswerField, Evidence> tags = session.evidenceTags();
        for (AnswerField field : AnswerField.values()) {
            String value = session.storedAnswer(field);
            if (value != null || tags.containsKey(field)) {
                ObjectNode answer = answers.putObject(field.name());
                answer.put("value", value);
                answer.put("evidence", session.evidence(field).name());
            }
        }
        ObjectNode notes = node.putObject("notes");
        session.notes().forEach((question, text) -> notes.put(question.name(), text));
        ArrayNode ask = node.putArray("askNextTime");
        for (AnswerField field : AnswerField.values()) {
            if (session.askNextTime().contains(field)) {
                ask.add(field.name());
            }
        }
        ArrayNode statuses = node.putArray("statusChanges");
        for (StatusChange change : session.history()) {
            statuses.addObject().put("status", change.status().name()).put("actor", change.actor())
                    .put("at", change.at().toString());
        }
        // the account manager's last word (issue 19): the note for the client and every adjustment of the plan
        node.put("agencyNote", session.getAgencyNote());
        ArrayNode adjusted = node.putArray("adjustments");
        for (SessionAdjustment a : adjustments.findBySessionIdOrderByIdAsc(session.getId())) {
            ObjectNode one = adjusted.addObject();
            one.put("kind", a.adjustment().kind().name()).put("channel", a.adjustment().channel().name())
                    .put("stage", name(a.adjustment().stage())).put("place", a.adjustment().place())
                    .put("reason", a.reason()).put("author", a.author()).put("madeAt", a.madeAt().toString())
                    .put("withdrawnBy", a.withdrawnBy()).put("withdrawnAt", text(a.withdrawnAt()));
        }
        ArrayNode comments = node.putArray("comments");
        for (Comment comment : session.comments()) {
            comments.addObject().put("author", comment.author()).put("writtenAt", comment.writtenAt().toString())
                    .put("text", comment.text());
        }
        if (session.getAssessmentSnapshot() == null) {
            node.putNull("assessment");
        } else {
            node.putObject("assessment").put("rulesVersion", session.getRulesVersion())
                    .put("keptAt", session.getSnapshotAt().toString()).put("snapshot", session.getAssessmentSnapshot());
        }
        if (withHistory) {
            ArrayNode list = node.putArray("history");
            for (Change change : history.allChanges(session.getId())) {
                list.addObject().put("field", change.field().key()).put("author", change.author())
                        .put("at", change.at().toString()).put("before", change.before()).put("after", change.after());
            }
        }
        return node;
    }

    /** What an import found: the new sessions' ids, or the problems (then nothing was imported). */
    public record ImportResult(List<Long> imported, List<ImportProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /**
     * Imports every session of the document, or none: any problem in the schema or in a value is
     * reported with its JSON path and nothing is written. Account managers and administrators only.
     */
    @Transactional
    @RolesAllowed({"ACCOUNT_MANAGER", "ADMIN"})
    public ImportResult importSessions(Actor actor, byte[] document) {
        Actor importer = access.importsSessions(actor);
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            return new ImportResult(List.of(), List.of(ImportProblem.of("$", "transfer.problem.not-json", reason)));
        }
        if (root == null || root.isMissingNode()) {
            return new ImportResult(List.of(), List.of(ImportProblem.of("$", "transfer.problem.not-json", "")));
        }
        List<ImportProblem> problems = new ArrayList<>(schema.check(root));
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        List<Parsed> parsed = new ArrayList<>();
        JsonNode list = root.get("sessions");
        Set<String> owners = new HashSet<>();
        list.forEach(session -> owners.add(session.get("owner").asText()));
        Set<String> known = people.known(owners);
        for (int i = 0; i < list.size(); i++) {
            parsed.add(parse(list.get(i), "$.sessions[" + i + "]", known, problems));
        }
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        List<Long> ids = new ArrayList<>();
        for (Parsed one : parsed) {
            DiscoverySession saved = sessions.save(one.session());
            for (Adjusted a : one.adjustments()) {
                SessionAdjustment kept = new SessionAdjustment(saved.getId(), a.adjustment(), a.reason(), a.author(),
                        a.madeAt());
                if (a.withdrawnAt() != null) {
                    kept.withdraw(a.withdrawnBy() == null ? a.author() : a.withdrawnBy(), a.withdrawnAt());
                }
                adjustments.save(kept);
            }
            for (Change change : one.history()) {
                changes.save(new SessionChange(saved.getId(), change.field(), change.author(), change.at(), change.before(),
                        change.after()));
            }
            ids.add(saved.getId());
        }
        sessions.flush();
        AUDIT.info("'{}' imported {} sessions from JSON", importer.username(), ids.size());
        return new ImportResult(ids, List.of());
    }

    private record Parsed(DiscoverySession session, List<Change> history, List<Adjusted> adjustments) {
    }

    /** An adjustment read from the document, withdrawn or not. */
    private record Adjusted(com.discoverybrief.strategy.Adjustment adjustment, String reason, String author,
            Instant madeAt, String withdrawnBy, Instant withdrawnAt) {
    }

    /** The values the schema cannot judge: answers in their stored form, the owner, the kept assessment. */
    private Parsed parse(JsonNode node, String path, Set<String> knownUsers, List<ImportProblem> problems) {
        String owner = node.get("owner").asText();
        if (!knownUsers.contains(owner)) {
            problems.add(ImportProblem.of(path + ".owner", "transfer.problem.owner"));
        }
        JsonNode h = node.get("header");
        SessionHeader header = new SessionHeader(h.get("clientCompany").asText(), textOrNull(h, "contactPerson"),
                textOrNull(h, "industry"), enumOrNull(h, "businessModel", com.discoverybrief.strategy.BusinessModel.class),
                enumOrNull(h, "geography", com.discoverybrief.strategy.Geography.class),
                enumOrNull(h, "companySize", com.discoverybrief.strategy.CompanySize.class),
                enumOrNull(h, "budget", com.discoverybrief.strategy.BudgetRange.class),
                textOrNull(h, "meetingDate") == null ? null : LocalDate.parse(h.get("meetingDate").asText()),
                h.get("briefLanguage").asText()).cleaned();
        if (header.clientCompany() == null) {
            problems.add(ImportProblem.of(path + ".header.clientCompany", "transfer.problem.too-short"));
        }
        validator.validate(header).forEach(violation -> problems.add(ImportProblem.of(
                path + ".header." + violation.getPropertyPath(), "transfer.problem.too-long", Limits.NAME)));

        Map<AnswerField, String> answers = new EnumMap<>(AnswerField.class);
        Map<AnswerField, Evidence> evidence = new EnumMap<>(AnswerField.class);
        node.get("answers").fields().forEachRemaining(entry -> {
            AnswerField field = AnswerField.valueOf(entry.getKey());
            String value = CleanText.of(textOrNull(entry.getValue(), "value"));
            if (value != null && !value.isBlank()) {
                if (!AnswerValues.isValid(field, value)) {
                    problems.add(ImportProblem.of(path + ".answers." + field.name() + ".value",
                            "transfer.problem.invalid-answer"));
                }
                answers.put(field, value);
            }
            Evidence tag = Evidence.valueOf(entry.getValue().get("evidence").asText());
            if (tag != Evidence.CLIENT_SAID) {
                evidence.put(field, tag);
            }
        });
        Map<Question, String> notes = new EnumMap<>(Question.class);
        node.get("notes").fields().forEachRemaining(entry -> {
            String text = CleanText.of(entry.getValue().asText());
            if (text != null && !text.isBlank()) {
                notes.put(Question.valueOf(entry.getKey()), text);
            }
        });
        Set<AnswerField> ask = EnumSet.noneOf(AnswerField.class);
        node.get("askNextTime").forEach(field -> ask.add(AnswerField.valueOf(field.asText())));
        List<StatusChange> statuses = new ArrayList<>();
        node.get("statusChanges").forEach(change -> statuses.add(new StatusChange(
                SessionStatus.valueOf(change.get("status").asText()), change.get("actor").asText(), instant(change.get("at")))));
        List<Comment> comments = new ArrayList<>();
        node.get("comments").forEach(comment -> comments.add(new Comment(comment.get("author").asText(),
                instant(comment.get("writtenAt")), comment.get("text").asText().strip())));

        JsonNode assessment = node.path("assessment");
        String snapshot = null;
        String rules = null;
        Instant keptAt = null;
        if (assessment.isObject()) {
            snapshot = assessment.get("snapshot").asText();
            rules = assessment.get("rulesVersion").asText();
            keptAt = instant(assessment.get("keptAt"));
            try {
                snapshots.read(snapshot);
            } catch (RuntimeException e) {
                problems.add(ImportProblem.of(path + ".assessment.snapshot", "transfer.problem.snapshot"));
            }
        }
        SessionStatus status = SessionStatus.valueOf(node.get("status").asText());
        Instant completedAt = node.path("completedAt").isTextual() ? instant(node.get("completedAt")) : null;
        if (status != SessionStatus.DRAFT && (snapshot == null || completedAt == null)) {
            problems.add(ImportProblem.of(path + ".status", "transfer.problem.status"));
        }
        List<Change> changeList = new ArrayList<>();
        JsonNode historyNode = node.path("history");
        for (JsonNode change : historyNode) {
            changeList.add(new Change(0, FieldKey.parse(change.get("field").asText()), change.get("author").asText(),
                    instant(change.get("at")), textOrNull(change, "before"), textOrNull(change, "after")));
        }
        DiscoverySession session = DiscoverySession.imported(owner, status, header, instant(node.get("createdAt")),
                instant(node.get("updatedAt")), completedAt, answers, evidence, notes, ask, statuses, comments, snapshot,
                rules, keptAt);
        String note = PlainText.of(textOrNull(node, "agencyNote"));
        if (note != null && !PlainText.looksBlank(note)) {
            session.agencyNote(note.strip());
        }
        List<Adjusted> adjustedList = new ArrayList<>();
        JsonNode adjustmentsNode = node.path("adjustments");
        for (int i = 0; i < adjustmentsNode.size(); i++) {
            JsonNode a = adjustmentsNode.get(i);
            try {
                com.discoverybrief.strategy.Channel channel = com.discoverybrief.strategy.Channel.valueOf(
                        a.get("channel").asText());
                com.discoverybrief.strategy.Stage stage = enumOrNull(a, "stage", com.discoverybrief.strategy.Stage.class);
                com.discoverybrief.strategy.Adjustment.Kind kind = com.discoverybrief.strategy.Adjustment.Kind.valueOf(
                        a.get("kind").asText());
                int place = a.path("place").isIntegralNumber() ? a.get("place").asInt() : Integer.MAX_VALUE;
                com.discoverybrief.strategy.Adjustment adjustment = new com.discoverybrief.strategy.Adjustment(kind,
                        channel, stage, kind == com.discoverybrief.strategy.Adjustment.Kind.ADD ? place : 0);
                adjustedList.add(new Adjusted(adjustment, PlanAdjustments.reason(a.get("reason").asText()),
                        a.get("author").asText(), instant(a.get("madeAt")), textOrNull(a, "withdrawnBy"),
                        a.path("withdrawnAt").isTextual() ? instant(a.get("withdrawnAt")) : null));
            } catch (RuntimeException e) {
                problems.add(ImportProblem.of(path + ".adjustments[" + i + "]", "transfer.problem.adjustment"));
            }
        }
        return new Parsed(session, changeList, adjustedList);
    }

    private static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    private static String textOrNull(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static <E extends Enum<E>> E enumOrNull(JsonNode node, String property, Class<E> type) {
        String value = textOrNull(node, property);
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
