package com.discoverybrief.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile has no default database, user or password: before anything starts,
 * this check stops the application with a message naming what is missing, rather than letting it
 * connect to some default database or fall back to an in-memory one. The message is
 * {@link MissingDatabaseSettingsAnalyzer}'s.
 */
public class PostgresSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (blank(environment.getProperty("spring.datasource.url"))) {
            missing.add("DB_URL");
        }
        if (blank(environment.getProperty("spring.datasource.username"))) {
            missing.add("DB_USER");
        }
        // An empty password is allowed (trust authentication), a forgotten one is not.
        if (environment.getProperty("DB_PASSWORD") == null && blank(environment.getProperty("spring.datasource.password"))) {
            missing.add("DB_PASSWORD");
        }
        if (!missing.isEmpty()) {
            throw new MissingDatabaseSettingsException(missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
