package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.util.Set;
import java.util.UUID;

/** Actors and sessions for discovery tests. Usernames are unique per call so tests never share data. */
public final class DiscoveryFixtures {

    private DiscoveryFixtures() {
    }

    public static Actor salesperson() {
        return actor(Role.SALES);
    }

    public static Actor accountManager() {
        return actor(Role.ACCOUNT_MANAGER);
    }

    public static Actor lead() {
        return actor(Role.LEAD);
    }

    public static Actor actor(Role... roles) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        return new Actor(name, name, Set.of(roles));
    }
}
