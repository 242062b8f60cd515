package com.discoverybrief.base;

import java.util.Optional;

/**
 * How a feature says its own exceptions in words. Each feature that has domain exceptions provides one
 * bean; the application-wide error handler asks them all, so the shared kernel never imports a feature.
 */
public interface ErrorMessages {

    /** The message for this failure, or empty when it is not one of this feature's. */
    Optional<ErrorMessage> describe(Throwable failure);
}
