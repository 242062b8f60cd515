package com.discoverybrief.discovery;

/**
 * Where a session is in its life: {@code DRAFT → COMPLETED → REVIEWED}, or {@code COMPLETED → RETURNED}
 * with a lead's comment, and back to {@code COMPLETED} when the salesperson completes it again. The
 * aggregate guards the transitions.
 */
public enum SessionStatus {
    DRAFT, COMPLETED, REVIEWED, RETURNED;

    /** Whether a salesperson may complete a session in this status: the first time, or after it came back. */
    boolean mayComplete() {
        return this == DRAFT || this == RETURNED;
    }
}
