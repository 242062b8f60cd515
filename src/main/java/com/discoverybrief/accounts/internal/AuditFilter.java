package com.discoverybrief.accounts.internal;

import java.time.LocalDate;

/**
 * What the administrator looks for in the audit trail; every part may be empty. {@code username}
 * matches any part of the name, ignoring case; the dates are whole days, both included.
 */
public record AuditFilter(String username, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
