package com.discoverybrief.discovery;

/**
 * The session does not exist or the actor may not see it; deliberately the same, so that nobody
 * learns whether a colleague's session exists.
 */
public class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException(long id) {
        super("Session " + id + " not found");
    }
}
