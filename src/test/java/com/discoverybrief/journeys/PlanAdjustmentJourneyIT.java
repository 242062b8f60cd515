package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.PlanAdjustments;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Issue 19 in a real browser: an account manager adds a channel from the catalogue to a salesperson's
 * plan — refused without a reason, saved with one — writes a note for the client, and the brief they
 * download shows the adjusted plan and the note on page 1, without the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanAdjustmentJourneyIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final List<Dimension> SIZES = List.of(new Dimension(1024, 768), new Dimension(768, 1024));
    private static final String REASON = "Клиент уже записан на выставку в марте";
    private static final String NOTE = "Спасибо за встречу! Начнём с выставки, остальное — по плану.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<Browser> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("plan_adjustment"));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::closeQuietly);
    }

    @Test
    void anAccountManagerAdjustsThePlanWithAReasonAndTheBriefShowsTheAdjustedPlan() throws IOException {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        long sessionId;
        List<Recommendation> engine;
        try {
            AccountFixtures.signedIn(salesperson);
            sessionId = context.getBean(DiscoveryService.class)
                    .start(salesperson, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId();
            engine = context.getBean(PlanAdjustments.class).plan(salesperson, sessionId).recommendations();
        } finally {
            AccountFixtures.signOut();
        }
        assertThat(engine).extracting(Recommendation::channel).doesNotContain(Channel.EVENTS);
        String events = RU.of(Channel.EVENTS);

        Browser browser = signedIn(manager);
        browser.go("session/" + sessionId);
        open(browser, Question.values().length + 1);
        browser.click("plan-add");
        browser.choose("adjust-channel", "Выстав", events);
        browser.select("adjust-stage", RU.of(Stage.DO_FIRST));
        browser.select("adjust-place", RU.get("plan.add.place.step", 2));
        browser.click("adjust-save");
        browser.waitFor(By.cssSelector("#adjust-reason[invalid]"));
        assertThat(browser.waitFor(By.id("adjust-reason")).getText()).contains(RU.get("validation.required"));
        browser.type("adjust-reason", REASON);
        browser.click("adjust-save");
        String item = browser.waitFor(By.id("plan-item-" + Channel.EVENTS.name())).getText();
        assertThat(item).contains(events, "Скорректировал(а) " + manager.displayName(), REASON);
        assertThat(browser.waitFor(By.id("plan-adjusted-marker")).getText()).isEqualTo(RU.get("plan.adjusted-marker"));

        browser.type("agency-note", NOTE);
        browser.click("agency-note-save");
        browser.waitForPageText(RU.get("agency-note.saved"));

        // the download at the browser's own size, before the screenshots change it
        Path pdf = browser.download("download-brief", ".pdf");
        browser.script("document.getElementById('plan-panel').scrollIntoView({block: 'start'})");
        browser.screenshots("plan-adjusted", SIZES);
        browser.assertAccessible("plan-adjusted");

        String page1 = pdfPage1(pdf, false);
        String read = pdfPage1(pdf, true);
        assertThat(page1).contains(events, RU.get("brief.plan.agencyChoice"), RU.get("brief.agencyNote.title"), NOTE);
        // in reading order: the engine's first step, the added channel as step 2, the note under the plan
        assertThat(read.indexOf("Начнём с выставки")).isGreaterThan(read.indexOf(events));
        assertThat(read.indexOf(RU.of(engine.get(0).channel()).split(" ")[0])).isLessThan(read.indexOf(events));
        assertThat(page1).doesNotContain(REASON, RU.get("plan.adjusted-marker"));
    }

    private Browser signedIn(Actor actor) {
        Browser browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        browsers.add(browser);
        browser.go("login");
        browser.signIn(actor.username(), AccountFixtures.PASSWORD);
        browser.waitForId("signed-in-user");
        return browser;
    }

    private static void open(Browser browser, int step) {
        browser.waitForId("step-" + step);
        browser.script("document.getElementById('step-" + step + "').scrollIntoView({block: 'center'})");
        browser.click("step-" + step);
        browser.waitFor(By.cssSelector("#step-" + step + "[aria-current='step']"));
    }

    private static String pdfPage1(Path pdf, boolean readingOrder) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // in reading order: OpenPDF writes tables after the paragraphs around them
            stripper.setSortByPosition(readingOrder);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
