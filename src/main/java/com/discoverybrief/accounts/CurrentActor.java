package com.discoverybrief.accounts;

import java.util.EnumSet;
import org.springframework.stereotype.Component;

/**
 * Tells views who is acting. Until login exists there is one local user who owns every session and
 * holds every role; the accounts feature replaces this with the authenticated user.
 */
@Component
public class CurrentActor {

    /** The owner of sessions created before accounts existed; handed to the first administrator later. */
    public static final String LOCAL_USER = "local";

    public Actor get() {
        return new Actor(LOCAL_USER, null, EnumSet.allOf(Role.class));
    }
}
