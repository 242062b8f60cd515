package com.discoverybrief.discovery;

import java.time.Instant;

/** A comment on a session as readers see it. */
public record Comment(String author, Instant writtenAt, String text) {
}
