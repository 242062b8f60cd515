package com.discoverybrief.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One client scenario read from {@code src/test/resources/scenarios/*.scenario}: the session as a
 * salesperson typed it (header, answers in their stored form, evidence tags) and what a strategist
 * expects of the brief. See the README beside the files for the format.
 */
record Scenario(String name, Map<String, String> values) {

    static final Path DIRECTORY = Path.of("src/test/resources/scenarios");
    static final List<String> HEADER_KEYS = List.of("businessModel", "geography", "companySize", "budget", "meetingDate");
    private static final List<String> META_KEYS = List.of("title", "industry", "why", "open");

    static List<Scenario> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".scenario")).sorted()
                    .map(Scenario::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scenarios as the classpath holds them ({@code /scenarios}, copied there from the test
     * resources), whatever the working directory: for the benchmark, whose forked JVM may run anywhere.
     */
    static List<Scenario> onClasspath() {
        java.net.URL url = Scenario.class.getResource("/scenarios");
        if (url == null) {
            throw new IllegalStateException("no /scenarios on the classpath: run it with the test classes (target/test-classes)");
        }
        try {
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri));
                }
            }
            return list(Path.of(uri));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Scenario> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".scenario")).sorted()
                    .map(Scenario::read).toList();
        }
    }

    static Scenario read(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        String name = file.getFileName().toString().replace(".scenario", "");
        return new Scenario(name, values);
    }

    String title() {
        return values.getOrDefault("title", name);
    }

    String get(String key) {
        return values.get(key);
    }

    /** The answers: every key that is neither meta, header, evidence nor an expectation, in file order. */
    Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!META_KEYS.contains(key) && !HEADER_KEYS.contains(key) && !key.startsWith("expect.")
                    && !key.startsWith("evidence.") && !key.startsWith("open.")) {
                answers.put(key, value);
            }
        });
        return answers;
    }

    /** {@code evidence.<FIELD>} tags by field name. */
    Map<String, String> evidence() {
        Map<String, String> tags = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("evidence.")) {
                tags.put(key.substring("evidence.".length()), value);
            }
        });
        return tags;
    }

    /** Every value of the keys starting with this prefix ({@code expect.top3.oneOf}, {@code expect.top3.oneOf.2}). */
    List<String> startingWith(String prefix) {
        List<String> found = new ArrayList<>();
        values.forEach((key, value) -> {
            if (key.equals(prefix) || key.startsWith(prefix + ".")) {
                found.add(value);
            }
        });
        return found;
    }

    static List<String> list(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
