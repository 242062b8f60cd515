package com.discoverybrief.discovery;

import com.discoverybrief.base.AbstractEntity;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.FollowUps;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.StoredForm;
import com.discoverybrief.strategy.StrategyEngine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One client meeting: the header and the answers to the five key questions. The answers and the notes
 * are stored as one document each on the session's row ({@link TextDocument}); the aggregate validates
 * each answer before it accepts it.
 *
 * <p>It also owns its review: the status transitions ({@link #complete}, {@link #markReviewed},
 * {@link #returnToOwner}) with who and when, and the comment thread. So that a lead's list of
 * thousands of sessions never loads answers, every change of answers or header also refreshes a few
 * denormalised columns (overall and per-level readiness, the top recommended channel).
 */
@Entity
@Table(name = "discovery_session")
public class DiscoverySession extends AbstractEntity {

    private static final StrategyEngine ENGINE = new StrategyEngine();

    @Column(name = "owner", length = Limits.USERNAME, nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private SessionStatus status;

    @Embedded
    private SessionHeader header;

    /**
     * The answers, one JSON document on the session's own row (issue 15, {@link TextDocument}): saving
     * one is the same update that moves the version, so autosave is that update and the history row.
     */
    @Convert(converter = TextDocument.Answers.class)
    @Column(name = "answers", nullable = false)
    private Map<AnswerField, String> answers = new HashMap<>();

    /** "Anything else the client said" for a key question: words that fit no answer field; a document too. */
    @Convert(converter = TextDocument.Notes.class)
    @Column(name = "notes", nullable = false)
    private Map<Question, String> notes = new HashMap<>();

    /** Answer fields the salesperson marked "ask at the next meeting". */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "session_follow_up", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 40, nullable = false)
    private Set<AnswerField> askNextTime = new HashSet<>();

    /** Where an answer comes from, for the answers someone tagged; one row per tagged field. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "session_answer_evidence", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "field", length = 40)
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence", length = 20, nullable = false)
    private Map<AnswerField, Evidence> evidence = new HashMap<>();

    @Column(name = "completed_at")
    private Instant completedAt;

    /** When the kept assessment was made; null exactly when none is kept. */
    @Column(name = "snapshot_at")
    private Instant snapshotAt;

    @Column(name = "rules_version", length = 20)
    private String rulesVersion;

    /**
     * What the engine recommended when the session was completed (JSON, up to 64 KB), kept until
     * recomputed: at most one element, in a table of its own (issue 15) and read only when asked for
     * ({@link #getAssessmentSnapshot()}: the summary, the review, the brief, the export, the erasure),
     * so neither autosave nor the wizard's open nor a grid page carries it. Whether one is kept is
     * {@link #snapshotAt} on the row itself.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_assessment", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "snapshot", length = Limits.SNAPSHOT, nullable = false)
    private List<String> keptAssessment = new ArrayList<>();

    /** The account manager's note for the client, printed on page 1 of the brief under the plan. */
    @Column(name = "agency_note", length = PlanAdjustments.NOTE_LIMIT)
    private String agencyNote;

    /** How many adjustments of the plan are in force: the review list marks the session "adjusted". */
    @Column(name = "plan_adjustments", nullable = false)
    private int planAdjustments;

    /** Bumped by every adjustment and withdrawal, so that colleagues adjusting at once see each other. */
    @Column(name = "plan_revision", nullable = false)
    private int planRevision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "readiness", nullable = false)
    private int readiness;

    @Column(name = "readiness_macro", nullable = false)
    private int readinessMacro;

    @Column(name = "readiness_meso", nullable = false)
    private int readinessMeso;

    @Column(name = "readiness_micro", nullable = false)
    private int readinessMicro;

    @Enumerated(EnumType.STRING)
    @Column(name = "top_channel", length = 30)
    private Channel topChannel;

    /**
     * The review list's free-text search reads this one column (issue 15): the client's name and every
     * answer, lower-cased, one per line. On PostgreSQL a trigram index serves it, so a rare term does
     * not read every session. Kept with the other list columns ({@link ListColumns}): no statement of
     * its own.
     */
    @Column(name = "search_text")
    private String searchText;

    /** Set by a bulk update when a brief is generated, so it never counts as an edit. */
    @Column(name = "brief_exported_at")
    private Instant briefExportedAt;

    /** The newest comment, kept on the row so "My sessions" shows it without reading the thread. */
    @Column(name = "latest_comment", length = Limits.COMMENT)
    private String latestComment;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("occurredAt, id")
    private List<SessionEvent> events = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("writtenAt, id")
    private List<SessionComment> comments = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DiscoverySession() {
        // for JPA
    }

    public DiscoverySession(String owner, SessionHeader header, Instant now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.header = Objects.requireNonNull(header, "header");
        this.status = SessionStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        reassess();
    }

    /**
     * Records what the client said for one field; blank clears it. The value must be in the stored
     * form of {@link AnswerValues} and within {@link Limits#ANSWER}.
     */
    public void answer(AnswerField field, String value, Instant now) {
        String stored = checkedAnswer(field, value);
        if (stored == null || stored.isBlank()) {
            answers.remove(field);
        } else {
            answers.put(field, stored);
        }
        reassess();
        touch(now);
    }

    /** The value as it is stored, refused when too long or not a value of the field. */
    static String checkedAnswer(AnswerField field, String value) {
        String stored = CleanText.of(value);
        if (stored != null && stored.length() > Limits.ANSWER) {
            throw new InvalidInputException(labelKey(field), "validation.too-long", Limits.ANSWER);
        }
        if (!AnswerValues.isValid(field, stored)) {
            throw new InvalidInputException(labelKey(field), "validation.invalid-choice", 0);
        }
        return stored;
    }

    /** The note as it is stored, refused when too long. */
    static String checkedNote(String text) {
        String stored = CleanText.of(text);
        if (stored != null && stored.length() > Limits.ANSWER) {
            throw new InvalidInputException(noteKey(), "validation.too-long", Limits.ANSWER);
        }
        return stored;
    }

    public void describe(SessionHeader newHeader, Instant now) {
        this.header = Objects.requireNonNull(newHeader, "header").cleaned();
        reassess();
        touch(now);
    }

    /** What else the client said about one key question; blank clears it. Within {@link Limits#ANSWER}. */
    public void note(Question question, String text, Instant now) {
        String stored = checkedNote(text);
        if (stored == null || stored.isBlank()) {
            notes.remove(Objects.requireNonNull(question, "question"));
        } else {
            notes.put(Objects.requireNonNull(question, "question"), stored);
        }
        touch(now);
    }

    /** Marks an answer field "ask at the next meeting", or clears the mark. */
    public void askNextTime(AnswerField field, boolean ask, Instant now) {
        boolean changed = ask ? askNextTime.add(Objects.requireNonNull(field, "field")) : askNextTime.remove(field);
        if (changed) {
            touch(now);
        }
    }

    /**
     * Completes the session and keeps the assessment it ends with: a draft the first time, a returned
     * session again once its owner has worked in the lead's comments.
     */
    public void complete(String by, String snapshot, String rules, Instant now) {
        if (!status.mayComplete()) {
            throw new InvalidTransitionException("review.transition.complete", status);
        }
        completedAt = now;
        keepAssessment(snapshot, rules, now);
        moveTo(SessionStatus.COMPLETED, by, now);
    }

    /** A lead has read the completed session and accepts it. */
    public void markReviewed(String by, Instant now) {
        if (status != SessionStatus.COMPLETED) {
            throw new InvalidTransitionException("review.transition.review", status);
        }
        moveTo(SessionStatus.REVIEWED, by, now);
    }

    /** Sends a completed session back to its owner; the comment says what to work on and is required. */
    public void returnToOwner(String by, String comment, Instant now) {
        if (status != SessionStatus.COMPLETED) {
            throw new InvalidTransitionException("review.transition.return", status);
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidTransitionException("review.transition.comment-required", status);
        }
        comment(by, comment, now);
        moveTo(SessionStatus.RETURNED, by, now);
    }

    /** Adds to the comment thread; blank or longer than {@link Limits#COMMENT} is refused. */
    public void comment(String by, String text, Instant now) {
        String stripped = text == null ? "" : CleanText.of(text).strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("review.comment", "validation.required", 0);
        }
        if (stripped.length() > Limits.COMMENT) {
            throw new InvalidInputException("review.comment", "validation.too-long", Limits.COMMENT);
        }
        comments.add(new SessionComment(Objects.requireNonNull(by, "by"), now, stripped));
        latestComment = stripped;
    }

    /** The comment thread, oldest first. Read it inside a transaction: it is loaded on demand. */
    public List<Comment> comments() {
        return comments.stream().map(SessionComment::view).toList();
    }

    /** Every status change after the session was started, oldest first; loaded on demand too. */
    public List<StatusChange> history() {
        return events.stream().map(SessionEvent::view).toList();
    }

    /**
     * Review steps leave {@code updatedAt} alone: it is the last change of the content, which also
     * tells whether the kept assessment is out of date. When a step happened is in its event.
     */
    private void moveTo(SessionStatus target, String by, Instant now) {
        status = target;
        events.add(new SessionEvent(target, Objects.requireNonNull(by, "by"), now));
    }

    /** The engine takes microseconds, so the list columns are simply recomputed on every change. */
    private void reassess() {
        ListColumns columns = ListColumns.of(header, answers, evidence);
        readiness = columns.readiness();
        readinessMacro = columns.macro();
        readinessMeso = columns.meso();
        readinessMicro = columns.micro();
        topChannel = columns.topChannel();
        searchText = columns.searchText();
    }

    /**
     * The denormalised columns the lead's list shows and searches, for the given header and answers.
     * The only place the search document is made: a JPA save and autosave's one row update both write
     * what this gives.
     */
    record ListColumns(int readiness, int macro, int meso, int micro, Channel topChannel, String searchText) {

        static ListColumns of(SessionHeader header, Map<AnswerField, String> answers,
                Map<AnswerField, Evidence> evidence) {
            Assessment assessment = ENGINE.assess(answersOf(header, answers, evidence));
            return new ListColumns(assessment.readiness(), assessment.level(Level.MACRO).readiness(),
                    assessment.level(Level.MESO).readiness(), assessment.level(Level.MICRO).readiness(),
                    assessment.recommendations().isEmpty() ? null : assessment.recommendations().get(0).channel(),
                    searchDocument(header.clientCompany(), answers));
        }

        /**
         * The client's name and the answers in field order, lower-cased, one per line: a search term
         * (one line of the search box) is found within one value, never across two.
         */
        static String searchDocument(String client, Map<AnswerField, String> answers) {
            StringBuilder document = new StringBuilder(client == null ? "" : client.toLowerCase(Locale.ROOT));
            for (AnswerField field : AnswerField.values()) {
                String answer = answers.get(field);
                if (answer != null) {
                    document.append('\n').append(answer.toLowerCase(Locale.ROOT));
                }
            }
            return document.toString();
        }
    }

    /** The agency note, or null. */
    public String getAgencyNote() {
        return agencyNote;
    }

    /** Changes the agency note: no answer changes, so the kept assessment does not look out of date. */
    void agencyNote(String note) {
        this.agencyNote = note;
    }

    public int getPlanAdjustments() {
        return planAdjustments;
    }

    public int getPlanRevision() {
        return planRevision;
    }

    /** One more adjustment made or withdrawn; {@code inForce} is how many are in force after it. */
    void planAdjusted(int inForce) {
        this.planAdjustments = inForce;
        this.planRevision++;
    }

    /** What autosave needs of this session at its current version (see {@link HotSessions}). */
    HotSession hot() {
        return new HotSession(getId(), getVersion(), updatedAt, owner, header, answers, evidence, notes, askNextTime);
    }

    /** The engine's view of a header, answers and evidence that are not (yet) in an entity. */
    static Answers answersOf(SessionHeader header, Map<AnswerField, String> answers, Map<AnswerField, Evidence> evidence) {
        Answers.Builder builder = Answers.builder().businessModel(header.businessModel()).geography(header.geography())
                .companySize(header.companySize()).budget(header.budget())
                .meetingMonth(header.meetingDate() == null ? null : header.meetingDate().getMonth());
        StoredForm.read(builder, answers);
        // the months of a season the client then said it does not have: kept for a mis-tap, not read
        Function<AnswerField, Object> typed = field -> AnswerValues.parseOrNull(field, answers.get(field));
        for (AnswerField field : AnswerField.values()) {
            if (FollowUps.takenBack(field, typed)) {
                builder.set(field, null);
            }
        }
        evidence.forEach(builder::evidence);
        return builder.build();
    }

    /** Replaces the kept assessment: an explicit recomputation with the current rules. */
    void keepAssessment(String snapshot, String rules, Instant now) {
        replaceKeptAssessment(Objects.requireNonNull(snapshot, "snapshot"));
        this.rulesVersion = rules;
        this.snapshotAt = now;
        touch(now);
    }

    /** One row of its own table: replacing it is a delete and an insert, never an update of the session's row. */
    private void replaceKeptAssessment(String snapshot) {
        keptAssessment.clear();
        keptAssessment.add(snapshot);
    }

    /** Whether an assessment is kept, known without reading it. */
    public boolean hasKeptAssessment() {
        return snapshotAt != null;
    }

    /** Whether answers changed after the kept assessment was made, so it may be out of date. */
    public boolean changedSinceAssessment() {
        return snapshotAt != null && completedAt != null && updatedAt.isAfter(snapshotAt);
    }

    /** The stored form of one answer, or null when the client has not said anything yet. */
    public String storedAnswer(AnswerField field) {
        return answers.get(field);
    }

    /** The note on one key question, or null. */
    public String storedNote(Question question) {
        return notes.get(question);
    }

    /** Every note, by key question. */
    public Map<Question, String> notes() {
        return notes.isEmpty() ? Map.of() : new EnumMap<>(notes);
    }

    /** The answer fields marked "ask at the next meeting". */
    public Set<AnswerField> askNextTime() {
        return askNextTime.isEmpty() ? Set.of() : EnumSet.copyOf(askNextTime);
    }

    public int answeredCount(List<AnswerField> fields) {
        return (int) fields.stream().filter(answers::containsKey).count();
    }

    /** The answers as stored, field by field: what a brief version keeps to compare with the next one. */
    Map<AnswerField, String> storedAnswers() {
        return Map.copyOf(answers);
    }

    /** A read-only snapshot for the strategy engine: the header's choices, every answer and its evidence. */
    public Answers answers() {
        Answers read = answersOf(header, answers, evidence);
        // no meeting date on the header: the session was started at the meeting, so its created date (in the app clock's zone) is the meeting's —
        // the month a dated opening («через три месяца», «в марте») is counted from (w13az)
        return read.meetingMonth() != null || createdAt == null ? read
                : read.toBuilder().meetingMonth(createdAt.atZone(java.time.ZoneId.systemDefault()).getMonth()).build();
    }


    /** Where one answer comes from; an untagged answer is what the client said. */
    public Evidence evidence(AnswerField field) {
        return evidence.getOrDefault(field, Evidence.CLIENT_SAID);
    }

    /** Tags where an answer comes from (one tap beside the answer); "the client said" is the default. */
    public void tag(AnswerField field, Evidence tag, Instant now) {
        if (tag == null || tag == Evidence.CLIENT_SAID) {
            evidence.remove(field);
        } else {
            evidence.put(field, tag);
        }
        reassess();
        touch(now);
    }

    /**
     * A session as another installation exported it (issue 17): everything as it was there, checked
     * by {@link SessionTransfer} before it gets here. The list columns are computed afresh.
     */
    static DiscoverySession imported(String owner, SessionStatus status, SessionHeader header, Instant createdAt,
            Instant updatedAt, Instant completedAt, Map<AnswerField, String> answers, Map<AnswerField, Evidence> evidence,
            Map<Question, String> notes, Set<AnswerField> askNextTime, List<StatusChange> statusChanges,
            List<Comment> comments, String snapshot, String rulesVersion, Instant snapshotAt) {
        DiscoverySession session = new DiscoverySession(owner, header, createdAt);
        session.status = status;
        session.updatedAt = updatedAt;
        session.completedAt = completedAt;
        session.answers.putAll(answers);
        session.evidence.putAll(evidence);
        session.notes.putAll(notes);
        session.askNextTime.addAll(askNextTime);
        statusChanges.forEach(change -> session.events.add(new SessionEvent(change.status(), change.actor(), change.at())));
        comments.forEach(comment -> session.comments.add(new SessionComment(comment.author(), comment.writtenAt(), comment.text())));
        session.latestComment = comments.isEmpty() ? null : comments.get(comments.size() - 1).text();
        if (snapshot != null) {
            session.replaceKeptAssessment(snapshot);
            session.rulesVersion = rulesVersion;
            session.snapshotAt = snapshotAt == null ? completedAt == null ? updatedAt : completedAt : snapshotAt;
        }
        session.reassess();
        return session;
    }

    /**
     * Replaces the client's personal data with {@code marker}: the contact person, every free-text
     * answer, every note and every comment. Choices, numbers, channels, the status and its history
     * stay, and so do the statistics built on them. The last change of the content does not move, so
     * a kept assessment is not reported as out of date; {@code scrubbedSnapshot} replaces it.
     *
     * @return how many values were replaced, by kind, for the audit trail
     */
    Map<String, Integer> erasePersonalData(String marker, String scrubbedSnapshot) {
        Map<String, Integer> erased = new java.util.LinkedHashMap<>();
        if (header.contactPerson() != null) {
            header = header.with("contactPerson", marker);
            erased.put("contact person", 1);
        }
        int texts = 0;
        for (AnswerField field : AnswerField.values()) {
            if (field.isText() && answers.containsKey(field)) {
                answers.put(field, marker);
                texts++;
            }
        }
        erased.put("free-text answers", texts);
        notes.replaceAll((question, text) -> marker);
        erased.put("notes", notes.size());
        comments.forEach(comment -> comment.erase(marker));
        erased.put("comments", comments.size());
        if (latestComment != null) {
            latestComment = marker;
        }
        if (agencyNote != null) {
            agencyNote = marker;
            erased.put("agency note", 1);
        }
        if (scrubbedSnapshot != null) {
            replaceKeptAssessment(scrubbedSnapshot);
        }
        reassess();
        return erased;
    }

    /** The answers someone tagged with where they come from (untagged ones are what the client said). */
    public Map<AnswerField, Evidence> evidenceTags() {
        return evidence.isEmpty() ? Map.of() : new EnumMap<>(evidence);
    }

    /** When the kept assessment was made; null when none is kept. */
    public Instant getSnapshotAt() {
        return snapshotAt;
    }

    /** Translation key of the note field's label, for messages about it. */
    public static String noteKey() {
        return "notes.label";
    }

    /** Translation key of a field's label, for messages about it. */
    public static String labelKey(AnswerField field) {
        return "field." + field.name() + ".label";
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getOwner() {
        return owner;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public SessionHeader getHeader() {
        return header;
    }

    /**
     * The kept assessment (JSON), or null when none is kept. Reads its table (one statement) the first
     * time it is asked for in a transaction; call it inside one.
     */
    public String getAssessmentSnapshot() {
        return snapshotAt == null || keptAssessment.isEmpty() ? null : keptAssessment.get(0);
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Overall readiness 0–100 of the current answers. */
    public int getReadiness() {
        return readiness;
    }

    /** The first recommendation for the current answers; null only if the engine recommends nothing. */
    public Channel getTopChannel() {
        return topChannel;
    }

    public Instant getBriefExportedAt() {
        return briefExportedAt;
    }

    public String getLatestComment() {
        return latestComment;
    }
}
