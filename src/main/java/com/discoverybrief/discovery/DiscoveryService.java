package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.StrategyEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.annotation.Timed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way to read or change a discovery session during and after the meeting ({@link SessionReviews}
 * has the review steps). Every method takes the acting user and refuses, by {@link SessionAccess}, what
 * that user may not see or do as their account stands now; a session the actor may not see is reported
 * as not found. Method security adds a second fence: reading needs a role that works with sessions,
 * writing one that edits them (leads only read; an administrator alone sees no sessions).
 */
@Service
@Transactional(readOnly = true)
public class DiscoveryService {

    /**
     * Seconds a save may take before it is given up, so that a database that stopped answering shows
     * "Not saved — retrying" at once instead of freezing the wizard (the pool's connection timeout
     * covers a database that cannot be reached at all).
     */
    public static final int SAVE_TIMEOUT_SECONDS = 2;

    private final DiscoverySessionRepository sessions;
    private final SessionAccess access;
    private final Validator validator;
    private final Clock clock;
    private final AssessmentSnapshots snapshots;
    private final SessionHistory history;
    private final StrategyEngine engine = new StrategyEngine();
    private final HotSessions hot;
    private final HotWrites writes;

    DiscoveryService(DiscoverySessionRepository sessions, SessionAccess access, Validator validator, Clock clock,
            ObjectMapper json, HotSessions hot, HotWrites writes, SessionHistory history) {
        this.history = history;
        this.sessions = sessions;
        this.hot = hot;
        this.writes = writes;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
        this.snapshots = new AssessmentSnapshots(json);
    }

    /** The actor's own sessions whose client name contains {@code clientFilter}, newest first. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public List<SessionSummary> mySessions(Actor actor, String clientFilter, Pageable page) {
        return sessions.findByOwner(access.worksWithSessions(actor).username(), likePattern(clientFilter), page);
    }

    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public DiscoverySession open(Actor actor, long id) {
        DiscoverySession session = visible(actor, id);
        hot.rememberAfterCommit(session.hot());
        return session;
    }

    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public DiscoverySession start(Actor actor, String clientCompany, Locale language) {
        Actor owner = access.startsSessions(actor);
        SessionHeader header = SessionHeader.start(clientCompany, LocalDate.now(clock), language).cleaned();
        validate(header);
        return sessions.save(new DiscoverySession(owner.username(), header, clock.instant()));
    }

    /**
     * Saves one answer. {@code before} is the value the user started editing from: whenever the stored
     * answer no longer equals it, someone else changed this very answer, so nothing is written and
     * {@link EditConflictException} says so — on every save, whatever the versions. Changes to other
     * answers in between are no conflict. {@code expectedVersion} is the version the editor last saw;
     * the rule does not depend on it. Text is cleaned as in {@link CleanText} before it is compared.
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    @Timed("discovery.saves")
    public Saved saveAnswer(Actor actor, long id, long expectedVersion, AnswerField field, String before,
            String after) {
        Saved quick = hotSave(actor, id, known -> {
            String current = known.answers().get(field);
            String cleaned = CleanText.of(after);
            if (sameAnswer(current, cleaned) || !sameAnswer(current, CleanText.of(before))) {
                return null;
            }
            String stored = blankToNull(DiscoverySession.checkedAnswer(field, cleaned));
            Map<AnswerField, String> answers = new EnumMap<>(AnswerField.class);
            answers.putAll(known.answers());
            put(answers, field, stored);
            return new HotChange(answers, known.evidence(), known.notes(), known.askNextTime(), true,
                    at -> history.record(id, FieldKey.answer(field), actor.username(), at, current, stored));
        });
        if (quick != null) {
            return quick;
        }
        DiscoverySession session = editable(actor, id);
        String current = session.storedAnswer(field);
        String cleaned = CleanText.of(after);
        if (sameAnswer(current, cleaned)) {
            return saved(session);
        }
        if (!sameAnswer(current, CleanText.of(before))) {
            throw new EditConflictException(current, session.getVersion(), session.getUpdatedAt());
        }
        session.answer(field, cleaned, clock.instant());
        history.record(id, FieldKey.answer(field), actor.username(), session.getUpdatedAt(), current,
                session.storedAnswer(field));
        return saved(session);
    }

    /** Saves the note on one key question, with the same conflict rule as {@link #saveAnswer}. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved saveNote(Actor actor, long id, Question question, String before, String after) {
        Saved quick = hotSave(actor, id, known -> {
            String current = known.notes().get(question);
            String cleaned = CleanText.of(after);
            if (sameAnswer(current, cleaned) || !sameAnswer(current, CleanText.of(before))) {
                return null;
            }
            String stored = blankToNull(DiscoverySession.checkedNote(cleaned));
            Map<Question, String> notes = new EnumMap<>(Question.class);
            notes.putAll(known.notes());
            put(notes, question, stored);
            return new HotChange(known.answers(), known.evidence(), notes, known.askNextTime(), false,
                    at -> history.record(id, FieldKey.note(question), actor.username(), at, current, stored));
        });
        if (quick != null) {
            return quick;
        }
        DiscoverySession session = editable(actor, id);
        String current = session.storedNote(question);
        String cleaned = CleanText.of(after);
        if (sameAnswer(current, cleaned)) {
            return saved(session);
        }
        if (!sameAnswer(current, CleanText.of(before))) {
            throw new EditConflictException(current, session.getVersion(), session.getUpdatedAt());
        }
        session.note(question, cleaned, clock.instant());
        history.record(id, FieldKey.note(question), actor.username(), session.getUpdatedAt(), current,
                session.storedNote(question));
        return saved(session);
    }

    /** Marks an answer field "ask at the next meeting" or clears the mark; both are idempotent. */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved askNextTime(Actor actor, long id, AnswerField field, boolean ask) {
        Saved quick = hotSave(actor, id, known -> {
            if (known.askNextTime().contains(field) == ask) {
                return null;
            }
            Set<AnswerField> marks = EnumSet.noneOf(AnswerField.class);
            marks.addAll(known.askNextTime());
            if (ask) {
                marks.add(field);
            } else {
                marks.remove(field);
            }
            return new HotChange(known.answers(), known.evidence(), known.notes(), marks, false,
                    at -> writes.mark(id, field, ask));
        });
        if (quick != null) {
            return quick;
        }
        DiscoverySession session = editable(actor, id);
        session.askNextTime(field, ask, clock.instant());
        return saved(session);
    }

