package com.discoverybrief.discovery;

import com.discoverybrief.brief.BriefChanges;
import java.time.Instant;

/**
 * One exported brief as the review screen lists it.
 *
 * @param number       1 for the first brief of the session
 * @param exportedAt   when it was exported
 * @param exportedBy   the display name of whoever exported it
 * @param rulesVersion the recommendation rules that made it
 * @param readiness    the overall readiness it showed, percent
 * @param changes      what it changed compared with the brief before it, or {@code null} for the first
 */
public record BriefVersionSummary(int number, Instant exportedAt, String exportedBy, String rulesVersion,
        int readiness, BriefChanges changes) {
}
