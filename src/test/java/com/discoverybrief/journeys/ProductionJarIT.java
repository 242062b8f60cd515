package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Question;
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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar as an administrator would run it: {@code java -jar} in an empty directory, no
 * settings but the port. In a real browser: the setup page creates the administrator, who signs in,
 * starts one session and downloads its brief; the browser's console shows no refused script or
 * style (the Content-Security-Policy) and no development-mode warning.
 *
 * <p>Runs against the jar that {@code ./mvnw -Pproduction verify} has just packaged
 * ({@code -Dit.test=ProductionJarIT}); after a build without {@code -Pproduction} it is skipped, unless
 * {@code -Dproduction.jar.required=true} (CI) makes a missing production jar a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionJarIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final String ADMIN = "director";
    private static final String PASSWORD = "Северный ветер 2026 года";
    private static final String CLIENT = "Пекарня «Колосок»";

    private Path emptyDirectory;
    private Process application;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private String baseUrl;
    private Browser browser;

    @BeforeAll
    void startTheJarInAnEmptyDirectory() throws IOException, InterruptedException {
        Path jar = productionJar().orElse(null);
        String missing = "no production jar in target/: build it with ./mvnw -Pproduction verify"
                + " -Dit.test=ProductionJarIT to run this journey";
        if (Boolean.getBoolean("production.jar.required")) {
            assertThat(jar).as(missing).isNotNull();
        }
        Assumptions.assumeTrue(jar != null, missing);
        emptyDirectory = Files.createTempDirectory("production-jar");
        int port = freePort();
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()).directory(emptyDirectory.toFile()).redirectErrorStream(true);
        start.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("SPRING_")
                || name.equals("DATA_DIR"));
        start.environment().put("PORT", String.valueOf(port));
        application = start.start();
        awaitReady();
        baseUrl = "http://localhost:" + port + "/";
        browser = Browser.start(baseUrl, RU.locale());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.closeQuietly();
        }
        if (application != null) {
            application.destroy();
            if (!application.waitFor(30, TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
        if (emptyDirectory != null) {
            FileSystemUtils.deleteRecursively(emptyDirectory.toFile());
        }
    }

    @Test
    void fromAnEmptyDirectoryTheSetupASessionAndItsBrief() throws IOException {
        assertThat(output).as("what the start printed").anySatisfy(line -> assertThat(line).contains("open " + baseUrl));
        browser.go("");
        browser.waitForPath("setup");
        browser.type("setup-username", ADMIN);
        browser.type("setup-display-name", "Директор агентства");
        browser.type("setup-password", PASSWORD);
        browser.type("setup-repeated", PASSWORD);
        browser.click("setup-create");
        browser.waitForPath("login");
        browser.signIn(ADMIN, PASSWORD);
        browser.waitForText(By.id("new-session"), RU.get("sessions.new"));

        browser.click("new-session");
        browser.type("new-session-client", CLIENT);
        browser.click("start-session");
        browser.waitForPath("session/");
        browser.type("header-contactPerson", "Анна Колосова");
        browser.click("step-" + (Question.values().length + 1));
        String brief = pdfText(browser.download("download-brief", ".pdf"));

        assertThat(brief).contains(CLIENT);
        assertThat(Files.exists(emptyDirectory.resolve("data").resolve("discovery-brief.mv.db")))
                .as("the database in ./data of the directory it was started in").isTrue();
        assertThat(browser.consoleMessages()).as("the browser's console")
                .noneSatisfy(line -> assertThat(line).containsAnyOf("Content Security Policy", "Refused to",
                        "dev mode", "development mode", "404"));
    }

    private static Optional<Path> productionJar() throws IOException {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("discovery-brief-.*\\.jar"))
                    .filter(ProductionJarIT::inProductionMode).findFirst();
        }
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

    /** Reads the application's output until it names the address to open; keeps every line. */
    private void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(application.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException e) {
                output.add("(output ended: " + e + ")");
            }
        }, "production-jar-output");
        reader.setDaemon(true);
        reader.start();
        while (output.stream().noneMatch(line -> line.contains("is ready: open"))) {
            if (!application.isAlive() || Instant.now().isAfter(giveUp)) {
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

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
