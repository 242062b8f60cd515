package com.discoverybrief.discovery;

import com.discoverybrief.discovery.DiscoverySession.ListColumns;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The statements of a save that does not read the session first (see {@link HotSessions}): one update
 * of the session's row that moves its version, its last change and — when answers or their evidence
 * changed — its list columns, and — when an answer or a note changed — the answers' or the notes'
 * document ({@link TextDocument}), only where the row still has the version the save relied on. An
 * answer or a note is written by that update alone (its history row is the save's second statement);
 * an evidence tag or an "ask next time" mark is one more write of its own row. Never the header's
 * other columns or the kept assessment.
 */
@Component
class HotWrites {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * What a save changes on the session's row besides its version and last change; null where
     * nothing: the list columns, the answers' document, the notes' document.
     */
    record RowChange(ListColumns columns, Map<AnswerField, String> answers, Map<Question, String> notes) {
    }

    /** Moves the session from {@code version} to the next; false when it is no longer at {@code version}. */
    boolean bump(long id, long version, Instant at, RowChange change) {
        StringBuilder sql = new StringBuilder("update discovery_session set version = version + 1, updated_at = ?");
        List<Object> values = new ArrayList<>();
        values.add(at);
        ListColumns columns = change.columns();
        if (columns != null) {
            sql.append(", readiness = ?, readiness_macro = ?, readiness_meso = ?, readiness_micro = ?, search_text = ?");
            values.addAll(List.of(columns.readiness(), columns.macro(), columns.meso(), columns.micro(),
                    columns.searchText()));
            if (columns.topChannel() == null) {
                sql.append(", top_channel = null");
            } else {
                sql.append(", top_channel = ?");
                values.add(columns.topChannel().name());
            }
        }
        if (change.answers() != null) {
            sql.append(", answers = ?");
            values.add(TextDocument.write(change.answers()));
        }
        if (change.notes() != null) {
            sql.append(", notes = ?");
            values.add(TextDocument.write(change.notes()));
        }
        sql.append(" where id = ? and version = ?");
        values.add(id);
        values.add(version);
        Query update = entityManager.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 1, values.get(i));
        }
        return update.executeUpdate() == 1;
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
