package com.discoverybrief.base;

import jakarta.persistence.OptimisticLockException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Turns any failure into words a user can act on. The features' {@link ErrorMessages} say their
 * domain exceptions; Spring's and JPA's own (access denied, signed out, changed elsewhere, database
 * unreachable) are said here. Anything else is unexpected: it is logged once, as an error with its
 * stack trace and a short reference, and the user gets only the reference to quote.
 */
@Component
public class Failures {

    /** What the user is told, and whether it was expected. */
    public record Report(ErrorMessage message, boolean expected, Kind kind) {
    }

    /** What the failure means for the page the user is on. */
    public enum Kind {
        /** Said in words; the page stays as it is. */
        REFUSED,
        /** The user is no longer signed in (their account was disabled): the page must be loaded again. */
        SIGNED_OUT,
        /** A bug or an outage nobody described: said with a reference. */
        UNEXPECTED
    }

    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<ErrorMessages> features;

    Failures(List<ErrorMessages> features) {
        this.features = List.copyOf(features);
    }

    /** Says the failure in words, logging it once when nobody expected it. */
    public Report report(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Optional<Report> known = known(cause);
            if (known.isPresent()) {
                log.debug("Shown to the user as {}: {}", known.get().message(), failure.toString());
                return known.get();
            }
        }
        String reference = HexFormat.of().withUpperCase().formatHex(randomBytes());
        log.error("Unexpected failure, reference {} (the user was shown this reference)", reference, failure);
        return new Report(new ErrorMessage("error.unexpected", reference), false, Kind.UNEXPECTED);
    }

    private Optional<Report> known(Throwable failure) {
        for (ErrorMessages feature : features) {
            Optional<ErrorMessage> message = feature.describe(failure);
            if (message.isPresent()) {
                return Optional.of(new Report(message.get(), true, Kind.REFUSED));
            }
        }
        if (failure instanceof AuthenticationException) {
            return refused("error.signed-out", Kind.SIGNED_OUT);
        }
        if (failure instanceof AccessDeniedException) {
            return refused("error.access-denied", Kind.REFUSED);
        }
        if (failure instanceof OptimisticLockingFailureException || failure instanceof OptimisticLockException) {
            return refused("error.changed-elsewhere", Kind.REFUSED);
        }
        if (failure instanceof DataAccessResourceFailureException || failure instanceof CannotCreateTransactionException
                || failure instanceof QueryTimeoutException || failure instanceof PessimisticLockingFailureException) {
            return refused("error.database-unavailable", Kind.REFUSED);
        }
        return Optional.empty();
    }

    private static Optional<Report> refused(String key, Kind kind) {
        return Optional.of(new Report(new ErrorMessage(key), true, kind));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
