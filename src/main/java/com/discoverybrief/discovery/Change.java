package com.discoverybrief.discovery;

import java.time.Instant;

/**
 * One version of a field as the history shows it: who changed it when, from what to what. A burst of
 * saves by one person (typing) is shown as one change, from the first value to the last.
 */
public record Change(long id, FieldKey field, String author, Instant at, String before, String after) {
}
