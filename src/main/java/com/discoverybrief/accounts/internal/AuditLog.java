package com.discoverybrief.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes logins and refused access to the "audit" log: who, what, from where; the log line has the time. */
@Component
class AuditLog {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        AUDIT.info("login of '{}' from {}", event.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        AUDIT.warn("failed login for '{}' from {}: {}", event.getAuthentication().getName(),
                ThrottlingAuthenticationProvider.remoteAddress(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    /**
     * A page request by somebody not signed in is only the way to the login page, not an attempt
     * worth a warning; it is kept at debug level.
     */
    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if ((who == null || TRUST.isAnonymous(who)) && event.getSource() instanceof HttpServletRequest request
                && "GET".equals(request.getMethod())) {
            AUDIT.debug("sign-in required for {} {}", request.getMethod(), redacted(request.getRequestURI()));
            return;
        }
        AUDIT.warn("access denied to '{}': {}", who == null ? "anonymous" : who.getName(), describe(event.getSource()));
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + redacted(request.getRequestURI());
        }
        return String.valueOf(source);
    }

    /**
     * A request path as the audit may keep it: the secret of a shared brief's address (issue 19) never
     * reaches a log line or the audit trail, whatever the method or spelling of the path.
     */
    static String redacted(String path) {
        if (path == null) {
            return null;
        }
        return SHARED.matcher(path).replaceAll("$1…");
    }

    /** {@code /shared/<anything>}, in any case and after any run of slashes or dots. */
    private static final java.util.regex.Pattern SHARED =
            java.util.regex.Pattern.compile("(?i)(shared(?:/|%2f)+)[^?#]*");
}
