package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.discoverybrief.accounts.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Password guessing is cut off per username and per address, and only for as long as the window lasts.
 * The counters are the database's, so attempts sent at once, or to two nodes, share one limit.
 * Usernames and addresses are new for each test, so tests never count each other's attempts.
 */
@SpringBootTest
class LoginThrottleTest {

    private static final String RIGHT = "Violet kettle on the 7th floor";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock();
    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final AtomicInteger passwordChecks = new AtomicInteger();
    /** BCrypt at its lowest cost: what is counted here is how often a password is checked, not how slowly. */
    private final PasswordEncoder encoder = counting(new BCryptPasswordEncoder(4));
    private final String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);
    private final String net = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + ".";
    private LoginThrottle throttle;
    private ThrottlingAuthenticationProvider login;
    private ExecutorService threads;

    private void start() {
        throttle = new LoginThrottle(jdbc, transactions, clock);
        login = new ThrottlingAuthenticationProvider(throttle, users, encoder);
        UserAccount account = new UserAccount(anna, "Анна", encoder.encode(RIGHT), Set.of(Role.SALES), false,
                Instant.now());
        when(users.findWithRolesByUsername(anna)).thenReturn(Optional.of(account));
        passwordChecks.set(0);
    }

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    void refusesTheSixthAttemptAfterFiveWrongPasswordsEvenWithTheRightOne() {
        start();
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            String address = net + i;
            assertThatThrownBy(() -> login.authenticate(attempt(anna, "wrong password", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(attempt(anna, RIGHT, net + "99")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(passwordChecks).hasValue(LoginThrottle.FAILURES_PER_USER);
    }

    @Test
    void fortyWrongPasswordsSentAtOnceGetOnlyFivePasswordChecks() throws Exception {
        start();
        int attempts = 40;
        threads = Executors.newFixedThreadPool(attempts);
        CountDownLatch ready = new CountDownLatch(attempts);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            // Each from its own address, so only the per-user limit can stop them.
            String address = net + i;
            outcomes.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    login.authenticate(attempt(anna, "wrong password", address));
                    return Authentication.class;
                } catch (AuthenticationException e) {
                    return e.getClass();
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<Class<?>> results = new ArrayList<>();
        for (Future<Class<?>> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(passwordChecks).hasValue(LoginThrottle.FAILURES_PER_USER);
        assertThat(results).filteredOn(BadCredentialsException.class::equals).hasSize(LoginThrottle.FAILURES_PER_USER);
        assertThat(results).filteredOn(LoginThrottledException.class::equals)
                .hasSize(attempts - LoginThrottle.FAILURES_PER_USER);
        assertThat(throttle.attempts("user", anna)).isEqualTo(LoginThrottle.FAILURES_PER_USER);
    }

    @Test
    void twoNodesOnOneDatabaseShareTheLimit() {
        start();
        LoginThrottle otherNode = new LoginThrottle(jdbc, transactions, clock);
        ThrottlingAuthenticationProvider otherLogin = new ThrottlingAuthenticationProvider(otherNode, users, encoder);
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            ThrottlingAuthenticationProvider node = i % 2 == 0 ? login : otherLogin;
            String address = net + i;
            assertThatThrownBy(() -> node.authenticate(attempt(anna, "wrong password", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(attempt(anna, RIGHT, net + "98")))
                .isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> otherLogin.authenticate(attempt(anna, RIGHT, net + "99")))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void letsTheRightUserInOnceTheWindowHasPassed() {
        start();
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(anna, "wrong password", net + "1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(LoginThrottle.USER_WINDOW.minusSeconds(1));
        assertThatThrownBy(() -> login.authenticate(attempt(anna, RIGHT, net + "1")))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(login.authenticate(attempt(anna, RIGHT, net + "1")).isAuthenticated()).isTrue();
    }

    @Test
    void theRightPasswordEndsTheRunOfFailures() {
        start();
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER - 1; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(anna, "wrong password", net + "1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(login.authenticate(attempt(anna, RIGHT, net + "1")).isAuthenticated()).isTrue();

        assertThat(throttle.attempts("user", anna)).isZero();
    }

    @Test
    void failuresOfOneUserDoNotLockOutAnother() {
        start();
        String boris = "boris-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            assertThat(throttle.attempt(boris, net + "2")).isTrue();
        }

        assertThat(throttle.attempt(boris, net + "2")).isFalse();
        assertThat(login.authenticate(attempt(anna, RIGHT, net + "2")).getName()).isEqualTo(anna);
    }

    @Test
    void refusesTheTwentyFirstAttemptInAMinuteFromOneAddressAndForgetsAfterTheMinute() {
        start();
        String address = net + "7";
        for (int i = 0; i < LoginThrottle.ATTEMPTS_PER_ADDRESS; i++) {
            assertThat(throttle.attempt("someone-" + i + "-" + anna, address)).isTrue();
        }

        assertThatThrownBy(() -> login.authenticate(attempt(anna, RIGHT, address)))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login.authenticate(attempt(anna, RIGHT, net + "8")).isAuthenticated()).isTrue();
        clock.advance(LoginThrottle.ADDRESS_WINDOW);
        assertThat(login.authenticate(attempt(anna, RIGHT, address)).isAuthenticated()).isTrue();
    }

    @Test
    void usernamesAreCountedRegardlessOfCaseAndSpaces() {
        start();
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            String variant = i % 2 == 0 ? " " + anna.toUpperCase() : anna + " ";
            assertThatThrownBy(() -> login.authenticate(attempt(variant, "wrong password", net + "1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttle.attempt(anna, net + "9")).isFalse();
    }

    private PasswordEncoder counting(PasswordEncoder real) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return real.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                passwordChecks.incrementAndGet();
                return real.matches(raw, encoded);
            }
        };
    }

    private static Authentication attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
