package com.discoverybrief.discovery;

import com.discoverybrief.strategy.Adjustment;
import java.time.Instant;

/**
 * One line of a session's timeline. {@code change} is set for a changed field; {@code detail} holds
 * the new status's name for a status change, the text for a comment, and the reason for an
 * adjustment of the plan ({@code adjustment} says what it did).
 */
public record TimelineEntry(Instant at, String actor, Kind kind, Change change, String detail, Adjustment adjustment) {

    public enum Kind { STARTED, CHANGE, STATUS, COMMENT, BRIEF_EXPORT, ADJUSTED, ADJUSTMENT_WITHDRAWN }

    public TimelineEntry(Instant at, String actor, Kind kind, Change change, String detail) {
        this(at, actor, kind, change, detail, null);
    }
}
