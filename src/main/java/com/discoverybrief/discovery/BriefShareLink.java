package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A read-only link to a session's brief on the web. Only the token's SHA-256 is kept, so a copy of the
 * database opens no brief. Deleted with its session.
 */
@Entity
@Table(name = "brief_share_link")
class BriefShareLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = Limits.USERNAME, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = Limits.USERNAME)
    private String revokedBy;

    @Column(name = "opened_count", nullable = false)
    private int openedCount;

    @Column(name = "first_opened_at")
    private Instant firstOpenedAt;

    @Column(name = "last_opened_at")
    private Instant lastOpenedAt;

    protected BriefShareLink() {
        // for JPA
    }

    BriefShareLink(long sessionId, String tokenHash, Instant createdAt, String createdBy, Instant expiresAt) {
        this.sessionId = sessionId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Whether the link still opens the brief at {@code now}. */
    boolean opens(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    Long id() {
        return id;
    }

    String createdBy() {
        return createdBy;
    }

    long sessionId() {
        return sessionId;
    }

    BriefShare view(String createdByName, Instant now) {
        return new BriefShare(id, createdAt, createdByName, expiresAt, revokedAt, openedCount, firstOpenedAt,
                lastOpenedAt, opens(now));
    }
}