    /** The notes and "ask at the next meeting" marks, for whoever may see the session. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public MeetingNotes meetingNotes(Actor actor, long id) {
        DiscoverySession session = visible(actor, id);
        return new MeetingNotes(session.notes(), session.askNextTime());
    }

    /**
     * Tags where one answer comes from (the client said it, our assumption, checked with data), with
     * no view of what was there before: the tap wins. Views use the five-argument form, which follows
     * the conflict rule.
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved saveEvidence(Actor actor, long id, AnswerField field, Evidence evidence) {
        Evidence tag = evidence == Evidence.CLIENT_SAID ? null : evidence;
        Saved quick = hotSave(actor, id, known -> {
            Evidence current = known.evidence().get(field);
            if (current == tag) {
                return null;
            }
            Map<AnswerField, Evidence> tags = new EnumMap<>(AnswerField.class);
            tags.putAll(known.evidence());
            put(tags, field, tag);
            return new HotChange(known.answers(), tags, known.notes(), known.askNextTime(), true,
                    at -> writes.evidence(id, field, current, tag));
        });
        if (quick != null) {
            return quick;
        }
        DiscoverySession session = editable(actor, id);
        session.tag(field, evidence, clock.instant());
        return saved(session);
    }

    /**
     * Tags where one answer comes from, under the conflict rule of {@link #saveAnswer}: {@code before}
     * is the tag the user saw when they tapped; when someone else changed it since (and to something
     * else than this tap), nothing is written and {@link EditConflictException} carries their tag's
     * name, so a colleague's tag is never silently overwritten. A tag needs no answer yet.
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved saveEvidence(Actor actor, long id, AnswerField field, Evidence before, Evidence after) {
        Evidence mine = after == null ? Evidence.CLIENT_SAID : after;
        Evidence seen = before == null ? Evidence.CLIENT_SAID : before;
        Saved quick = hotSave(actor, id, known -> {
            Evidence current = known.evidence().get(field);
            Evidence shown = current == null ? Evidence.CLIENT_SAID : current;
            if (shown == mine || shown != seen) {
                return null;
            }
            Evidence tag = mine == Evidence.CLIENT_SAID ? null : mine;
            Map<AnswerField, Evidence> tags = new EnumMap<>(AnswerField.class);
            tags.putAll(known.evidence());
            put(tags, field, tag);
            return new HotChange(known.answers(), tags, known.notes(), known.askNextTime(), true,
                    at -> writes.evidence(id, field, current, tag));
        });
        if (quick != null) {
            return quick;
        }
        DiscoverySession session = editable(actor, id);
        Evidence stored = session.evidence(field);
        if (stored == mine) {
            return saved(session);
        }
        if (stored != (before == null ? Evidence.CLIENT_SAID : before)) {
            throw new EditConflictException(stored.name(), session.getVersion(), session.getUpdatedAt());
        }
        session.tag(field, mine, clock.instant());
        return saved(session);
    }

    /**
     * Saves the header property by property: what the user changed ({@code after} against
     * {@code before}) is written, everything else keeps what is stored, so two people editing
     * different header fields both keep their change. A property the user changed that someone else
     * changed too since {@code before} is a conflict, on every save, whatever the versions.
     */
    @Transactional(timeout = SAVE_TIMEOUT_SECONDS)
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    @Timed("discovery.saves")
    public Saved saveHeader(Actor actor, long id, long expectedVersion, SessionHeader before,
            SessionHeader after) {
        SessionHeader mine = after.cleaned();
        validate(mine);
        DiscoverySession session = editable(actor, id);
        SessionHeader stored = session.getHeader();
        SessionHeader base = before == null ? stored : before.cleaned();
        Set<String> changedByMe = SessionHeader.differences(base, mine);
        Set<String> changedMeanwhile = SessionHeader.differences(base, stored);
        Set<String> stillDifferent = SessionHeader.differences(stored, mine);
        if (changedByMe.stream().anyMatch(name -> changedMeanwhile.contains(name) && stillDifferent.contains(name))) {
            throw new EditConflictException(null, session.getVersion(), session.getUpdatedAt());
        }
        SessionHeader merged = stored.withPropertiesOf(mine, changedByMe);
        if (!merged.equals(stored)) {
            session.describe(merged, clock.instant());
            // One row per property changed: a save from the header step changes one.
            for (String property : SessionHeader.differences(stored, session.getHeader())) {
                history.record(id, FieldKey.header(property), actor.username(), session.getUpdatedAt(),
                        text(stored.property(property)), text(session.getHeader().property(property)));
            }
        }
        return saved(session);
    }

