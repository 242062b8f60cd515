package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Role;
import java.util.Set;

/** One row of the administration list. */
public record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled,
        boolean mustChangePassword) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    static UserSummary of(UserAccount user) {
        return new UserSummary(user.getUsername(), user.getDisplayName(), user.getRoles(), user.isEnabled(),
                user.mustChangePassword());
    }
}
