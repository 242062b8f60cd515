package com.discoverybrief.accounts.internal;

/**
 * A refused account operation, with the translation key that explains it to the user and, when it is
 * about one input, the field it concerns.
 */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    AccountException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The form field at fault ({@code username}, {@code password}, ...), or null for the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
