package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.discoverybrief.accounts.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password guessing is cut off per username and per address, and only for as long as the window lasts. */
class LoginThrottleTest {

    private static final String RIGHT = "Violet kettle on the 7th floor";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final ThrottlingAuthenticationProvider login = new ThrottlingAuthenticationProvider(throttle, users, encoder);

    LoginThrottleTest() {
        UserAccount anna = new UserAccount("anna", "Анна", encoder.encode(RIGHT), Set.of(Role.SALES), false,
                Instant.now());
        when(users.findByUsername("anna")).thenReturn(Optional.of(anna));
    }

    @Test
    void refusesTheSixthAttemptAfterFiveWrongPasswordsEvenWithTheRightOne() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("anna", "wrong password", "10.0.0." + 1)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> login.authenticate(attempt("anna", RIGHT, "10.0.0.2")))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void letsTheRightUserInOnceTheWindowHasPassed() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("anna", "wrong password", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(LoginThrottle.USER_WINDOW.minusSeconds(1));
        assertThatThrownBy(() -> login.authenticate(attempt("anna", RIGHT, "10.0.0.1")))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofSeconds(1));

        assertThat(login.authenticate(attempt("anna", RIGHT, "10.0.0.1")).isAuthenticated()).isTrue();
    }

    @Test
    void failuresOfOneUserDoNotLockOutAnother() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            throttle.failed("boris");
        }

        assertThat(throttle.refuses("boris", "10.0.0.1")).isTrue();
        assertThat(login.authenticate(attempt("anna", RIGHT, "10.0.0.1")).getName()).isEqualTo("anna");
    }

    @Test
    void refusesTheTwentyFirstAttemptInAMinuteFromOneAddressAndForgetsAfterTheMinute() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS_PER_ADDRESS; i++) {
            throttle.attempted("203.0.113.7");
        }

        assertThatThrownBy(() -> login.authenticate(attempt("anna", RIGHT, "203.0.113.7")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login.authenticate(attempt("anna", RIGHT, "203.0.113.8")).isAuthenticated()).isTrue();
        clock.advance(LoginThrottle.ADDRESS_WINDOW);
        assertThat(login.authenticate(attempt("anna", RIGHT, "203.0.113.7")).isAuthenticated()).isTrue();
    }

    @Test
    void usernamesAreCountedRegardlessOfCaseAndSpaces() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_USER; i++) {
            String variant = i % 2 == 0 ? " ANNA" : "anna ";
            assertThatThrownBy(() -> login.authenticate(attempt(variant, "wrong password", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThat(throttle.refuses("anna", "10.0.0.9")).isTrue();
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
