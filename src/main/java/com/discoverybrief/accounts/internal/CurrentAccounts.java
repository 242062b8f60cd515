package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each signed-in person may do, as the database holds it now, kept in memory so that a click
 * costs no query.
 *
 * <p>Why it can be trusted: a change made on this node evicts the user as soon as it is committed, so
 * it shows at the very next click. A change made by another node on the same database is noticed by
 * {@link #refresh()}, which every node runs every {@code accounts.refresh-interval} (1 s): it reads a
 * fingerprint of the users table (how many users, the sum of their row versions — every change of a
 * user moves its version) and forgets everything when it moved. Should that poll stop, the memory is
 * not trusted beyond three intervals: a look-up then checks the fingerprint itself first.
 *
 * <p>When the database does not answer (the rule for an outage):
 * <ul>
 * <li>The database is asked at most once per interval, whatever the number of look-ups: after a
 * failed check or load, look-ups within the next interval do not query, so clicks do not queue up
 * behind connection timeouts and a database coming back is not hammered.</li>
 * <li>Up to {@code accounts.outage-grace} (30 s) after the last successful check, the memory answers
 * with the last known state: nobody's account can be changed while the database is down, so that
 * state is still what the database holds. An account not in memory cannot be read and fails at once.</li>
 * <li>Beyond the grace nothing is decided on old knowledge (fail closed): a look-up fails as a passing
 * database failure ({@link DataAccessResourceFailureException}) — autosave then says "Not saved —
 * retrying" and keeps the words, other pages say the database is unavailable; the sign-in in the HTTP
 * session is not ended, so nobody loses their work to an outage.</li>
 * <li>The first check that succeeds again makes the memory trusted at once (and forgets everything if
 * the users table moved meanwhile).</li>
 * </ul>
 */
@Component
public class CurrentAccounts {

    private static final Logger log = LoggerFactory.getLogger(CurrentAccounts.class);
    private static final String FINGERPRINT = "select count(*), coalesce(sum(version), 0) from app_user";

    /** A user as access decisions need them. */
    public record Account(String username, String displayName, Set<Role> roles, boolean enabled,
            boolean mustChangePassword, String signInStamp) {

        public Account {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        static Account of(UserAccount user) {
            return new Account(user.getUsername(), user.getDisplayName(), user.getRoles(), user.isEnabled(),
                    user.mustChangePassword(), SignInStamp.of(user.getUsername(), user.getPasswordHash()));
        }

        public Actor toActor() {
            return new Actor(username, displayName, roles);
        }
    }

    private record Fingerprint(long users, long versions) {
    }

    private final UserAccountRepository users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration trustedFor;
    private final ConcurrentMap<String, Account> accounts = new ConcurrentHashMap<>();
    /** Moves on every eviction, so a look-up that raced with a change does not keep what it read. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Fingerprint seen;
    private final Duration interval;
    private final Duration outageGrace;
    private volatile Instant verifiedAt = Instant.MIN;
    /** When the database last failed to answer; within an interval after it, nobody asks again. */
    private volatile Instant failedAt = Instant.MIN;

    CurrentAccounts(UserAccountRepository users, JdbcTemplate jdbc, Clock clock,
            @Value("${accounts.refresh-interval:1s}") Duration refreshInterval,
            @Value("${accounts.outage-grace:30s}") Duration outageGrace) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = refreshInterval;
        this.trustedFor = refreshInterval.multipliedBy(3);
        this.outageGrace = outageGrace.compareTo(trustedFor) < 0 ? trustedFor : outageGrace;
    }

    /** The account with this username as it is now; empty when there is none. */
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(verifiedAt.plus(trustedFor))) {
            if (!recentlyFailed(now)) {
                refresh();
            }
            if (now.isAfter(verifiedAt.plus(outageGrace))) {
                throw new DataAccessResourceFailureException(
                        "The users table could not be read for longer than " + outageGrace + "; access is not decided");
            }
        }
        Account known = accounts.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        if (recentlyFailed(now)) {
            throw new DataAccessResourceFailureException("The database did not answer a moment ago");
        }
        long before = generation.get();
        Optional<Account> loaded;
        try {
            loaded = users.findWithRolesByUsername(username).map(Account::of);
        } catch (DataAccessException e) {
            failedAt = clock.instant();
            throw e;
        }
        if (loaded.isPresent() && generation.get() == before) {
            accounts.put(username, loaded.get());
        }
        return loaded;
    }

    /**
     * The user's roles, state or password changed: forget them now, and again when the transaction
     * ends, so that nothing read in between (before the commit, or from a rolled-back change) stays.
     */
    void changed(String username) {
        forget(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget(username);
                }
            });
        }
    }

    /** Forgets everything when another node (or anyone) changed a user since the last look. */
    @Scheduled(fixedDelayString = "${accounts.refresh-interval:1s}")
    void refresh() {
        try {
            Fingerprint now = jdbc.queryForObject(FINGERPRINT,
                    (row, index) -> new Fingerprint(row.getLong(1), row.getLong(2)));
            if (!now.equals(seen)) {
                generation.incrementAndGet();
                accounts.clear();
                seen = now;
            }
            verifiedAt = clock.instant();
        } catch (RuntimeException e) {
            // Not trusted beyond three intervals without a check, and not at all beyond the outage grace.
            failedAt = clock.instant();
            log.debug("Could not check the users table for changes: {}", e.toString());
        }
    }

    private boolean recentlyFailed(Instant now) {
        return now.isBefore(failedAt.plus(interval));
    }

    private void forget(String username) {
        generation.incrementAndGet();
        accounts.remove(username);
    }
}
