package com.discoverybrief.base;

import java.util.Arrays;
import java.util.Objects;

/**
 * A failure said in words: a translation key and its arguments. An argument that is itself an
 * {@code ErrorMessage} is translated first, so "{0} is not allowed while the session is {1}" can name
 * a translated status.
 */
public record ErrorMessage(String key, Object... arguments) {

    public ErrorMessage {
        Objects.requireNonNull(key, "key");
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorMessage that && key.equals(that.key) && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
