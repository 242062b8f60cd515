package com.discoverybrief.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the sign-in kept in each HTTP session in step with the account, on every request: a disabled
 * (or vanished) account's session ends there and then, so the next page is the login; an account
 * whose roles changed gets exactly its current roles as authorities, so route checks and method
 * security ({@code @RolesAllowed}) decide on the present; a session signed in with a password that has
 * since been reset or changed ends too ({@link SignInStamp}). The account comes from
 * {@link CurrentAccounts}, so a request costs no query.
 */
class SessionRefresh extends OncePerRequestFilter {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private static final Logger log = LoggerFactory.getLogger(SessionRefresh.class);

    private final CurrentAccounts accounts;
    /** Where the security filters keep the sign-in: the request, and the HTTP session. */
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SessionRefresh(CurrentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            try {
                refresh(signedIn, request, response);
            } catch (DataAccessException e) {
                // The database does not answer: nothing can be read or changed anyway, and the page
                // must still hear it (autosave says "not saved — retrying"), so the request goes on.
                log.debug("Could not refresh the sign-in of '{}': {}", signedIn.getName(), e.toString());
            }
        }
        chain.doFilter(request, response);
    }

    private void refresh(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Optional<CurrentAccounts.Account> account = accounts.find(signedIn.getName())
                .filter(CurrentAccounts.Account::enabled);
        if (account.isEmpty()) {
            AUDIT.info("session of '{}' ended: the account is disabled or gone", signedIn.getName());
            end(signedIn, request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object stamp = session.getAttribute(SignInStamp.ATTRIBUTE);
            if (stamp == null) {
                // Signed in before sessions carried a stamp: from now on they do.
                session.setAttribute(SignInStamp.ATTRIBUTE, account.get().signInStamp());
            } else if (!stamp.equals(account.get().signInStamp())) {
                AUDIT.info("session of '{}' ended: the password was changed or reset", signedIn.getName());
                end(signedIn, request, response);
                return;
            }
        }
        Set<String> now = authorities(account.get());
        Set<String> before = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (!now.equals(before)) {
            UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.getName(), null, now.stream().map(SimpleGrantedAuthority::new).toList());
            updated.setDetails(signedIn.getDetails());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(updated);
            contexts.setContext(context);
            repository.saveContext(context, request, response);
            AUDIT.info("session of '{}' now has the roles {} instead of {}", signedIn.getName(), now, before);
        }
    }

    private static void end(Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, signedIn);
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }

    static Set<String> authorities(CurrentAccounts.Account account) {
        return account.roles().stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
    }
}
