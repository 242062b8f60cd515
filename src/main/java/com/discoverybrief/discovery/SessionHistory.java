package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every saved change of a session's answers, notes and header, and its timeline. Visible to whoever
 * may see the session; nothing here changes a change. Restoring an old version is an ordinary save
 * through {@link DiscoveryService}, so it meets the normal conflict rule and is itself a new change.
 *
 * <p>Each save appends one row ({@link #record}); a burst of saves by one person on one field (the
 * wizard saves every half second while someone types) is coalesced here, when read, into one change
 * from the value before the burst to the value after it.
 */
@Service
@Transactional(readOnly = true)
public class SessionHistory {

    /** Saves by one person on one field less than this apart are one change. */
    public static final Duration BURST = Duration.ofMinutes(2);

    private final SessionAccess access;
    private final SessionChangeRepository changes;
    private final SessionBriefExportRepository exports;
    private final SessionAdjustmentRepository adjustments;

    SessionHistory(SessionAccess access, SessionChangeRepository changes, SessionBriefExportRepository exports,
            SessionAdjustmentRepository adjustments) {
        this.adjustments = adjustments;
        this.access = access;
        this.changes = changes;
        this.exports = exports;
    }

    /** The versions of one field, newest first, bursts coalesced. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public List<Change> versions(Actor actor, long sessionId, FieldKey field) {
        access.visible(actor, sessionId);
        List<Change> coalesced = new ArrayList<>(
                coalesce(changes.findField(sessionId, field.key()).stream().map(SessionChange::view).toList()));
        Collections.reverse(coalesced);
        return coalesced;
    }

    /** Changes, status changes, comments, brief exports and plan adjustments of one session, oldest first. */
    @RolesAllowed({"SALES", "ACCOUNT_MANAGER", "LEAD"})
    public List<TimelineEntry> timeline(Actor actor, long sessionId) {
        DiscoverySession session = access.visible(actor, sessionId);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(session.getCreatedAt(), session.getOwner(), TimelineEntry.Kind.STARTED, null, null));
        for (Change change : coalesce(changes.findSession(sessionId).stream().map(SessionChange::view).toList())) {
            entries.add(new TimelineEntry(change.at(), change.author(), TimelineEntry.Kind.CHANGE, change, null));
        }
        for (StatusChange status : session.history()) {
            entries.add(new TimelineEntry(status.at(), status.actor(), TimelineEntry.Kind.STATUS, null, status.status().name()));
        }
        for (Comment comment : session.comments()) {
            entries.add(new TimelineEntry(comment.writtenAt(), comment.author(), TimelineEntry.Kind.COMMENT, null, comment.text()));
        }
        for (SessionBriefExport export : exports.findBySessionIdOrderByExportedAtAscIdAsc(sessionId)) {
            entries.add(new TimelineEntry(export.exportedAt(), export.actor(), TimelineEntry.Kind.BRIEF_EXPORT, null, null));
        }
        for (SessionAdjustment adjustment : adjustments.findBySessionIdOrderByIdAsc(sessionId)) {
            entries.add(new TimelineEntry(adjustment.madeAt(), adjustment.author(), TimelineEntry.Kind.ADJUSTED, null,
                    adjustment.reason(), adjustment.adjustment()));
            if (!adjustment.inForce()) {
                entries.add(new TimelineEntry(adjustment.withdrawnAt(), adjustment.withdrawnBy(),
                        TimelineEntry.Kind.ADJUSTMENT_WITHDRAWN, null, adjustment.reason(), adjustment.adjustment()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** Every change of a session as saved, oldest first, not coalesced: for the JSON export. */
    List<Change> allChanges(long sessionId) {
        return changes.findSession(sessionId).stream().map(SessionChange::view).toList();
    }

    /** Appends one change: an autosave's second statement, after the session's row. */
    @Transactional
    void record(long sessionId, FieldKey field, String author, Instant at, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.save(new SessionChange(sessionId, field, author, at, before, after));
        }
    }

    @Transactional
    void recordExport(long sessionId, String actor, Instant at) {
        exports.save(new SessionBriefExport(sessionId, actor, at));
    }

    /**
     * Merges consecutive saves of one field by one author less than {@link #BURST} apart (the list
     * may mix fields; it is in the order saved).
     */
    static List<Change> coalesce(List<Change> saved) {
        List<Change> result = new ArrayList<>();
        for (Change change : saved) {
            int last = lastOf(result, change.field());
            if (last >= 0) {
                Change previous = result.get(last);
                boolean sameBurst = previous.author().equals(change.author())
                        && Duration.between(previous.at(), change.at()).compareTo(BURST) < 0;
                if (sameBurst) {
                    result.set(last, new Change(change.id(), change.field(), change.author(), change.at(),
                            previous.before(), change.after()));
                    continue;
                }
            }
            result.add(change);
        }
        // A burst that came back to where it started changed nothing.
        result.removeIf(change -> Objects.equals(change.before(), change.after()));
        return result;
    }

    private static int lastOf(List<Change> changes, FieldKey field) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).field().equals(field)) {
                return i;
            }
        }
        return -1;
    }
}
