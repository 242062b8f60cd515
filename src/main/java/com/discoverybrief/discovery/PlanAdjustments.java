package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.base.PlainText;
import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.Adjustments;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account manager's last word on a session (issue 19): adjustments of the engine's
 * recommendations, each with a reason, and the agency note for the client. The engine's output is
 * never changed; the adjustments are kept with the session and laid over it whenever the plan is read
 * ({@link Adjustments#apply}), so after a recompute the ones whose recommendation vanished are flagged
 * for review instead of being dropped.
 *
 * <p>Account managers adjust and write the note; whoever may see the session (its salesperson, leads)
 * sees the final plan, who adjusted what and why. Two colleagues adjusting one session at once never
 * overwrite each other: each adjustment hands back the plan revision its author saw, and a plan
 * changed since is refused with {@link EditConflictException} (the session's version guards the
 * moment between the check and the write). The note follows the answers' rule: the value the author
 * started from must still be the one stored.
 */
@Service
@Transactional(readOnly = true)
public class PlanAdjustments {

    /** A reason in plain words, at most this long. */
    public static final int REASON_LIMIT = 500;
    /** The agency note, at most this long: it has to fit under the plan on page 1. */
    public static final int NOTE_LIMIT = 2_000;

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final SessionAccess access;
    private final DiscoveryService discovery;
    private final DiscoverySessionRepository sessions;
    private final SessionAdjustmentRepository adjustments;
    private final SessionHistory history;
    private final HotSessions hot;
    private final People people;
    private final Clock clock;

    PlanAdjustments(SessionAccess access, DiscoveryService discovery, DiscoverySessionRepository sessions,
            SessionAdjustmentRepository adjustments, SessionHistory history, HotSessions hot, People people,
            Clock clock) {
        this.access = access;
        this.discovery = discovery;
        this.sessions = sessions;
        this.adjustments = adjustments;
        this.history = history;
        this.hot = hot;
        this.people = people;
        this.clock = clock;
    }

    /** The final plan, for whoever may see the session. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public AdjustedPlan plan(Actor actor, long sessionId) {
        DiscoverySession session = access.visible(actor, sessionId);
        return plan(actor, session);
    }

    /**
     * Makes one adjustment with its reason. {@code seenRevision} is the plan revision the author was
     * shown ({@link AdjustedPlan#revision()}); when the plan changed since, nothing is written.
     *
     * @throws InvalidInputException  the reason is blank or too long (field {@code adjustment.reason}),
     *                                or the adjustment does not apply to the plan as it is
     * @throws EditConflictException  a colleague adjusted the plan since the author saw it
     */
    @Transactional(timeout = DiscoveryService.SAVE_TIMEOUT_SECONDS)
    @RolesAllowed("ACCOUNT_MANAGER")
    public AdjustedPlan adjust(Actor actor, long sessionId, int seenRevision, Adjustment adjustment, String reason) {
        Objects.requireNonNull(adjustment, "adjustment");
        String cleaned = reason(reason);
        DiscoverySession session = access.adjustable(actor, sessionId);
        checkRevision(session, seenRevision);
        List<SessionAdjustment> inForce = inForce(sessionId);
        List<Adjustment> after = new ArrayList<>(inForce.stream().map(SessionAdjustment::adjustment).toList());
        after.add(adjustment);
        var engine = discovery.assessment(actor, sessionId).assessment().recommendations();
        if (Adjustments.apply(engine, after).stale().contains(after.size() - 1)) {
            throw new InvalidInputException("adjustment.kind", "adjustment.not-applicable", 0);
        }
        Instant now = clock.instant();
        adjustments.save(new SessionAdjustment(sessionId, adjustment, cleaned, actor.username(), now));
        session.planAdjusted(inForce.size() + 1);
        save(session);
        AUDIT.info("'{}' adjusted the plan of session {}: {} {}", actor.username(), sessionId, adjustment.kind(),
                adjustment.channel());
        return plan(actor, session);
    }

    /**
     * Withdraws one adjustment in force (e.g. one flagged because it no longer applies); the row stays
     * for the history. Same revision rule as {@link #adjust}.
     */
    @Transactional(timeout = DiscoveryService.SAVE_TIMEOUT_SECONDS)
    @RolesAllowed("ACCOUNT_MANAGER")
    public AdjustedPlan withdraw(Actor actor, long sessionId, int seenRevision, long adjustmentId) {
        DiscoverySession session = access.adjustable(actor, sessionId);
        checkRevision(session, seenRevision);
        SessionAdjustment adjustment = adjustments.findById(adjustmentId)
                .filter(a -> a.sessionId() == sessionId && a.inForce())
                .orElseThrow(() -> new EditConflictException(null, session.getVersion(), session.getUpdatedAt()));
        int inForceBefore = inForce(sessionId).size();
        adjustment.withdraw(actor.username(), clock.instant());
        session.planAdjusted(inForceBefore - 1);
        save(session);
        AUDIT.info("'{}' withdrew an adjustment of session {}: {} {}", actor.username(), sessionId,
                adjustment.adjustment().kind(), adjustment.adjustment().channel());
        return plan(actor, session);
    }

    /**
     * Saves the agency note. {@code before} is the note the author started from: when the stored note
     * no longer equals it, a colleague changed it meanwhile, nothing is written and
     * {@link EditConflictException} carries their note.
     *
     * @throws InvalidInputException longer than {@link #NOTE_LIMIT} (field {@code agency-note})
     */
    @Transactional(timeout = DiscoveryService.SAVE_TIMEOUT_SECONDS)
    @RolesAllowed("ACCOUNT_MANAGER")
    public AdjustedPlan saveAgencyNote(Actor actor, long sessionId, String before, String after) {
        String mine = blankToNull(PlainText.of(after));
        if (mine != null) {
            mine = mine.strip();
            if (mine.length() > NOTE_LIMIT) {
                throw new InvalidInputException("agency-note", "validation.too-long", NOTE_LIMIT);
            }
        }
        DiscoverySession session = access.adjustable(actor, sessionId);
        String stored = session.getAgencyNote();
        if (Objects.equals(stored, mine)) {
            return plan(actor, session);
        }
        String seen = before == null ? null : blankToNull(PlainText.of(before));
        if (!Objects.equals(stored, seen == null ? null : seen.strip())) {
            throw new EditConflictException(stored, session.getVersion(), session.getUpdatedAt());
        }
        session.agencyNote(mine);
        save(session);
        history.record(sessionId, FieldKey.agencyNote(), actor.username(), clock.instant(), stored, mine);
        AUDIT.info("'{}' changed the agency note of session {}", actor.username(), sessionId);
        return plan(actor, session);
    }

    /** Every adjustment made on a session, withdrawn ones too, for its timeline. */
    List<SessionAdjustment> all(long sessionId) {
        return adjustments.findBySessionIdOrderByIdAsc(sessionId);
    }

    private AdjustedPlan plan(Actor actor, DiscoverySession session) {
        return planOf(session);
    }

    /**
     * The final plan of a session already read, without an actor: for a shared brief (issue 19), whose
     * link was made by an account manager who could see the session.
     */
    AdjustedPlan planOf(DiscoverySession session) {
        SessionAssessment assessment = discovery.assessmentOf(session);
        List<SessionAdjustment> inForce = inForce(session.getId());
        Adjustments.Adjusted adjusted = Adjustments.apply(assessment.assessment().recommendations(),
                inForce.stream().map(SessionAdjustment::adjustment).toList());
        Map<String, String> names = people.displayNames(inForce.stream().map(SessionAdjustment::author).distinct().toList());
        List<PlanAdjustment> views = new ArrayList<>();
        for (int i = 0; i < inForce.size(); i++) {
            SessionAdjustment a = inForce.get(i);
            views.add(new PlanAdjustment(a.id(), a.adjustment(), a.reason(), names.getOrDefault(a.author(), a.author()),
                    a.madeAt(), adjusted.applies(i)));
        }
        return new AdjustedPlan(assessment, adjusted.recommendations(), views, adjusted.added(),
                session.getPlanRevision(), session.getAgencyNote());
    }

    private List<SessionAdjustment> inForce(long sessionId) {
        return adjustments.findBySessionIdOrderByIdAsc(sessionId).stream().filter(SessionAdjustment::inForce).toList();
    }

    private static void checkRevision(DiscoverySession session, int seenRevision) {
        if (session.getPlanRevision() != seenRevision) {
            throw new EditConflictException(null, session.getVersion(), session.getUpdatedAt());
        }
    }

    private void save(DiscoverySession session) {
        DiscoverySession flushed = sessions.saveAndFlush(session);
        hot.rememberAfterCommit(flushed.hot());
    }

    /** The reason in plain words: control characters cleaned, required, at most {@link #REASON_LIMIT}. */
    static String reason(String reason) {
        String cleaned = reason == null ? "" : PlainText.of(reason).strip();
        if (PlainText.looksBlank(cleaned)) {
            throw new InvalidInputException("adjustment.reason", "validation.required", 0);
        }
        if (cleaned.length() > REASON_LIMIT) {
            throw new InvalidInputException("adjustment.reason", "validation.too-long", REASON_LIMIT);
        }
        return cleaned;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
