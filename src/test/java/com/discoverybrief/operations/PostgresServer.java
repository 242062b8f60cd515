package com.discoverybrief.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the suite was given under the {@code postgres} profile (DB_URL, DB_USER,
 * DB_PASSWORD), for tests that need databases of their own next to it and its command-line tools.
 */
final class PostgresServer {

    private PostgresServer() {
    }

    static boolean given() {
        String profiles = Optional.ofNullable(System.getProperty("spring.profiles.active"))
                .or(() -> env("SPRING_PROFILES_ACTIVE")).orElse("");
        return Arrays.stream(profiles.split(",")).map(String::strip).anyMatch("postgres"::equals)
                && env("DB_URL").isPresent();
    }

    static String user() {
        return env("DB_USER").orElse("postgres");
    }

    static String password() {
        return Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("");
    }

    /** A new empty database beside the given one, dropped when the JVM ends; its JDBC URL. */
    static String createDatabase(String name) {
        String given = env("DB_URL").orElseThrow();
        execute(given, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute(given, "CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropDatabase(name)));
        return url(name);
    }

    static void dropDatabase(String name) {
        execute(env("DB_URL").orElseThrow(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    static String url(String name) {
        String given = env("DB_URL").orElseThrow();
        int query = given.indexOf('?');
        String address = query < 0 ? given : given.substring(0, query);
        return address.substring(0, address.lastIndexOf('/') + 1) + name + (query < 0 ? "" : given.substring(query));
    }

    /**
     * Runs pg_dump, pg_restore or another client tool against database {@code name} on the given
     * server, as the given user; fails with the tool's own words.
     */
    static void tool(String name, Path workDirectory, String... command) {
        URI server = URI.create(env("DB_URL").orElseThrow().substring("jdbc:".length()));
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of("--host", server.getHost(), "--port", String.valueOf(server.getPort() < 0 ? 5432 : server.getPort()),
                "--username", user(), "--dbname", name));
        ProcessBuilder builder = new ProcessBuilder(line).directory(workDirectory.toFile()).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + command[0] + " (the PostgreSQL client tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run «" + sql + "» next to " + url, e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
