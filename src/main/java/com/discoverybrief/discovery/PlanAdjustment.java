package com.discoverybrief.discovery;

import com.discoverybrief.strategy.Adjustment;
import java.time.Instant;

/**
 * One adjustment in force, as screens show it.
 *
 * @param id      its identity, to withdraw it
 * @param author  the display name of who made it
 * @param applies false when the engine's output changed since and it no longer applies: flagged for review
 */
public record PlanAdjustment(long id, Adjustment adjustment, String reason, String author, Instant madeAt,
        boolean applies) {
}
