package com.discoverybrief.accounts.internal;

import java.util.Map;
import java.util.Optional;

/**
 * How each sentence of the audit log maps onto the trail's columns: the action, and which of the
 * sentence's values is the username and which the client address. The key is the sentence's pattern
 * exactly as the code logs it; AuditMessagesTest checks that every pattern in the code is listed.
 */
final class AuditMessages {

    /** The action, and the positions of the username and address among the arguments (-1: none). */
    record Shape(AuditAction action, int user, int address) {
    }

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("login of '{}' from {}", new Shape(AuditAction.LOGIN, 0, 1)),
            Map.entry("failed login for '{}' from {}: {}", new Shape(AuditAction.LOGIN_FAILED, 0, 1)),
            Map.entry("login refused for '{}' from {}: too many attempts", new Shape(AuditAction.LOGIN_THROTTLED, 0, 1)),
            Map.entry("access denied to '{}': {}", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("access denied to route '{}'", new Shape(AuditAction.ACCESS_DENIED, -1, -1)),
            Map.entry("access denied opening '{}': {}", new Shape(AuditAction.ACCESS_DENIED, -1, -1)),
            Map.entry("'{}' was refused session {} of '{}'", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' was refused changing session {} of '{}'", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' with roles {} was refused: {}", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' was refused the team statistics", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' with roles {} was refused the review list", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' was refused user administration: no longer an enabled administrator",
                    new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' was refused: the account is disabled or gone", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("session of '{}' ended: the account is disabled or gone", new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("session of '{}' ended: the password was changed or reset",
                    new Shape(AuditAction.ACCESS_DENIED, 0, -1)),
            Map.entry("'{}' was refused a current-password check: too many attempts",
                    new Shape(AuditAction.LOGIN_THROTTLED, 0, -1)),
            Map.entry("session of '{}' now has the roles {} instead of {}", new Shape(AuditAction.ROLES_CHANGED, 0, -1)),
            Map.entry("first administrator '{}' created by the setup", new Shape(AuditAction.SETUP, 0, -1)),
            Map.entry("'{}' changed their password", new Shape(AuditAction.PASSWORD_CHANGED, 0, -1)),
            Map.entry("'{}' created user '{}' with roles {}", new Shape(AuditAction.USER_CREATED, 0, -1)),
            Map.entry("'{}' {} user '{}'", new Shape(AuditAction.USER_ENABLED, 0, -1)),
            Map.entry("'{}' changed the roles of '{}' from {} to {}", new Shape(AuditAction.ROLES_CHANGED, 0, -1)),
            Map.entry("'{}' reset the password of '{}'", new Shape(AuditAction.PASSWORD_RESET, 0, -1)),
            Map.entry("'{}' changed the contact details of '{}'", new Shape(AuditAction.PROFILE_CHANGED, 0, -1)),
            Map.entry("demo user '{}' created with role {}", new Shape(AuditAction.USER_CREATED, -1, -1)),
            Map.entry("session deleted: id={} owner={} by={} at={}", new Shape(AuditAction.SESSION_DELETED, 2, -1)),
            Map.entry("{} sessions of '{}' handed over to '{}'", new Shape(AuditAction.SESSIONS_HANDED_OVER, 2, -1)),
            Map.entry("retention purge: {} drafts untouched since {} deleted by system at {}",
                    new Shape(AuditAction.RETENTION_PURGE, -1, -1)),
            Map.entry("'{}' backed up the database to {} ({} bytes)", new Shape(AuditAction.BACKUP, 0, -1)),
            Map.entry("nightly backup of the database to {} ({} bytes)", new Shape(AuditAction.BACKUP, -1, -1)),
            Map.entry("'{}' exported {} sessions as JSON", new Shape(AuditAction.SESSIONS_EXPORTED, 0, -1)),
            Map.entry("'{}' imported {} sessions from JSON", new Shape(AuditAction.SESSIONS_IMPORTED, 0, -1)),
            Map.entry("'{}' erased the personal data of session {} at {}: {}",
                    new Shape(AuditAction.PERSONAL_DATA_ERASED, 0, -1)),
            Map.entry("'{}' adjusted the plan of session {}: {} {}", new Shape(AuditAction.PLAN_ADJUSTED, 0, -1)),
            Map.entry("'{}' withdrew an adjustment of session {}: {} {}", new Shape(AuditAction.PLAN_ADJUSTED, 0, -1)),
            Map.entry("'{}' changed the agency note of session {}", new Shape(AuditAction.AGENCY_NOTE_CHANGED, 0, -1)),
            Map.entry("'{}' shared the brief of session {} until {}", new Shape(AuditAction.BRIEF_SHARED, 0, -1)),
            Map.entry("'{}' revoked a share link of session {}", new Shape(AuditAction.SHARE_REVOKED, 0, -1)));

    private AuditMessages() {
    }

    static Optional<Shape> shape(String pattern) {
        return Optional.ofNullable(SHAPES.get(pattern));
    }

    /** The action of this sentence; enabling and disabling share a pattern and differ in a word. */
    static AuditAction action(Shape shape, Object[] arguments) {
        if (shape.action() == AuditAction.USER_ENABLED && arguments != null && arguments.length > 1
                && "disabled".equals(String.valueOf(arguments[1]))) {
            return AuditAction.USER_DISABLED;
        }
        return shape.action();
    }

    static boolean known(String pattern) {
        return SHAPES.containsKey(pattern);
    }
}
