package com.discoverybrief.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username and password login against the users in the database. Every attempt is counted by the
 * {@link LoginThrottle} before its password is checked, and checked only when the throttle allows it.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;
    private final UserAccountRepository users;

    ThrottlingAuthenticationProvider(LoginThrottle throttle, UserAccountRepository users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.users = users;
        this.passwords = new DaoAuthenticationProvider(userDetails(users));
        this.passwords.setPasswordEncoder(encoder);
        // The session keeps only the username; what the user may do is read from the account each time.
        this.passwords.setForcePrincipalAsString(true);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = AccountService.normalized(authentication.getName());
        String address = remoteAddress(authentication);
        if (!counted(username, address)) {
            AUDIT.warn("login refused for '{}' from {}: too many attempts", username, address);
            throw new LoginThrottledException();
        }
        UsernamePasswordAuthenticationToken normalized = UsernamePasswordAuthenticationToken.unauthenticated(
                username, authentication.getCredentials());
        normalized.setDetails(authentication.getDetails());
        // The attempt was counted before the check: a wrong password leaves it counted.
        Authentication result = passwords.authenticate(normalized);
        throttle.succeeded(username);
        stamp(username);
        return result;
    }

    /** Notes in the HTTP session which password this sign-in was made with ({@link SignInStamp}). */
    private void stamp(String username) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            users.findByUsername(username).ifPresent(user -> attributes.getRequest().getSession(true)
                    .setAttribute(SignInStamp.ATTRIBUTE, SignInStamp.of(user.getUsername(), user.getPasswordHash())));
        }
    }

    private boolean counted(String username, String address) {
        try {
            return throttle.attempt(username, address);
        } catch (DataAccessException e) {
            throw new AuthenticationServiceException("The login throttle cannot reach the database", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
    }

    private static UserDetailsService userDetails(UserAccountRepository users) {
        return username -> users.findWithRolesByUsername(username)
                .map(user -> User.withUsername(user.getUsername())
                        .password(user.getPasswordHash())
                        .disabled(!user.isEnabled())
                        .authorities(user.getRoles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
