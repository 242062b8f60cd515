package com.discoverybrief.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

@ExtendWith(OutputCaptureExtension.class)
class AuditLogTest {

    private final AuditLog audit = new AuditLog();

    @Test
    void aVisitorOnTheWayToTheLoginPageIsNotAWarning(CapturedOutput output) {
        Authentication visitor = new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

        audit.accessDenied(new AuthorizationDeniedEvent<>(() -> visitor, new MockHttpServletRequest("GET", "/"),
                new AuthorizationDecision(false)));

        assertThat(output.getAll()).doesNotContain("access denied");
    }

    @Test
    void anAnonymousPostIsStillAWarning(CapturedOutput output) {
        Authentication visitor = new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));

        audit.accessDenied(new AuthorizationDeniedEvent<>(() -> visitor,
                new MockHttpServletRequest("POST", "/actuator/shutdown"), new AuthorizationDecision(false)));

        assertThat(output.getAll()).contains("access denied to 'anonymousUser': POST /actuator/shutdown");
    }

    @Test
    void aSignedInUserRefusedIsAWarningWithWhoAndWhat(CapturedOutput output) {
        Authentication salesperson = UsernamePasswordAuthenticationToken.authenticated("ivan", null,
                List.of(new SimpleGrantedAuthority("ROLE_SALES")));

        audit.accessDenied(new AuthorizationDeniedEvent<>(() -> salesperson,
                new MockHttpServletRequest("GET", "/admin"), new AuthorizationDecision(false)));

        assertThat(output.getAll()).contains("WARN").contains("access denied to 'ivan': GET /admin");
    }
}
