package com.discoverybrief.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sliding-window counters against password guessing: too many wrong passwords for one username, or
 * too many attempts from one address, and further attempts are refused until the window has passed.
 * It only counts and answers; nothing waits, so no request thread is ever held.
 */
@Component
public class LoginThrottle {

    /** Wrong passwords one username may have within {@link #USER_WINDOW}. */
    static final int FAILURES_PER_USER = 5;
    static final Duration USER_WINDOW = Duration.ofMinutes(15);
    /** Attempts one remote address may make within {@link #ADDRESS_WINDOW}. */
    static final int ATTEMPTS_PER_ADDRESS = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
    /** Above this many tracked keys, expired ones are dropped so the maps cannot grow without bound. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByUser = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> attemptsByAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this username from this address must be refused without checking the password. */
    public boolean refuses(String username, String address) {
        Instant now = clock.instant();
        return count(failuresByUser, username, USER_WINDOW, now) >= FAILURES_PER_USER
                || count(attemptsByAddress, address, ADDRESS_WINDOW, now) >= ATTEMPTS_PER_ADDRESS;
    }

    /** A password was checked for a request from this address. */
    public void attempted(String address) {
        record(attemptsByAddress, address, ADDRESS_WINDOW);
    }

    public void failed(String username) {
        record(failuresByUser, username, USER_WINDOW);
    }

    /** The right password ends the user's run of failures. */
    public void succeeded(String username) {
        failuresByUser.remove(key(username));
    }

    private void record(Map<String, Deque<Instant>> counters, String key, Duration window) {
        Instant now = clock.instant();
        if (counters.size() > PRUNE_ABOVE) {
            counters.keySet().forEach(k -> count(counters, k, window, now));
        }
        counters.compute(key(key), (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            list.addLast(now);
            return list;
        });
    }

    private static int count(Map<String, Deque<Instant>> counters, String key, Duration window, Instant now) {
        Deque<Instant> times = counters.computeIfPresent(key(key), (k, list) -> {
            while (!list.isEmpty() && !list.peekFirst().isAfter(now.minus(window))) {
                list.removeFirst();
            }
            return list.isEmpty() ? null : list;
        });
        return times == null ? 0 : times.size();
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }
}
