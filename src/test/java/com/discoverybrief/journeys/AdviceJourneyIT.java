package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.PurchaseFrequency;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.RequestMotive;
import com.discoverybrief.strategy.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The facts the advice depends on, in a real browser: a one-tap fact, a number refused on its field and
 * then accepted, an assumption tagged beside an answer, a channel the client asks for; then the
 * summary answers the client's idea, leaves the loyalty programme out for a one-off purchase and shows
 * the test plan — on a tablet upright, a small laptop and a wide one — and the brief says the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdviceJourneyIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final List<Dimension> SIZES = List.of(new Dimension(768, 1024), new Dimension(1024, 768),
            new Dimension(1366, 768));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Browser browser;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshDatabase::url);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.closeQuietly();
        }
    }

    @Test
    void aSalespersonTapsTheFactsAndTheBriefAnswersTheClientsOwnIdea() throws IOException {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        browser.go("login");
        browser.signIn(salesperson.username(), AccountFixtures.PASSWORD);
        browser.waitForId("new-session");
        browser.click("new-session");
        browser.type("new-session-client", "Ремонт квартир «Под ключ»");
        browser.click("start-session");
        browser.waitForPath("session/");
        String session = browser.currentPath().replaceAll("\\?.*", "");
        browser.radio("header-businessModel", RU.of(BusinessModel.B2C));
        browser.select("header-geography", RU.of(Geography.REGION));
        browser.select("header-budget", RU.of(BudgetRange.FROM_150K_TO_500K));

        open(session, Question.CLIENT);
        browser.type("answer-SEGMENTS", "Владельцы квартир в новостройках");
        browser.radio("evidence-SEGMENTS", RU.of(Evidence.ASSUMPTION));

        open(session, Question.OFFER);
        browser.type("answer-AVERAGE_CHECK", "миллион");
        browser.waitFor(By.cssSelector("#answer-AVERAGE_CHECK[invalid]"));
        assertThat(browser.waitFor(By.id("answer-AVERAGE_CHECK")).getText()).contains("Введите число");
        browser.type("answer-AVERAGE_CHECK", "1 200 000");
        browser.waitForTextGone(By.id("answer-AVERAGE_CHECK"), "Введите число");
        browser.type("answer-GROSS_MARGIN", "25");

        open(session, Question.ATTRACTION);
        show("answer-REQUESTED_CHANNELS");
        browser.check("answer-REQUESTED_CHANNELS", RU.of(Channel.LOYALTY_BRANDING));
        WebElement row = browser.labelled("answer-REQUESTED_CHANNELS", "vaadin-checkbox", RU.of(Channel.LOYALTY_BRANDING))
                .findElement(By.xpath("./.."));
        browser.select(row.findElement(By.cssSelector("vaadin-select")), RU.of(RequestMotive.COMPETITORS));
        show("answer-SITE");
        browser.radio("answer-SITE", RU.of(Site.CONVERTING));
        browser.lookAt("wizard-facts", SIZES);

        open(session, Question.RETENTION);
        browser.radio("answer-PURCHASE_FREQUENCY", RU.of(PurchaseFrequency.ONE_OFF));
        browser.waitUntil("the step bar counts the tapped fact", () -> browser.waitFor(By.id("step-"
                + Question.RETENTION.number())).getDomAttribute("aria-label").contains("(1/"));

        showStepBar(Question.values().length + 1);
        browser.click("step-" + (Question.values().length + 1));
        WebElement verdicts = browser.waitFor(By.id("verdicts"));
        assertThat(verdicts.getText()).contains(RU.of(Channel.LOYALTY_BRANDING), "Не сейчас", "есть у конкурентов");
        assertThat(browser.waitFor(By.id("test-plan")).getText()).contains("План тестов на первые 3 месяца");
        assertThat(browser.waitFor(By.id("recommendations")).getText()).doesNotContain(RU.of(Channel.LOYALTY_BRANDING));
        browser.lookAt("wizard-advice", SIZES);

        String brief = pdfText(browser.download("download-brief", ".pdf"));
        assertThat(brief).contains("Каналы, о которых вы спрашивали", "План тестов на первые 3 месяца",
                RU.of(Channel.LOYALTY_BRANDING), "наше предположение");
    }

    /** A salesperson scrolls back up to the step bar and taps the step. */
    private void open(String session, Question question) {
        showStepBar(question.number());
        browser.click("step-" + question.number());
        browser.waitFor(By.cssSelector("#step-" + question.number() + "[aria-current='step']"));
    }

    private void showStepBar(int step) {
        show("step-" + step);
    }

    /** Scrolls an element into the middle of the screen, as a person does before tapping it. */
    private void show(String id) {
        browser.script("document.getElementById('" + id + "').scrollIntoView({block: 'center'})");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
