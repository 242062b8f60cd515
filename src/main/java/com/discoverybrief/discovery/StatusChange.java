package com.discoverybrief.discovery;

import java.time.Instant;

/** Who moved a session to which status, and when. */
public record StatusChange(SessionStatus status, String actor, Instant at) {
}
