package com.discoverybrief.discovery;

import java.time.Instant;

/**
 * The same answer changed elsewhere since the user last saw it; nothing was overwritten.
 *
 * @param theirs the value now stored (stored form), so the user can compare and choose
 */
public class EditConflictException extends RuntimeException {

    private final String theirs;
    private final long currentVersion;
    private final Instant changedAt;

    public EditConflictException(String theirs, long currentVersion, Instant changedAt) {
        super("Changed elsewhere at " + changedAt);
        this.theirs = theirs;
        this.currentVersion = currentVersion;
        this.changedAt = changedAt;
    }

    public String theirs() {
        return theirs;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
