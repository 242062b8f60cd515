package com.discoverybrief.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one address may ask for shared briefs: at most {@code brief.share.rate-limit} requests
 * (30 by default) a minute, counted in fixed one-minute windows. Enough for a client who reloads,
 * downloads and comes back; far too few to guess a 256-bit token, and it keeps a scraper from turning
 * the server into a brief printer. In memory, per node; the table forgets windows that have ended.
 */
@Component
class ShareRateLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Above this many addresses, ended windows are dropped before a new one is added. */
    private static final int TIDY_ABOVE = 10_000;

    private final Clock clock;
    private final int perWindow;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ShareRateLimit(Clock clock, @Value("${brief.share.rate-limit:30}") int perWindow) {
        this.clock = clock;
        this.perWindow = perWindow;
    }

    private record Window(long start, int count) {
    }

    /** Counts one request from {@code address}; whether it may be answered. */
    boolean allow(String address) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, WINDOW.toMillis());
        if (windows.size() > TIDY_ABOVE) {
            windows.values().removeIf(window -> window.start() < start);
        }
        Window counted = windows.merge(address, new Window(start, 1),
                (old, one) -> old.start() == start ? new Window(start, old.count() + 1) : one);
        return counted.count() <= perWindow;
    }

    /** Seconds until the current window ends, for {@code Retry-After}. */
    long secondsLeft() {
        long now = clock.millis();
        return Math.max(1, (WINDOW.toMillis() - Math.floorMod(now, WINDOW.toMillis()) + 999) / 1000);
    }
}
