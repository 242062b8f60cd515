package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One brief export: who and when, for the session's timeline. Appended, never changed. */
@Entity
@Table(name = "session_brief_export")
class SessionBriefExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "actor", length = Limits.USERNAME, nullable = false)
    private String actor;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected SessionBriefExport() {
        // for JPA
    }

    SessionBriefExport(long sessionId, String actor, Instant exportedAt) {
        this.sessionId = sessionId;
        this.actor = actor;
        this.exportedAt = exportedAt;
    }

    String actor() {
        return actor;
    }

    Instant exportedAt() {
        return exportedAt;
    }
}