    /**
     * What the engine makes of the session: live while it is a draft, the kept assessment once it is
     * completed (so a brief exported later shows what was recommended at the time).
     */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public SessionAssessment assessment(Actor actor, long id) {
        return assessmentOf(visible(actor, id));
    }

    /** As {@link #assessment(Actor, long)}, for a session already read (a shared brief has no actor). */
    SessionAssessment assessmentOf(DiscoverySession session) {
        if (session.getAssessmentSnapshot() != null) {
            return new SessionAssessment(snapshots.read(session.getAssessmentSnapshot()), true,
                    session.changedSinceAssessment());
        }
        return new SessionAssessment(engine.assess(session.answers()), false, false);
    }

    /** The session's review comments, oldest first, for whoever may see the session. */
    public List<Comment> comments(Actor actor, long id) {
        return visible(actor, id).comments();
    }

    /** Completes the session and keeps its assessment with the rules version that made it. */
    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved complete(Actor actor, long id) {
        DiscoverySession session = editable(actor, id);
        session.complete(actor.username(), snapshots.write(engine.assess(session.answers())), StrategyEngine.RULES_VERSION,
                clock.instant());
        return saved(session);
    }

    /** The explicit action that replaces a kept assessment with one made by today's rules. */
    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public Saved recompute(Actor actor, long id) {
        DiscoverySession session = editable(actor, id);
        session.keepAssessment(snapshots.write(engine.assess(session.answers())), StrategyEngine.RULES_VERSION,
                clock.instant());
        return saved(session);
    }

