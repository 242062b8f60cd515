package com.discoverybrief.accounts.internal;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.DemoUsersCreated;
import com.discoverybrief.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: one user per role ({@code demo-sales}, {@code demo-account_manager},
 * {@code demo-lead}, {@code demo-admin}). Their passwords are random, generated at the start that
 * creates them and printed once in the log, so no password is built into the application.
 */
@Component
@Profile("demo")
class DemoUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    DemoUsers(AccountService accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Actor> created = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = "demo-" + role.name().toLowerCase(Locale.ROOT);
            String displayName = "Demo " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            Optional<String> password = accounts.createDemoUser(username, displayName, role);
            password.ifPresent(secret -> {
                LOG.warn("Demo user '{}' ({}) created with password: {}", username, role, secret);
                created.add(accounts.enabledActor(username).orElseThrow());
            });
        }
        if (created.size() == Role.values().length) {
            events.publishEvent(new DemoUsersCreated(created));
        }
    }
}
