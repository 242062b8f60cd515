package com.discoverybrief.accounts;

import com.discoverybrief.accounts.internal.CurrentAccounts;
import com.discoverybrief.base.SignedInUser;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting, with the roles the database holds now. Views ask it for the signed-in user; services
 * pass every actor they are given through {@link #revalidate} before they decide anything, so an actor
 * captured when a page opened can never outlive a role change or a disabled account. Both answer from
 * memory that follows the database (a change is seen at the next click on this node, within about a
 * second on another), so a click costs no query.
 */
@Component
public class CurrentActor implements SignedInUser {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final CurrentAccounts accounts;

    CurrentActor(CurrentAccounts accounts) {
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
        return enabled(authentication.getName());
    }

    /**
     * The same person as they are now: their current roles, whatever the actor says. A service calls
     * this first, so that it decides on the present and not on what a view captured earlier.
     *
     * @throws AccessDeniedException when the account was disabled or no longer exists
     */
    public Actor revalidate(Actor actor) {
        return enabled(actor.username()).orElseThrow(() -> {
            AUDIT.warn("'{}' was refused: the account is disabled or gone", actor.username());
            return new AccessDeniedException("The account of " + actor.username() + " is disabled or gone");
        });
    }

    @Override
    public Optional<String> displayName() {
        return find().map(Actor::displayName);
    }

    private Optional<Actor> enabled(String username) {
        return accounts.find(username).filter(CurrentAccounts.Account::enabled).map(CurrentAccounts.Account::toActor);
    }
}
