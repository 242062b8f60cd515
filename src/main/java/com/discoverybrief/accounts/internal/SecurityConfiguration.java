package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security in front of Vaadin: form login on the translated {@link LoginView}, method security
 * for the services, security headers on every response, and the health endpoint open to probes.
 * Scheduling is on for {@link CurrentAccounts#refresh()}, which must run on every node.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableScheduling
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * As tight as Vaadin 24.9 allows, checked in a real browser against the production jar
     * (ProductionJarIT): the bootstrap page has inline scripts, Lumo sets inline styles, and Flow's
     * client runs the server's JavaScript snippets through {@code new Function} — without
     * {@code 'unsafe-eval'} the production bundle stops at a blank page. Everything is fetched from
     * the application's own origin ({@code connect-src 'self'} also covers a same-host websocket).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    static final String LOGIN_FAILED = "/login?error";
    /** The shared brief's address; the token is one path segment. */
    static final String SHARED_BRIEF = "/shared/{token}";
    static final String LOGIN_THROTTLED = "/login?error=throttled";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CurrentAccounts accounts,
            @Value("${management.server.port:}") String managementPort) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll());
        // a shared brief (issue 19): its web page and its PDF, for anyone holding the link — these two
        // paths only; the controller answers an unknown, revoked or expired token with the same polite page
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, SHARED_BRIEF, SHARED_BRIEF + "/", SHARED_BRIEF + "/brief.pdf").permitAll()
                // HEAD is answered as GET (link previewers, safe-link scanners): never the staff login page
                .requestMatchers(HttpMethod.HEAD, SHARED_BRIEF, SHARED_BRIEF + "/", SHARED_BRIEF + "/brief.pdf").permitAll());
        if (managementPort.isBlank()) {
            // metrics and any other endpoint on the application's own port: administrators only
            http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN"));
        } else {
            // a separate MANAGEMENT_PORT is the operator's: no login, but only from this machine; the
            // application's port then serves no endpoint at all
            http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.toAnyEndpoint())
                    .access((who, context) -> new AuthorizationDecision(fromThisMachine(context.getRequest()))));
        }
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // A throttled login gets its own message; every other failure the same one, revealing nothing.
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(LOGIN_FAILED);
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_THROTTLED));
        // Vaadin first: form login must be set up by Vaadin before it initialises, or Spring would put
        // its generated login page in front of ours and leave the login view unreachable.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(failures));
        // Every request's sign-in follows the account as it is now: roles changed, disabled.
        http.addFilterAfter(new SessionRefresh(accounts), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** BCrypt today, with the algorithm stored in each hash so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Lets method and request authorization publish denials for the audit log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }
}
