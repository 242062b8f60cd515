package com.discoverybrief.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters against password guessing: too many wrong passwords for one username, or too many attempts
 * from one address, and further attempts are refused until the window has passed.
 *
 * <p>An attempt is counted <em>before</em> its password is checked, by one conditional update that the
 * database applies to one row at a time, so attempts sent in parallel can never exceed the limit: the
 * sixth of forty simultaneous attempts for one user is refused without a password check. The counters
 * live in the database ({@code login_throttle}), so every application node on it shares them. A window
 * starts with the first attempt of a run and lasts its full length; a right password ends the user's
 * run (the address keeps counting). Nothing waits, so no request thread is held.
 */
@Component
public class LoginThrottle {

    /** Wrong passwords one username may have within {@link #USER_WINDOW}. */
    static final int FAILURES_PER_USER = 5;
    static final Duration USER_WINDOW = Duration.ofMinutes(15);
    /** Attempts one remote address may make within {@link #ADDRESS_WINDOW}. */
    static final int ATTEMPTS_PER_ADDRESS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    /** Longest key kept; usernames are at most 100 characters, so only nonsense is cut. */
    static final int KEY_LENGTH = 250;

    private static final String COUNT = """
            update login_throttle
            set attempts = case when expires_at <= ? then 1 else attempts + 1 end,
                expires_at = case when expires_at <= ? then ? else expires_at end
            where throttle_key = ? and (expires_at <= ? or attempts < ?)""";
    private static final String START = "insert into login_throttle (throttle_key, attempts, expires_at) values (?, 1, ?)";
    private static final String FORGET = "delete from login_throttle where throttle_key = ?";
    private static final String PRUNE = "delete from login_throttle where expires_at <= ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts an attempt for this username from this address, before its password is checked.
     *
     * @return false when the attempt must be refused without checking the password
     */
    public boolean attempt(String username, String address) {
        Instant now = clock.instant();
        return count(key("address", address), ATTEMPTS_PER_ADDRESS, ADDRESS_WINDOW, now)
                && count(key("user", username), FAILURES_PER_USER, USER_WINDOW, now);
    }

    /**
     * Counts a check of the user's current password made by a signed-in session (the change-password
     * page): it takes one of the same per-user attempts a login does, so a stolen session cannot guess
     * the password there either, and guesses on both pages add up.
     *
     * @return false when the password must not be checked
     */
    public boolean attemptByUser(String username) {
        return count(key("user", username), FAILURES_PER_USER, USER_WINDOW, clock.instant());
    }

    /** The right password ends the user's run of failures; their attempt is no longer counted. */
    public void succeeded(String username) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(FORGET, key("user", username)));
    }

    /** How many attempts the key holds in its current window; for tests. */
    int attempts(String kind, String value) {
        Integer attempts = jdbc.query("select attempts, expires_at from login_throttle where throttle_key = ?",
                rows -> rows.next() && rows.getObject(2, OffsetDateTime.class).toInstant().isAfter(clock.instant())
                        ? rows.getInt(1) : 0, key(kind, value));
        return attempts == null ? 0 : attempts;
    }

    /** Takes one of the key's attempts in its window, or says there is none left. */
    private boolean count(String key, int limit, Duration window, Instant now) {
        OffsetDateTime at = time(now);
        OffsetDateTime until = time(now.plus(window));
        if (update(key, limit, at, until)) {
            return true;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update(PRUNE, at);
                jdbc.update(START, key, until);
            });
            return true;
        } catch (DuplicateKeyException e) {
            // The key exists (perhaps since a moment ago): its count decides.
            return update(key, limit, at, until);
        }
    }

    private boolean update(String key, int limit, OffsetDateTime at, OffsetDateTime until) {
        Integer updated = ownTransaction.execute(status -> jdbc.update(COUNT, at, at, until, key, at, limit));
        return updated != null && updated == 1;
    }

    private static String key(String kind, String value) {
        String key = kind + ":" + (value == null ? "" : value);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
