package com.discoverybrief.accounts.internal;

/** What an audit trail entry records; the administrator filters by it. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCESS_DENIED,
    SETUP,
    USER_CREATED,
    USER_ENABLED,
    USER_DISABLED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    SESSION_DELETED,
    SESSIONS_HANDED_OVER,
    RETENTION_PURGE,
    BACKUP,
    PROFILE_CHANGED,
    SESSIONS_EXPORTED,
    SESSIONS_IMPORTED,
    PERSONAL_DATA_ERASED,
    PLAN_ADJUSTED,
    AGENCY_NOTE_CHANGED,
    BRIEF_SHARED,
    SHARE_REVOKED,
    /** A line of the audit log whose wording {@link AuditMessages} does not know yet. */
    OTHER
}