    private Saved saved(DiscoverySession session) {
        DiscoverySession flushed = sessions.saveAndFlush(session);
        hot.rememberAfterCommit(flushed.hot());
        return new Saved(flushed.getVersion(), flushed.getUpdatedAt());
    }

    /**
     * A change worked out on the session as this node last knew it: the answers, evidence, notes and
     * marks after it, whether the list columns need recomputing, and what it writes besides the
     * session's row (an answer's or a note's history row; an evidence tag's or a mark's own row).
     */
    private record HotChange(Map<AnswerField, String> answers, Map<AnswerField, Evidence> evidence,
            Map<Question, String> notes, Set<AnswerField> askNextTime, boolean reassess, Consumer<Instant> write) {
    }

    /**
     * Saves without reading the session: two statements when this node knows the session at its
     * stored version (see {@link HotSessions}) — the session's row (with the answers' or notes'
     * document when one of them changed) and the one other row the change writes. Null when the ordinary path must decide — the session
     * is not known here or changed meanwhile, the actor may not change it, or {@code change} finds
     * nothing to write or a conflict (the ordinary path reads what is stored and says so).
     */
    private Saved hotSave(Actor actor, long id, Function<HotSession, HotChange> change) {
        HotSession known = hot.get(id);
        if (known == null) {
            return null;
        }
        Actor now = access.worksWithSessions(actor);
        if (!now.maySee(known.owner()) || !now.mayEdit(known.owner())) {
            return null;
        }
        HotChange changed = change.apply(known);
        if (changed == null) {
            return null;
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DiscoverySession.ListColumns columns = changed.reassess()
                ? DiscoverySession.ListColumns.of(known.header(), changed.answers(), changed.evidence())
                : null;
        HotWrites.RowChange row = new HotWrites.RowChange(columns,
                changed.answers().equals(known.answers()) ? null : changed.answers(),
                changed.notes().equals(known.notes()) ? null : changed.notes());
        if (!writes.bump(id, known.version(), at, row)) {
            hot.forget(id);
            return null;
        }
        changed.write().accept(at);
        HotSession next = new HotSession(id, known.version() + 1, at, known.owner(), known.header(), changed.answers(),
                changed.evidence(), changed.notes(), changed.askNextTime());
        hot.rememberAfterCommit(next);
        return new Saved(next.version(), at);
    }

    private static <K, V> void put(Map<K, V> map, K key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private DiscoverySession visible(Actor actor, long id) {
        return access.visible(actor, id);
    }

    /** The session for someone who may change it as they are now (issue 19: the exports' section choice). */
    DiscoverySession changeable(Actor actor, long id) {
        return access.editable(actor, id);
    }

    /** Whether the actor, as they are now, may change the session (a question, never a refusal). */
    boolean mayChange(Actor actor, long id) {
        return access.mayChange(actor, id);
    }

    /** The session for someone who may publish or revoke a link to its brief as they are now (issue 19). */
    DiscoverySession shareable(Actor actor, long id) {
        return access.shareable(actor, id);
    }

    /** Refused with access denied when the actor, as they are now, may see the session but not change it. */
    private DiscoverySession editable(Actor actor, long id) {
        return access.editable(actor, id);
    }

    private void validate(SessionHeader header) {
        for (ConstraintViolation<SessionHeader> violation : validator.validate(header)) {
            String property = violation.getPropertyPath().toString();
            boolean tooLong = violation.getConstraintDescriptor().getAnnotation() instanceof jakarta.validation.constraints.Size;
            throw new InvalidInputException("header." + property,
                    tooLong ? "validation.too-long" : "validation.required", tooLong ? Limits.NAME : 0);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> choice ? choice.name() : value.toString();
    }

    private static boolean sameAnswer(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String likePattern(String filter) {
        String text = filter == null ? "" : CleanText.line(filter).strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
