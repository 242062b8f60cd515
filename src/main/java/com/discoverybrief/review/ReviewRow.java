package com.discoverybrief.review;

import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.Channel;
import java.time.Instant;

/**
 * One line of the review grid, read as a projection of the session row: no answers, no collections.
 * {@code adjustments} is how many adjustments of the plan are in force (issue 19): the "adjusted" marker.
 */
public record ReviewRow(long id, String clientCompany, String industry, String owner, SessionStatus status,
        int readiness, Channel topChannel, Instant updatedAt, int adjustments) {

    public ReviewRow(long id, String clientCompany, String industry, String owner, SessionStatus status,
            int readiness, Channel topChannel, Instant updatedAt) {
        this(id, clientCompany, industry, owner, status, readiness, topChannel, updatedAt, 0);
    }

    /** Whether an account manager adjusted the engine's plan. */
    public boolean adjusted() {
        return adjustments > 0;
    }
}
