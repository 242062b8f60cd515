package com.discoverybrief.discovery;

import java.time.Instant;

/** One row of a session list, read as a projection so lists never load answers. */
public record SessionSummary(long id, String clientCompany, String industry, SessionStatus status,
        Instant updatedAt) {
}
