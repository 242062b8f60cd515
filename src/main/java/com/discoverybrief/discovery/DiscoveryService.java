package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.StrategyEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.annotation.Timed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

    private final DiscoverySessionRepository sessions;
    private final SessionAccess access;
    private final Validator validator;
    private final Clock clock;
    private final AssessmentSnapshots snapshots;
    private final StrategyEngine engine = new StrategyEngine();

    DiscoveryService(DiscoverySessionRepository sessions, SessionAccess access, Validator validator, Clock clock,
            ObjectMapper json) {
        this.sessions = sessions;
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
        return visible(actor, id);
    }

    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    public DiscoverySession start(Actor actor, String clientCompany, Locale language) {
        Actor owner = access.startsSessions(actor);
        SessionHeader header = SessionHeader.start(clientCompany == null ? null : clientCompany.strip(),
                LocalDate.now(clock), language);
        validate(header);
        return sessions.save(new DiscoverySession(owner.username(), header, clock.instant()));
    }

    /**
     * Saves one answer. {@code before} is the value the user started editing from: if the session
     * changed elsewhere since {@code expectedVersion} and this very answer no longer equals
     * {@code before}, nothing is written and {@link EditConflictException} says so. Changes to other
     * answers in between are no conflict.
     */
    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    @Timed("discovery.saves")
    public Saved saveAnswer(Actor actor, long id, long expectedVersion, AnswerField field, String before,
            String after) {
        DiscoverySession session = editable(actor, id);
        String current = session.storedAnswer(field);
        if (session.getVersion() != expectedVersion && !sameAnswer(current, before)) {
            throw new EditConflictException(current, session.getVersion(), session.getUpdatedAt());
        }
        session.answer(field, after, clock.instant());
        return saved(session);
    }

    /** Saves the header, with the same conflict rule as {@link #saveAnswer}. */
    @Transactional
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER"})
    @Timed("discovery.saves")
    public Saved saveHeader(Actor actor, long id, long expectedVersion, SessionHeader before,
            SessionHeader after) {
        validate(after);
        DiscoverySession session = editable(actor, id);
        if (session.getVersion() != expectedVersion && !session.getHeader().equals(before)) {
            throw new EditConflictException(null, session.getVersion(), session.getUpdatedAt());
        }
        session.describe(after, clock.instant());
        return saved(session);
    }

    /**
     * What the engine makes of the session: live while it is a draft, the kept assessment once it is
     * completed (so a brief exported later shows what was recommended at the time).
     */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public SessionAssessment assessment(Actor actor, long id) {
        DiscoverySession session = visible(actor, id);
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
        return new Saved(flushed.getVersion(), flushed.getUpdatedAt());
    }

    private DiscoverySession visible(Actor actor, long id) {
        return access.visible(actor, id);
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

    private static boolean sameAnswer(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String likePattern(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
