package com.discoverybrief.accounts;

import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.base.SignedInUser;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells views who is acting: the signed-in user, with the roles the database holds now. The security
 * context is Vaadin-aware, so this works in UI event handlers and background pushes alike.
 */
@Component
public class CurrentActor implements SignedInUser {

    /** The owner of sessions created before accounts existed; handed to the first administrator. */
    public static final String LOCAL_USER = "local";

    private final AccountService accounts;

    CurrentActor(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * The signed-in, enabled user.
     *
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in or the account was
     *         disabled meanwhile
     */
    public Actor get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No one is signed in"));
    }

    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.enabledActor(authentication.getName());
    }

    @Override
    public Optional<String> displayName() {
        return find().map(Actor::displayName);
    }
}
