package com.discoverybrief.journeys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar that {@code ./mvnw -Pproduction verify} packaged, started as an administrator
 * would: {@code java -jar} in an empty directory, with nothing set but the port (and the JVM options
 * given). Keeps every line it prints.
 */
final class ProductionJar implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final int port;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());

    private ProductionJar(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** The jar in target/ that Vaadin built in production mode, if there is one. */
    static Optional<Path> find() throws IOException {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("discovery-brief-.*\\.jar"))
                    .filter(ProductionJar::inProductionMode).findFirst();
        }
    }

    static ProductionJar start(Path jar, String... jvmOptions) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("production-jar");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder start = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        start.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("SPRING_")
                || name.equals("DATA_DIR"));
        start.environment().put("PORT", String.valueOf(port));
        ProductionJar application = new ProductionJar(start.start(), directory, port);
        application.awaitReady();
        return application;
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    Path directory() {
        return directory;
    }

    long pid() {
        return process.pid();
    }

    List<String> output() {
        return List.copyOf(output);
    }

    private static boolean inProductionMode(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            return info != null && new String(zip.getInputStream(info).readAllBytes(), StandardCharsets.UTF_8)
                    .replace(" ", "").contains("\"productionMode\":true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the application's output until it names the address to open. */
    private void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output ended: " + e + ")");
            }
        }, "production-jar-output");
        reader.setDaemon(true);
        reader.start();
        while (output.stream().noneMatch(line -> line.contains("is ready: open"))) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                close();
                throw new AssertionError("the production jar did not become ready:\n" + String.join("\n", output));
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
