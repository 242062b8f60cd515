package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a session once the meeting is over: leads and account managers read it whole and
 * review it (mark reviewed, return it with a comment, comment), account managers delete it, and the
 * retention job purges drafts nobody touched. The access rules are {@link SessionAccess}'s, the same
 * as for the wizard; the aggregate refuses the steps its status does not allow.
 */
@Service
@Transactional(readOnly = true)
public class SessionReviews {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final DiscoverySessionRepository sessions;
    private final SessionAccess access;
    private final Clock clock;

    SessionReviews(DiscoverySessionRepository sessions, SessionAccess access, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession open(Actor actor, long id) {
        return read(access.reviewable(actor, id));
    }

    /**
     * Marks the session reviewed as the reviewer read it: {@code seen} is the last change of its content
     * on their screen ({@link ReviewedSession#updatedAt()}). When the salesperson (or anyone) changed an
     * answer, a note or the client since, the reviewer would accept words they never read: nothing is
     * written and {@link EditConflictException} says so, so the screen can show what is there now.
     */
    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession markReviewed(Actor actor, long id, Instant seen) {
        return step(actor, id, session -> {
            unchangedSince(session, seen);
            session.markReviewed(actor.username(), clock.instant());
        });
    }

    /**
     * Sends the session back to its salesperson with what to work on (the comment is required), refused
     * like {@link #markReviewed(Actor, long, Instant)} when the content changed since {@code seen}.
     */
    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession returnToOwner(Actor actor, long id, Instant seen, String comment) {
        return step(actor, id, session -> {
            unchangedSince(session, seen);
            session.returnToOwner(actor.username(), comment, clock.instant());
        });
    }

    private static void unchangedSince(DiscoverySession session, Instant seen) {
        java.util.Objects.requireNonNull(seen, "a decision is on what the reviewer saw");
        if (session.getUpdatedAt() != null && session.getUpdatedAt().isAfter(seen)) {
            throw new EditConflictException(null, session.getVersion(), session.getUpdatedAt());
        }
    }

    @Transactional
    @RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
    public ReviewedSession comment(Actor actor, long id, String text) {
        return step(actor, id, session -> session.comment(actor.username(), text, clock.instant()));
    }

    /** Deletes a session for good; only an account manager may, and the audit log says who did. */
    @Transactional
    @RolesAllowed("ACCOUNT_MANAGER")
    public void delete(Actor actor, long id) {
        DiscoverySession session = access.deletable(actor, id);
        sessions.delete(session);
        sessions.flush();
        AUDIT.info("session deleted: id={} owner={} by={} at={}", id, session.getOwner(), actor.username(),
                clock.instant());
    }

    /**
     * For the retention job, which acts for nobody: deletes the drafts nobody touched since
     * {@code cutoff}, with their answers, comments and events.
     *
     * @return how many drafts were deleted
     */
    @Transactional
    public int deleteDraftsUntouchedSince(Instant cutoff) {
        int deleted = sessions.deleteDraftsUntouchedSince(cutoff, SessionStatus.DRAFT);
        AUDIT.info("retention purge: {} drafts untouched since {} deleted by system at {}", deleted, cutoff,
                clock.instant());
        return deleted;
    }

    /** A review step on a session the actor may review now; written at once, so a race shows here. */
    private ReviewedSession step(Actor actor, long id, Consumer<DiscoverySession> change) {
        DiscoverySession session = access.reviewable(actor, id);
        change.accept(session);
        return read(sessions.saveAndFlush(session));
    }

    private static ReviewedSession read(DiscoverySession session) {
        Map<AnswerField, String> answers = new EnumMap<>(AnswerField.class);
        for (AnswerField field : AnswerField.values()) {
            String stored = session.storedAnswer(field);
            if (stored != null) {
                answers.put(field, stored);
            }
        }
        return new ReviewedSession(session.getId(), session.getOwner(), session.getStatus(), session.getHeader(),
                answers, session.comments(), session.history(), session.getUpdatedAt(), session.getBriefExportedAt());
    }
}
