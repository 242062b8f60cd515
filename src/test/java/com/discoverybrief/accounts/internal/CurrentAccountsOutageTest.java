package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Role;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * While the database does not answer, the memory of accounts keeps its last known state for a bounded
 * time ({@code accounts.outage-grace}) and asks the database at most once per poll interval, however
 * many look-ups come: clicks do not wait for timeouts one after another, and the database is not
 * hammered when it comes back. After the grace nothing is decided on old knowledge: a look-up fails
 * (as a passing database failure, which the pages say as "not saved — retrying"), still without a
 * query per look-up. A database that answers again is trusted again at once.
 */
class CurrentAccountsOutageTest {

    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger databaseCalls = new AtomicInteger();
    private volatile boolean down;
    private CurrentAccounts accounts;

    @BeforeEach
    void node() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:outage-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection()) {
            connection.createStatement().execute("create table app_user (version bigint)");
            connection.createStatement().execute("insert into app_user values (1)");
        }
        DataSource flaky = new DelegatingDataSource(h2) {
            @Override
            public Connection getConnection() throws SQLException {
                databaseCalls.incrementAndGet();
                if (down) {
                    throw new SQLTransientConnectionException("the database does not answer", "08001");
                }
                return super.getConnection();
            }
        };
        accounts = new CurrentAccounts(users(), new JdbcTemplate(flaky), clock, INTERVAL, GRACE);
        accounts.refresh();
        assertThat(accounts.find("anna")).isPresent();
        databaseCalls.set(0);
    }

    @Test
    void duringAnOutageAKnownAccountIsAnsweredFromMemoryAndTheDatabaseIsAskedAtMostOncePerInterval() {
        down = true;
        clock.advance(Duration.ofSeconds(4)); // beyond the three intervals the memory is trusted without asking

        for (int second = 0; second < 10; second++) {
            for (int click = 0; click < 50; click++) {
                assertThat(accounts.find("anna").orElseThrow().roles()).containsExactly(Role.SALES);
            }
            clock.advance(INTERVAL);
        }

        assertThat(databaseCalls.get()).as("database calls in 10 s of 50 look-ups each").isLessThanOrEqualTo(10);
    }

    @Test
    void anAccountNotInMemoryFailsFastDuringAnOutage() {
        down = true;
        clock.advance(Duration.ofSeconds(4));

        for (int click = 0; click < 50; click++) {
            assertThatThrownBy(() -> accounts.find("boris")).isInstanceOf(DataAccessException.class);
        }

        assertThat(databaseCalls.get()).isLessThanOrEqualTo(1);
    }

    @Test
    void afterTheGraceNothingIsDecidedOnOldKnowledgeAndTheDatabaseIsStillNotHammered() {
        down = true;
        clock.advance(GRACE.plusSeconds(1));

        for (int click = 0; click < 50; click++) {
            assertThatThrownBy(() -> accounts.find("anna")).isInstanceOf(DataAccessResourceFailureException.class);
        }
        assertThat(databaseCalls.get()).isLessThanOrEqualTo(1);

        down = false;
        clock.advance(INTERVAL);
        assertThat(accounts.find("anna")).isPresent();
    }

    /** Knows "anna"; fails like the database while it is down, and counts every call. */
    private UserAccountRepository users() {
        UserAccount anna = new UserAccount("anna", "Анна", "hash", Set.of(Role.SALES), false, Instant.now());
        return (UserAccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserAccountRepository.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("findWithRolesByUsername")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    databaseCalls.incrementAndGet();
                    if (down) {
                        throw new DataAccessResourceFailureException("the database does not answer");
                    }
                    return "anna".equals(arguments[0]) ? Optional.of(anna) : Optional.empty();
                });
    }
}
