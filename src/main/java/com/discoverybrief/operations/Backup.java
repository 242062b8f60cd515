package com.discoverybrief.operations;

import java.time.Instant;

/** One backup file: its name, size and when it was written. */
public record Backup(String name, long bytes, Instant createdAt) {
}
