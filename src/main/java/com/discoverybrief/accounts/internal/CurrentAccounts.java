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
 * not trusted beyond three intervals: a look-up then checks the fingerprint itself first. (When the
 * database does not answer at all, nothing can be changed anyway, and the memory answers.)
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
    private volatile Instant verifiedAt = Instant.MIN;

    CurrentAccounts(UserAccountRepository users, JdbcTemplate jdbc, Clock clock,
            @Value("${accounts.refresh-interval:1s}") Duration refreshInterval) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.trustedFor = refreshInterval.multipliedBy(3);
    }

    /** The account with this username as it is now; empty when there is none. */
    public Optional<Account> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(verifiedAt.plus(trustedFor))) {
            refresh();
        }
        Account known = accounts.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        long before = generation.get();
        Optional<Account> loaded = users.findWithRolesByUsername(username).map(Account::of);
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
            // Not trusted any more after three intervals; find() then reads the database itself.
            log.debug("Could not check the users table for changes: {}", e.toString());
        }
    }

    private void forget(String username) {
        generation.incrementAndGet();
        accounts.remove(username);
    }
}
