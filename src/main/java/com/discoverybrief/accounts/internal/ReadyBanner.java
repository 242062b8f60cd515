package com.discoverybrief.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The last lines of a start: the address to open, and on a fresh installation that the first visit
 * creates the administrator — what a person who just typed the start command wants to know.
 */
@Component
class ReadyBanner {

    private static final Logger LOG = LoggerFactory.getLogger("com.discoverybrief");

    private final AccountService accounts;
    private final Environment environment;

    ReadyBanner(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String address = "http://localhost:" + web.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "") + "/";
        LOG.info("Discovery Brief is ready: open {} in a browser.", address);
        if (accounts.hasUsers()) {
            LOG.info("Sign in with your account; the administrator creates accounts under Users.");
        } else {
            LOG.info("First start: the first visit shows a setup page that creates the administrator (no default password).");
        }
    }
}
