package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one access policy for discovery sessions, used by every service of this feature. Each decision
 * starts from the actor as the database holds them now ({@link CurrentActor#revalidate}), never from
 * the roles a view captured when it opened. A session the actor may not see is reported as not found,
 * exactly like a missing one; a session they may see but not change is refused as access denied.
 *
 * <ul>
 * <li>see: its owner, account managers and leads;</li>
 * <li>change the content (answers, header, complete, recompute): its owner if a salesperson, and
 * account managers;</li>
 * <li>review (read it whole, mark reviewed, return, comment): leads and account managers;</li>
 * <li>delete: account managers;</li>
 * <li>adjust the plan and write the agency note: account managers (everyone who sees the session sees them).</li>
 * </ul>
 */
@Component
class SessionAccess {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final CurrentActor actors;
    private final DiscoverySessionRepository sessions;

    SessionAccess(CurrentActor actors, DiscoverySessionRepository sessions) {
        this.actors = actors;
        this.sessions = sessions;
    }

    /** The actor as they are now; refused when the account was disabled meanwhile. */
    Actor now(Actor actor) {
        return actors.revalidate(actor);
    }

    /** Someone who works with sessions at all: a salesperson, an account manager or a lead. */
    Actor worksWithSessions(Actor actor) {
        Actor now = now(actor);
        if (!now.mayStartSessions() && !now.seesAllSessions()) {
            throw refused(now, "work with sessions");
        }
        return now;
    }

    /** Someone who may start a session: a salesperson or an account manager. */
    Actor startsSessions(Actor actor) {
        Actor now = now(actor);
        if (!now.mayStartSessions()) {
            throw refused(now, "start sessions");
        }
        return now;
    }

    DiscoverySession visible(Actor actor, long id) {
        return visibleTo(worksWithSessions(actor), id);
    }

    DiscoverySession editable(Actor actor, long id) {
        Actor now = worksWithSessions(actor);
        DiscoverySession session = visibleTo(now, id);
        if (!now.mayEdit(session.getOwner())) {
            throw refused(now, "change session " + id + " of '" + session.getOwner() + "'");
        }
        return session;
    }

    DiscoverySession reviewable(Actor actor, long id) {
        Actor now = worksWithSessions(actor);
        if (!now.seesAllSessions()) {
            throw refused(now, "review session " + id);
        }
        return visibleTo(now, id);
    }

    /** Someone who may adjust the plan and write the agency note: an account manager. */
    DiscoverySession adjustable(Actor actor, long id) {
        Actor now = worksWithSessions(actor);
        if (!now.has(Role.ACCOUNT_MANAGER)) {
            throw refused(now, "adjust the plan of session " + id);
        }
        return visibleTo(now, id);
    }

    /** Whether the actor, as they are now, may change the session; asks, refuses nothing, logs nothing. */
    boolean mayChange(Actor actor, long id) {
        Actor now = now(actor);
        return now.mayStartSessions() && sessions.findById(id)
                .map(session -> now.maySee(session.getOwner()) && now.mayEdit(session.getOwner())).orElse(false);
    }

    /** Someone who may publish or revoke a public link to the session's brief: an account manager, now. */
    DiscoverySession shareable(Actor actor, long id) {
        Actor now = worksWithSessions(actor);
        if (!now.has(Role.ACCOUNT_MANAGER)) {
            throw refused(now, "share the brief of session " + id);
        }
        return visibleTo(now, id);
    }

    DiscoverySession deletable(Actor actor, long id) {
        Actor now = worksWithSessions(actor);
        if (!now.has(Role.ACCOUNT_MANAGER)) {
            throw refused(now, "delete session " + id);
        }
        return visibleTo(now, id);
    }

    /** Someone who may import sessions from a file: an account manager or an administrator. */
    Actor importsSessions(Actor actor) {
        Actor now = now(actor);
        if (!now.has(Role.ACCOUNT_MANAGER) && !now.has(Role.ADMIN)) {
            throw refused(now, "import sessions");
        }
        return now;
    }

    /** Someone who may erase a client's personal data: an account manager or an administrator. */
    DiscoverySession erasable(Actor actor, long id) {
        Actor now = now(actor);
        if (!now.has(Role.ACCOUNT_MANAGER) && !now.has(Role.ADMIN)) {
            throw refused(now, "erase personal data of session " + id);
        }
        return sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
    }

    private DiscoverySession visibleTo(Actor now, long id) {
        DiscoverySession session = sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
        if (!now.maySee(session.getOwner())) {
            AUDIT.warn("'{}' was refused session {} of '{}'", now.username(), id, session.getOwner());
            throw new SessionNotFoundException(id);
        }
        return session;
    }

    private static AccessDeniedException refused(Actor now, String what) {
        AUDIT.warn("'{}' with roles {} was refused: {}", now.username(), now.roles(), what);
        return new AccessDeniedException(now.username() + " may not " + what);
    }
}
