package com.discoverybrief.discovery;

import java.time.Instant;

/**
 * A share link as the session screen shows it (never its token: only its creator saw that, once).
 *
 * @param id            the link's id, to revoke it
 * @param createdAt     when it was made
 * @param createdBy     who made it, by display name
 * @param expiresAt     when it stops opening
 * @param revokedAt     when it was revoked, or {@code null}
 * @param openedCount   how often the brief was opened through it
 * @param firstOpenedAt the first opening, or {@code null} when never opened
 * @param lastOpenedAt  the latest opening, or {@code null}
 * @param active        whether it opened the brief when it was read
 */
public record BriefShare(long id, Instant createdAt, String createdBy, Instant expiresAt, Instant revokedAt,
        int openedCount, Instant firstOpenedAt, Instant lastOpenedAt, boolean active) {
}
