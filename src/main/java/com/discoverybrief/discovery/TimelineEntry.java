package com.discoverybrief.discovery;

import java.time.Instant;

/**
 * One line of a session's timeline. {@code change} is set for a changed field; {@code detail} holds
 * the new status's name for a status change and the text for a comment.
 */
public record TimelineEntry(Instant at, String actor, Kind kind, Change change, String detail) {

    public enum Kind { STARTED, CHANGE, STATUS, COMMENT, BRIEF_EXPORT }
}
