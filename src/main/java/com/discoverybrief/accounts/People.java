package com.discoverybrief.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names colleagues know each other by. Sessions, comments and filters keep the username (it
 * never changes); screens show the display name.
 */
public interface People {

    /** The display name of each username; a username without an account stands for itself. */
    Map<String, String> displayNames(Collection<String> usernames);

    /** Those of the usernames that have an account. */
    Set<String> known(Collection<String> usernames);

    default String displayName(String username) {
        return displayNames(List.of(username)).getOrDefault(username, username);
    }

    /**
     * How a client reaches this person, as the brief prints it: the display name, then the phone and
     * e-mail they keep on their profile, when they keep any.
     */
    default String contactLine(String username) {
        return displayName(username);
    }
}
