package com.discoverybrief.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the client's address into the logging context of each request, before Spring Security, so
 * every audit line written while serving it knows where it came from. Behind a proxy this is the
 * address the proxy forwarded ({@code server.forward-headers-strategy=native}), not the proxy's own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuditContextFilter extends OncePerRequestFilter {

    static final String CLIENT = "client";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MDC.put(CLIENT, request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(CLIENT);
        }
    }
}
