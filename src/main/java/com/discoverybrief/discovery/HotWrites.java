package com.discoverybrief.discovery;

import com.discoverybrief.discovery.DiscoverySession.ListColumns;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The statements of a save that does not read the session first (see {@link HotSessions}): one update
 * of the session's row that moves its version, its last change and — when answers or their evidence
 * changed — its list columns, only where the row still has the version the save relied on; then one
 * write of the row that changed (an answer, a note, an evidence tag or an "ask next time" mark).
 * Never the header's other columns or the kept assessment.
 */
@Component
class HotWrites {

    @PersistenceContext
    private EntityManager entityManager;

    /** Moves the session from {@code version} to the next; false when it is no longer at {@code version}. */
    boolean bump(long id, long version, Instant at, ListColumns columns) {
        Query update;
        if (columns == null) {
            update = entityManager.createNativeQuery(
                    "update discovery_session set version = version + 1, updated_at = ? where id = ? and version = ?");
            update.setParameter(1, at).setParameter(2, id).setParameter(3, version);
        } else {
            String topChannel = columns.topChannel() == null ? "null" : "?";
            update = entityManager.createNativeQuery("update discovery_session set version = version + 1, updated_at = ?,"
                    + " readiness = ?, readiness_macro = ?, readiness_meso = ?, readiness_micro = ?, search_text = ?,"
                    + " top_channel = " + topChannel + " where id = ? and version = ?");
            int i = 1;
            update.setParameter(i++, at).setParameter(i++, columns.readiness()).setParameter(i++, columns.macro())
                    .setParameter(i++, columns.meso()).setParameter(i++, columns.micro())
                    .setParameter(i++, columns.searchText());
            if (columns.topChannel() != null) {
                update.setParameter(i++, columns.topChannel().name());
            }
            update.setParameter(i++, id).setParameter(i, version);
        }
        return update.executeUpdate() == 1;
    }

    void answer(long id, AnswerField field, String was, String now) {
        row("session_answer", "field", field.name(), "answer", id, was, now);
    }

    void note(long id, Question question, String was, String now) {
        row("session_note", "question", question.name(), "note", id, was, now);
    }

    void evidence(long id, AnswerField field, Evidence was, Evidence now) {
        row("session_answer_evidence", "field", field.name(), "evidence", id, was == null ? null : was.name(),
                now == null ? null : now.name());
    }

    void mark(long id, AnswerField field, boolean ask) {
        String sql = ask ? "insert into session_follow_up (session_id, field) values (?, ?)"
                : "delete from session_follow_up where session_id = ? and field = ?";
        expectOne(entityManager.createNativeQuery(sql).setParameter(1, id).setParameter(2, field.name()), id);
    }

    /** One keyed row of a session: inserted, updated or deleted as {@code was} and {@code now} say. */
    private void row(String table, String keyColumn, String key, String valueColumn, long id, String was, String now) {
        Query write;
        if (now == null) {
            write = entityManager.createNativeQuery("delete from " + table + " where session_id = ? and " + keyColumn + " = ?")
                    .setParameter(1, id).setParameter(2, key);
        } else if (was == null) {
            write = entityManager.createNativeQuery("insert into " + table + " (session_id, " + keyColumn + ", "
                    + valueColumn + ") values (?, ?, ?)").setParameter(1, id).setParameter(2, key).setParameter(3, now);
        } else {
            write = entityManager.createNativeQuery("update " + table + " set " + valueColumn + " = ? where session_id = ? and "
                    + keyColumn + " = ?").setParameter(1, now).setParameter(2, id).setParameter(3, key);
        }
        expectOne(write, id);
    }

    /** The version guard makes the remembered rows true; a row that is not there means they were not. */
    private static void expectOne(Query write, long id) {
        int rows = write.executeUpdate();
        if (rows != 1) {
            throw new IllegalStateException("Session " + id + " changed without a new version (" + rows + " rows)");
        }
    }
}
