package com.discoverybrief.discovery;

import java.time.Instant;

/**
 * One row of a session list, read as a projection so lists never load answers.
 *
 * @param latestComment the newest review comment, if any, so a returned session says what to work on
 */
public record SessionSummary(long id, String clientCompany, String industry, SessionStatus status,
        Instant updatedAt, String latestComment) {
}
