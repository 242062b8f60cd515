package com.discoverybrief.discovery;

import java.time.Instant;

/** A change that reached the database: the session's new version and when it was saved. */
public record Saved(long version, Instant savedAt) {
}
