package com.discoverybrief.accounts;

import java.util.List;

/**
 * Published under the {@code demo} profile once the demo users were created (only on the start that
 * created them), so that features can seed sample data owned by them.
 */
public record DemoUsersCreated(List<Actor> users) {

    public DemoUsersCreated {
        users = List.copyOf(users);
    }

    /** The first demo user holding the role. */
    public Actor withRole(Role role) {
        return users.stream().filter(user -> user.has(role)).findFirst().orElseThrow();
    }
}
