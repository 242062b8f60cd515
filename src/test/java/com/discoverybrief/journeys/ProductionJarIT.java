package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

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
    static final String ADMIN = "director";
    static final String PASSWORD = "Северный ветер 2026 года";
    private static final String CLIENT = "Пекарня «Колосок»";

    private ProductionJar application;
    private Browser browser;

    @BeforeAll
    void startTheJarInAnEmptyDirectory() throws IOException, InterruptedException {
        Path jar = ProductionJar.find().orElse(null);
        String missing = "no production jar in target/: build it with ./mvnw -Pproduction verify"
                + " -Dit.test=ProductionJarIT to run this journey";
        if (Boolean.getBoolean("production.jar.required")) {
            assertThat(jar).as(missing).isNotNull();
        }
        Assumptions.assumeTrue(jar != null, missing);
        application = ProductionJar.start(jar);
        browser = Browser.start(application.baseUrl(), RU.locale());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.closeQuietly();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void fromAnEmptyDirectoryTheSetupASessionAndItsBrief() throws IOException {
        assertThat(application.output()).as("what the start printed")
                .anySatisfy(line -> assertThat(line).contains("open " + application.baseUrl()));
        setUpAndSignIn(browser);
        browser.waitForText(By.id("new-session"), RU.get("sessions.new"));

        browser.click("new-session");
        browser.type("new-session-client", CLIENT);
        browser.click("start-session");
        browser.waitForPath("session/");
        browser.type("header-contactPerson", "Анна Колосова");
        browser.click("step-" + (Question.values().length + 1));
        String brief = pdfText(browser.download("download-brief", ".pdf"));

        assertThat(brief).contains(CLIENT);
        assertThat(Files.exists(application.directory().resolve("data").resolve("discovery-brief.mv.db")))
                .as("the database in ./data of the directory it was started in").isTrue();
        assertThat(browser.consoleMessages()).as("the browser's console")
                .noneSatisfy(line -> assertThat(line).containsAnyOf("Content Security Policy", "Refused to",
                        "dev mode", "development mode", "404"));
    }

    /** The first visit's setup page creates the administrator, who then signs in. */
    static void setUpAndSignIn(Browser browser) {
        browser.go("");
        browser.waitForPath("setup");
        browser.type("setup-username", ADMIN);
        browser.type("setup-display-name", "Директор агентства");
        browser.type("setup-password", PASSWORD);
        browser.type("setup-repeated", PASSWORD);
        browser.click("setup-create");
        browser.waitForPath("login");
        browser.signIn(ADMIN, PASSWORD);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
