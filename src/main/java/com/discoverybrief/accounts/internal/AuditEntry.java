package com.discoverybrief.accounts.internal;

import java.time.Instant;

/**
 * One line of the audit trail: when, who (the acting or attempted username, or none for the system),
 * what, the full sentence, and from which client address.
 */
public record AuditEntry(Instant occurredAt, String username, AuditAction action, String detail, String clientAddress) {
}
