package com.discoverybrief.discovery;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sessions open on this node as they stood at their last known version, so that autosave writes
 * without reading the session first. Never trusted blindly: a save writes only where the row still has
 * the remembered version ({@code ... where id = ? and version = ?}), so a change by anyone else — on
 * this node or another, a review step, a delete — makes the save take the ordinary path that reads the
 * session. An entry is remembered only once its transaction committed, so a rolled-back save can never
 * leave a version in memory that the database does not have. Bounded (least recently used goes first).
 */
@Component
class HotSessions {

    static final int CAPACITY = 2_000;

    private final Map<Long, HotSession> byId = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, HotSession> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized HotSession get(long id) {
        return byId.get(id);
    }

    synchronized void forget(long id) {
        byId.remove(id);
    }

    synchronized int size() {
        return byId.size();
    }

    /** Remembers the session once the current transaction commits (at once when there is none). */
    void rememberAfterCommit(HotSession session) {
        forget(session.id());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remember(session);
                }
            });
        } else {
            remember(session);
        }
    }

    private synchronized void remember(HotSession session) {
        HotSession known = byId.get(session.id());
        if (known == null || known.version() <= session.version()) {
            byId.put(session.id(), session);
        }
    }
}
