package com.discoverybrief.review;

import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.Channel;
import java.time.Instant;

/** One line of the review grid, read as a projection of the session row: no answers, no collections. */
public record ReviewRow(long id, String clientCompany, String industry, String owner, SessionStatus status,
        int readiness, Channel topChannel, Instant updatedAt) {
}
