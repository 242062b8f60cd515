package com.discoverybrief.accounts;

import java.util.Objects;
import java.util.Set;

/** The user on whose behalf a service method runs. Services take it as a parameter. */
public record Actor(String username, String displayName, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Account managers and leads see every session; a salesperson sees only their own. */
    public boolean seesAllSessions() {
        return has(Role.ACCOUNT_MANAGER) || has(Role.LEAD);
    }

    /** Salespeople edit their own sessions, account managers edit all; leads only read. */
    public boolean mayEdit(String owner) {
        return has(Role.ACCOUNT_MANAGER) || (has(Role.SALES) && username.equals(owner));
    }

    /** Salespeople and account managers run discovery sessions; leads and administrators do not. */
    public boolean mayStartSessions() {
        return has(Role.SALES) || has(Role.ACCOUNT_MANAGER);
    }

    public boolean maySee(String owner) {
        return seesAllSessions() || username.equals(owner);
    }
}
