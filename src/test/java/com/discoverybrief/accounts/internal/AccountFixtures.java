package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users for tests: real rows in the database with {@link #PASSWORD}, and a signed-in security context
 * like the one a login produces. Usernames are unique per call so tests never share users.
 */
public final class AccountFixtures {

    /** Long enough and not common: passes the password policy. */
    public static final String PASSWORD = "Violet kettle on the 7th floor";

    /** The running test's application context, set before each test by {@link SecurityContextStrategyListener}. */
    private static volatile ApplicationContext current;
    /** Accounts known to exist, per application context, so that signing in costs no query after the first. */
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static volatile String passwordHash;

    private AccountFixtures() {
    }

    /**
     * The application context whose database {@link #signedIn} creates accounts in; set before every
     * test, and by a program that starts the application itself (CrashProbe).
     */
    public static void use(ApplicationContext context) {
        current = context;
    }

    /** A new enabled user with these roles, stored in the database. */
    public static Actor user(ApplicationContext context, Role... roles) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = new UserAccount(username, "Тестовый " + username, passwordHash(context), Set.of(roles),
                false, Instant.now());
        return context.getBean(UserAccountRepository.class).saveAndFlush(user).toActor();
    }

    /**
     * Makes the actor the signed-in user of this thread, with their roles as authorities; returns it.
     * A login needs an account, and services check the actor against it: when the test has not created
     * one, an account with the actor's roles is created now. An existing account is left as it is, so a
     * test can sign in an actor whose roles were changed meanwhile.
     */
    public static Actor signedIn(Actor actor) {
        ensureAccount(actor);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication(actor));
        SecurityContextHolder.setContext(security);
        return actor;
    }

    public static Authentication authentication(Actor actor) {
        return UsernamePasswordAuthenticationToken.authenticated(actor.username(), null,
                actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    private static void ensureAccount(Actor actor) {
        ApplicationContext context = current;
        if (context == null || !KNOWN.add(context.getId() + "/" + actor.username())) {
            return;
        }
        UserAccountRepository users = context.getBean(UserAccountRepository.class);
        if (users.findByUsername(actor.username()).isEmpty()) {
            users.saveAndFlush(new UserAccount(actor.username(), actor.displayName(), passwordHash(context),
                    actor.roles(), false, Instant.now()));
        }
    }

    /**
     * The hash of {@link #PASSWORD}, made once: BCrypt is slow on purpose, and any hash of the same
     * password is as good for every test user.
     */
    private static String passwordHash(ApplicationContext context) {
        String hash = passwordHash;
        if (hash == null) {
            hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }

    /**
     * Signs the actor in and lets the access memory catch up with the users table now, so that a test
     * counting statements does not count a refresh that a scheduler thread, late under load, would
     * otherwise make in the middle of the counted click (the memory forgets everyone when it notices a
     * new user, and the next look-up reads the user again).
     */
    public static Actor settled(Actor actor) {
        signedIn(actor);
        CurrentAccounts accounts = current.getBean(CurrentAccounts.class);
        accounts.refresh();
        accounts.find(actor.username());
        return actor;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
