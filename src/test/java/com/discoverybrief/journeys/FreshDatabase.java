package com.discoverybrief.journeys;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An empty database for the journeys, which begin with the very first start: a private in-memory
 * H2, or under the {@code postgres} profile a new database beside the one the suite was given.
 */
public final class FreshDatabase {

    /** Unique per run, so two builds on one server never drop each other's database. */
    private static final String NAME = "discovery_brief_journeys_" + ProcessHandle.current().pid();
    private static final Map<String, String> URLS = new HashMap<>();

    private FreshDatabase() {
    }

    /** Created on the first call; Spring may ask for the property more than once. */
    static String url() {
        return url("");
    }

    /**
     * An empty database of its own for a journey class that must not share one with the others
     * (e.g. {@code "access"} gives {@code discovery_brief_journeys_<pid>_access}).
     */
    public static synchronized String url(String purpose) {
        if (!purpose.matches("[a-z0-9_]*")) {
            // Checked on H2 too: PostgreSQL takes no hyphen in an unquoted name, and a journey that
            // only ever ran on H2 would first fail in CI's PostgreSQL step.
            throw new IllegalArgumentException("a database purpose is lower-case letters, digits and _: " + purpose);
        }
        return URLS.computeIfAbsent(purpose, name -> create(name.isEmpty() ? NAME : NAME + "_" + name));
    }

    private static String create(String name) {
        if (!postgresProfile()) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
        }
        String given = env("DB_URL").orElse("jdbc:postgresql://127.0.0.1:5432/test");
        int query = given.indexOf('?');
        String address = query < 0 ? given : given.substring(0, query);
        String parameters = query < 0 ? "" : given.substring(query);
        execute(given, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute(given, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(given, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return address.substring(0, address.lastIndexOf('/') + 1) + name + parameters;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER").orElse("postgres"),
                env("DB_PASSWORD").orElse(""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run «" + sql + "» next to " + url, e);
        }
    }

    private static boolean postgresProfile() {
        String profiles = Optional.ofNullable(System.getProperty("spring.profiles.active"))
                .or(() -> env("SPRING_PROFILES_ACTIVE")).orElse("");
        return Arrays.stream(profiles.split(",")).map(String::strip).anyMatch("postgres"::equals);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
