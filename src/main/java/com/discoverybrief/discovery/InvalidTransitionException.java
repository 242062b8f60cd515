package com.discoverybrief.discovery;

/**
 * A review step the session's status does not allow (e.g. marking a draft reviewed), or one missing
 * what it needs (a return without a comment). {@code messageKey} names the translated explanation;
 * its argument is the current status's translation key.
 */
public class InvalidTransitionException extends RuntimeException {

    private final String messageKey;
    private final SessionStatus status;

    public InvalidTransitionException(String messageKey, SessionStatus status) {
        super(messageKey + " (status " + status + ")");
        this.messageKey = messageKey;
        this.status = status;
    }

    public String messageKey() {
        return messageKey;
    }

    public SessionStatus status() {
        return status;
    }
}
