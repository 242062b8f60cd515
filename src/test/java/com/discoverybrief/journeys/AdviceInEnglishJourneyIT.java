package com.discoverybrief.journeys;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.RequestMotive;
import com.discoverybrief.strategy.Site;
import com.discoverybrief.strategy.StoredForm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The advice in English, as a lead reads it after the meeting: the review view shows the new facts
 * beside the client's words, the verdict on the channel the client asked for, the test plan and what
 * rests on an assumption; the English brief a lead exports says the same. The salesperson's summary
 * step shows it in English too. Screens at a tablet upright and a wide laptop, the brief kept under
 * target/screenshots for a look with pdftotext and pdftoppm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdviceInEnglishJourneyIT {

    private static final Texts EN = Texts.ENGLISH;
    private static final List<Dimension> SIZES = List.of(new Dimension(768, 1024), new Dimension(1366, 768));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DiscoveryService discovery;

    private Browser browser;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("advice_en"));
    }

    @AfterEach
    void closeBrowser() {
        AccountFixtures.signOut();
        if (browser != null) {
            browser.closeQuietly();
        }
    }

    @Test
    void aLeadReadsTheFactsTheVerdictsAndTheTestPlanInEnglishAndTheBriefSaysTheSame() throws IOException {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor lead = AccountFixtures.user(context, Role.LEAD);
        long id = dentalClinicInEnglish(salesperson);

        browser = Browser.start("http://localhost:" + port + "/", Locale.ENGLISH);
        browser.go("login");
        browser.signIn(salesperson.username(), AccountFixtures.PASSWORD);
        browser.waitForId("new-session");
        browser.go("session/" + id);
        Wizard.opened(browser);
        browser.script("document.getElementById('step-" + (Question.values().length + 1)
                + "').scrollIntoView({block: 'center'})");
        browser.click("step-" + (Question.values().length + 1));
        assertThat(browser.waitFor(By.id("verdicts")).getText()).contains(EN.of(Channel.SMM),
                EN.of(RequestMotive.COMPETITORS).toLowerCase(Locale.ENGLISH));
        assertThat(browser.waitFor(By.id("test-plan")).getText()).contains("Test plan for the first 3 months");
        browser.lookAt("wizard-advice-en", SIZES);
        browser.closeQuietly();

        browser = Browser.start("http://localhost:" + port + "/", Locale.ENGLISH);
        browser.go("login");
        browser.signIn(lead.username(), AccountFixtures.PASSWORD);
        browser.waitForId("signed-in-user");
        browser.go("review/" + id);
        browser.waitForId("review-assessment");
        String facts = browser.waitFor(By.id("answers-MICRO")).getText();
        assertThat(facts).contains(EN.get("field.SITE.label"), EN.of(Site.BUSINESS_CARD),
                EN.get("field.REQUESTED_CHANNELS.label"));
        assertThat(browser.waitFor(By.id("verdicts")).getText()).contains(EN.of(Channel.SMM));
        assertThat(browser.waitFor(By.id("test-plan")).getText()).contains("Test plan for the first 3 months");
        assertThat(browser.pageText()).contains(EN.get("advice.assumptions", EN.get("field.SEGMENTS.label")));
        browser.lookAt("review-advice-en", SIZES);

        Path pdf = browser.download("review-download-brief", ".pdf");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(pdf, Path.of("target", "screenshots", "review-advice-en.pdf"), StandardCopyOption.REPLACE_EXISTING);
        String brief = pdfText(pdf);
        assertThat(brief).contains(EN.get("brief.recommendations.title"), "Test plan for the first 3 months",
                EN.of(Channel.SMM), EN.of(Site.BUSINESS_CARD), "our assumption");
    }

    /** The dental clinic of the Russian journeys, kept with an English brief; its segments are an assumption. */
    private long dentalClinicInEnglish(Actor salesperson) {
        DiscoverySession session = discovery.start(signedIn(salesperson), DentalClinic.CLIENT, Locale.ENGLISH);
        long version = session.getVersion();
        version = discovery.saveHeader(signedIn(salesperson), session.getId(), version, null,
                new SessionHeader(DentalClinic.CLIENT, DentalClinic.CONTACT, "Dentistry", BusinessModel.B2C,
                        Geography.CITY, CompanySize.SMALL, BudgetRange.FROM_50K_TO_150K, LocalDate.of(2026, 11, 30), "en"))
                .version();
        for (var answer : DentalClinic.ANSWERS.entrySet()) {
            version = discovery.saveAnswer(signedIn(salesperson), session.getId(), version, answer.getKey(), null,
                    StoredForm.format(answer.getValue())).version();
        }
        discovery.saveEvidence(signedIn(salesperson), session.getId(), AnswerField.SEGMENTS, Evidence.ASSUMPTION);
        discovery.complete(signedIn(salesperson), session.getId());
        AccountFixtures.signOut();
        return session.getId();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
