package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved change of an answer, a note or a header field: who, when, the value before and after.
 * Appended by every save that changed something and never changed; only erasing the client's personal
 * data deletes rows. Kept outside the session aggregate so that opening a session never loads it.
 */
@Entity
@Table(name = "session_change")
class SessionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "field", length = 60, nullable = false)
    private String field;

    @Column(name = "author", length = Limits.USERNAME, nullable = false)
    private String author;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "before_value", length = Limits.ANSWER)
    private String before;

    @Column(name = "after_value", length = Limits.ANSWER)
    private String after;

    protected SessionChange() {
        // for JPA
    }

    SessionChange(long sessionId, FieldKey field, String author, Instant changedAt, String before, String after) {
        this.sessionId = sessionId;
        this.field = field.key();
        this.author = author;
        this.changedAt = changedAt;
        this.before = before;
        this.after = after;
    }

    Change view() {
        return new Change(id, FieldKey.parse(field), author, changedAt, before, after);
    }
}
