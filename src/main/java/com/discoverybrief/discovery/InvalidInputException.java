package com.discoverybrief.discovery;

/**
 * Input the session refuses, with translation keys so the user gets a clear message instead of an
 * error page: {@code fieldKey} names the field's label, {@code messageKey} the problem (its argument
 * is {@code limit}).
 */
public class InvalidInputException extends RuntimeException {

    private final String fieldKey;
    private final String messageKey;
    private final int limit;

    public InvalidInputException(String fieldKey, String messageKey, int limit) {
        super(messageKey + " (" + fieldKey + ")");
        this.fieldKey = fieldKey;
        this.messageKey = messageKey;
        this.limit = limit;
    }

    public String fieldKey() {
        return fieldKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public int limit() {
        return limit;
    }
}
