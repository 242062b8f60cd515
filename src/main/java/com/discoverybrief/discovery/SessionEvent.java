package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A status change as it happened: to which status, by whom, when. Appended, never changed. */
@Entity
@Table(name = "session_event")
class SessionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private SessionStatus status;

    @Column(name = "actor", length = Limits.USERNAME, nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected SessionEvent() {
        // for JPA
    }

    SessionEvent(SessionStatus status, String actor, Instant occurredAt) {
        this.status = status;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    StatusChange view() {
        return new StatusChange(status, actor, occurredAt);
    }
}
