package com.discoverybrief.operations;

import com.discoverybrief.Application;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One running instance of the application inside the test JVM, on a free port, with only the
 * application's own properties (not the tests' in-memory database) plus the ones given.
 */
final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AppNode start(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>(List.of("--spring.config.location=classpath:/application.properties",
                "--server.port=0", "--logging.level.com.discoverybrief=warn",
                // not the suite's postgres profile: a node's database is what the test gives it
                "--spring.profiles.active=default"));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new AppNode(new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new)));
    }

    /** Properties that put a node on this PostgreSQL database. */
    static Map<String, String> postgres(String url) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", PostgresServer.user(),
                "spring.datasource.password", PostgresServer.password());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Makes the actor this thread's signed-in user on this node. Each node keeps the security context
     * in its own holder strategy (Vaadin's), so signing in on one node says nothing to the other.
     */
    Actor signIn(Actor actor) {
        SecurityContextHolderStrategy strategy = bean(SecurityContextHolderStrategy.class);
        SecurityContext security = strategy.createEmptyContext();
        security.setAuthentication(AccountFixtures.authentication(actor));
        strategy.setContext(security);
        return actor;
    }

    void signOut() {
        bean(SecurityContextHolderStrategy.class).clearContext();
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/";
    }

    @Override
    public void close() {
        context.close();
    }
}
