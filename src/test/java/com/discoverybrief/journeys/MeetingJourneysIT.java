package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12 in real browsers: a salesperson in a meeting with a tablet, who taps, presses twice,
 * reloads and leaves right after typing, loses the HTTP session, and works beside a colleague on the
 * same session. Every step is reached by Next (or a tap on it), never by its address; a skipped step
 * or a lost word fails the journey. Creates its own people and sessions, so it runs alone or after
 * the other journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingJourneysIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final Dimension TABLET = new Dimension(768, 1024);
    private static final Dimension LAPTOP = new Dimension(1024, 768);
    private static final List<Dimension> SCREENS = List.of(TABLET, LAPTOP, new Dimension(1366, 768));
    private static final String CLIENT = "Автосервис «Колесо»";
    private static final int SUMMARY = Question.values().length + 1;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DiscoveryService discovery;

    private final Map<String, Browser> browsers = new HashMap<>();
    private Actor salesperson;
    private Actor manager;
    private Actor lead;
    private long sessionId;
    private String sessionPath;

    @BeforeAll
    void people() {
        salesperson = AccountFixtures.user(context, Role.SALES);
        manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        lead = AccountFixtures.user(context, Role.LEAD);
    }

    @AfterAll
    void closeBrowsers() {
        browsers.values().forEach(Browser::closeQuietly);
        System.out.println("Journeys so far: " + Wizard.counts());
    }

    @Test
    @Order(1)
    void onATabletEveryStepIsReachedByATapAndFitsTheScreen() {
        Browser sales = signedIn(salesperson);
        sales.screen(TABLET, true);
        sales.go("");
        sales.tap("new-session");
        sales.type("new-session-client", CLIENT);
        sales.tap("start-session");
        sales.waitForPath("session/");
        sessionPath = sales.currentPath().replaceAll("\\?.*", "");
        sessionId = Long.parseLong(sessionPath.substring("session/".length()));
        Wizard wizard = Wizard.opened(sales);

        looksRightOnATablet(sales, "#header-clientCompany");
        sales.screenshots("tablet-wizard-header", SCREENS);
        sales.screen(TABLET, true);
        for (Question question : Question.values()) {
            wizard.tapNext();
            looksRightOnATablet(sales, "#" + "answer-" + AnswerField.of(question).get(0).name());
            if (question == Question.ATTRACTION) {
                outcomesAreReadable(sales);
                sales.screenshots("tablet-wizard-channels", SCREENS);
                sales.screen(TABLET, true);
            }
        }
        wizard.tapNext();
        sales.waitFor(By.id("recommendations"));
        sales.screenshots("tablet-wizard-summary", SCREENS);
        sales.screen(TABLET, true);
        stickyWhileScrolled(sales);
    }

    @Test
    @Order(2)
    void aRepeatedNavigationAndADoublePressMoveExactlyOneStepAndKeepWhatWasTyped() {
        Browser sales = browsers.get(salesperson.username());
        sales.screen(LAPTOP, false);
        sales.go(sessionPath);
        Wizard wizard = Wizard.opened(sales);
        sales.type("header-contactPerson", "Марат Галиев");

        // What the browser sometimes sent right after the wizard appeared: a second navigation to the
        // address of the step on screen, through the client-side router, with a round trip.
        sales.script("window.dispatchEvent(new CustomEvent('vaadin-navigate', {detail: {url:"
                + " location.pathname.substring(1) + '?step=0', replace: true, callback: true}}))");
        sales.waitUntilAnswered();

        assertThat(sales.valueOf("header-contactPerson")).isEqualTo("Марат Галиев");
        wizard.nextWithImmediateFeedback();
        wizard.doubleNext();
        wizard.altNext();
        assertThat(wizard.step()).isEqualTo(3);
        assertThat(stored(() -> discovery.open(salesperson, sessionId).getHeader().contactPerson()))
                .isEqualTo("Марат Галиев");
    }

    @Test
    @Order(3)
    void textTypedRightBeforeLeavingReloadingOrSwitchingLanguageIsNeverLost() {
        Browser sales = browsers.get(salesperson.username());
        sales.go(sessionPath);
        Wizard.opened(sales).next();

        // Straight to the menu, before the browser's own pause has passed.
        sales.append("answer-SEGMENTS", "Владельцы машин старше пяти лет");
        sales.script("document.querySelector('vaadin-side-nav-item[path=\"\"], vaadin-side-nav-item')"
                + ".shadowRoot.querySelector('a').click()");
        sales.waitForId("my-sessions-grid");
        assertThat(stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.SEGMENTS)))
                .isEqualTo("Владельцы машин старше пяти лет");

        // A reload the moment the last key is pressed: saved, or offered back — never gone.
        sales.go(sessionPath);
        Wizard.opened(sales).next();
        sales.append("answer-PAINS", "Долго ждать запчасти");
        sales.reloadNow();
        Wizard.opened(sales);
        restoreIfOffered(sales);
        sales.waitUntil("the pains typed before the reload are stored", () -> "Долго ждать запчасти".equals(
                stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.PAINS))));
        assertThat(sales.valueOf("answer-PAINS")).isEqualTo("Долго ждать запчасти");

        // The language switch reloads the page too: the text goes first.
        sales.append("answer-DECISION_MAKERS", "Владелец");
        sales.select("language", "English");
        sales.waitForText(By.id("wizard-next"), Texts.ENGLISH.get("wizard.next"));
        assertThat(stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.DECISION_MAKERS)))
                .isEqualTo("Владелец");
        sales.select("language", "Русский");
        sales.waitForText(By.id("wizard-next"), RU.get("wizard.next"));
    }

    @Test
    @Order(4)
    void textTypedAfterTheHttpSessionEndedIsOfferedBackAfterSigningInAgain() {
        Browser sales = browsers.get(salesperson.username());
        sales.go(sessionPath);
        Wizard.opened(sales).nextUntil(Question.OFFER.number());

        sales.loseHttpSession();
        sales.type("answer-USP", "Гарантия год на любой ремонт");

        sales.go("");
        sales.signIn(salesperson.username(), AccountFixtures.PASSWORD);
        sales.waitForId("signed-in-user");
        sales.go(sessionPath);
        Wizard.opened(sales);
        sales.waitForText(By.id("drafts-banner"), RU.get("field.USP.label"));
        sales.assertAccessible("wizard-drafts-banner");
        sales.screenshots("wizard-drafts-banner", SCREENS);
        sales.screen(LAPTOP, false);
        sales.click("drafts-restore");
        sales.waitUntil("the text typed while signed out is stored", () -> "Гарантия год на любой ремонт".equals(
                stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.USP))));
    }

    /** Issue 11, defect 3, as two colleagues see it: nobody's words disappear without a choice. */
    @Test
    @Order(5)
    void twoColleaguesOnOneSessionNeverOverwriteEachOtherSilently() {
        Browser sales = browsers.get(salesperson.username());
        Browser colleague = signedIn(manager);
        colleague.screen(LAPTOP, false);
        sales.go(sessionPath);
        Wizard.opened(sales).nextUntil(Question.RETENTION.number());
        colleague.go(sessionPath);
        Wizard.opened(colleague).nextUntil(Question.RETENTION.number());

        sales.type("answer-LOYALTY", "Скидка 10 % постоянным");
        waitUntilSaved(sales);
        colleague.type("answer-CHURN_REASONS", "Уходят к дилеру");
        waitUntilSaved(colleague);

        // The colleague's screen now shows what the salesperson saved, so the next edit builds on it.
        colleague.waitUntil("the salesperson's words appear on the colleague's screen",
                () -> "Скидка 10 % постоянным".equals(colleague.valueOf("answer-LOYALTY")));
        colleague.append("answer-LOYALTY", " и бесплатная мойка");
        waitUntilSaved(colleague);
        assertThat(stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.LOYALTY)))
                .isEqualTo("Скидка 10 % постоянным и бесплатная мойка");

        // The salesperson, still in the field, types on over the old text: asked, not overwritten.
        sales.append("answer-LOYALTY", " по картам");
        sales.waitForText(By.id("conflict-mine"), "Скидка 10 % постоянным по картам");
        assertThat(sales.pageText()).contains("Скидка 10 % постоянным и бесплатная мойка");
        assertThat(stored(() -> discovery.open(salesperson, sessionId).storedAnswer(AnswerField.LOYALTY)))
                .isEqualTo("Скидка 10 % постоянным и бесплатная мойка");
        sales.click("conflict-take-theirs");
        sales.waitUntil("the other version is shown", () -> sales.valueOf("answer-LOYALTY")
                .equals("Скидка 10 % постоянным и бесплатная мойка"));
        waitUntilSaved(sales);
    }

    @Test
    @Order(6)
    void meetingModeNotesAndMarksReachTheSummaryTheLeadAndTheBrief() throws IOException {
        Browser sales = browsers.get(salesperson.username());
        sales.go(sessionPath);
        Wizard wizard = Wizard.opened(sales).nextUntil(Question.RETENTION.number());
        sales.click("meeting-mode");
        sales.waitFor(By.cssSelector(".session-wizard.meeting-mode #coaching:not([opened])"));
        sales.click("ask-next-REPEAT_SHARE");
        sales.waitFor(By.cssSelector("#ask-next-REPEAT_SHARE[aria-pressed='true']"));
        sales.type("note-RETENTION", "Клиенты записываются по телефону, базы нет");
        waitUntilSaved(sales);
        sales.assertAccessible("wizard-meeting-mode");
        sales.screenshots("meeting-mode-question", SCREENS);
        sales.screen(LAPTOP, false);

        wizard.nextUntil(SUMMARY);
        String notes = sales.waitForId("meeting-notes").getText();
        assertThat(notes).contains(RU.get("field.REPEAT_SHARE.gap"), "Клиенты записываются по телефону, базы нет");
        String brief = pdfText(sales.download("download-brief", ".pdf"));
        assertThat(brief).contains(RU.get("field.REPEAT_SHARE.gap"), "Клиенты записываются по телефону, базы нет");

        // Remembered for the user: the next time the wizard opens, still in meeting mode.
        sales.reload();
        Wizard.opened(sales);
        sales.waitFor(By.cssSelector(".session-wizard.meeting-mode"));
        sales.click("meeting-mode");
        sales.waitFor(By.cssSelector(".session-wizard:not(.meeting-mode)"));

        Browser reviewer = signedIn(lead);
        reviewer.go("");
        reviewer.waitForPath("review");
        reviewer.go("review/" + sessionId);
        reviewer.waitForText(By.id("meeting-notes"), "Клиенты записываются по телефону, базы нет");
        assertThat(reviewer.waitForId("meeting-notes").getText()).contains(RU.get("field.REPEAT_SHARE.gap"));
        reviewer.screenshots("review-session-notes", SCREENS);
    }

    @Test
    @Order(7)
    void theSavedTimeIsTheBrowsersClockNotTheServers() {
        Browser sales = browsers.get(salesperson.username());
        sales.timeZone("Asia/Vladivostok");
        sales.go(sessionPath);
        Wizard.opened(sales).next();
        sales.append("answer-DECISION_MAKERS", " и его жена");
        waitUntilSaved(sales);

        String shown = sales.waitForId("autosave-indicator").getText();
        Matcher time = Pattern.compile("(\\d{2}):(\\d{2}):\\d{2}").matcher(shown);
        assertThat(time.find()).as("a time in «" + shown + "»").isTrue();
        String browserClock = (String) sales.script("return new Date().toLocaleTimeString('en-GB',"
                + " {hour: '2-digit', minute: '2-digit', hour12: false})");
        assertThat(minutesApart(time.group(1) + ":" + time.group(2), browserClock))
                .as("«" + shown + "» against the browser's clock " + browserClock).isLessThanOrEqualTo(2);
    }

    private Browser signedIn(Actor actor) {
        Browser browser = browsers.computeIfAbsent(actor.username(),
                name -> Browser.start("http://localhost:" + port + "/", RU.locale()));
        browser.go("");
        browser.signIn(actor.username(), AccountFixtures.PASSWORD);
        browser.waitForId("signed-in-user");
        return browser;
    }

    /**
     * At 768×1024: the step's first input is on screen without scrolling, the step bar is one row,
     * and every button, radio and checkbox is at least 44 px tall.
     */
    private static void looksRightOnATablet(Browser browser, String firstInput) {
        List<Number> input = browser.box(firstInput);
        assertThat(input).as("the first input " + firstInput).isNotNull();
        List<Number> bar = browser.box(".wizard-bar");
        assertThat(input.get(1).doubleValue()).as("the first input starts below the sticky bar, not scrolled away")
                .isGreaterThanOrEqualTo(bar.get(1).doubleValue() + bar.get(3).doubleValue());
        assertThat(input.get(1).doubleValue() + Math.min(input.get(3).doubleValue(), 60))
                .as("the first input's top part is on screen at 768×1024").isLessThanOrEqualTo(TABLET.getHeight());
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.script("return [...document.querySelectorAll('.step-bar"
                + " vaadin-button')].map(button => Math.round(button.getBoundingClientRect().top))");
        assertThat(tops).as("the step bar is one row").containsOnly(tops.get(0));
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) browser.script("return [...document.querySelectorAll('.session-wizard"
                + " vaadin-button, .session-wizard vaadin-radio-button, .session-wizard vaadin-checkbox')]"
                + ".filter(target => target.offsetParent !== null && target.getBoundingClientRect().height < 44)"
                + ".map(target => (target.id || target.localName) + ' ' + Math.round(target.getBoundingClientRect().height))");
        assertThat(small).as("touch targets under 44 px").isEmpty();
    }

    /** The outcome of a channel in use reads in full ("Приносит прибыль", not "Приносит прибыл…"). */
    private static void outcomesAreReadable(Browser browser) {
        browser.check("answer-CHANNELS", RU.of(CurrentChannel.TARGETED_ADS));
        WebElement row = browser.labelled("answer-CHANNELS", "vaadin-checkbox", RU.of(CurrentChannel.TARGETED_ADS))
                .findElement(By.xpath("./.."));
        browser.select(row.findElement(By.cssSelector("vaadin-select")), RU.of(ChannelOutcome.PROFIT));
        Object cut = browser.script("return [...document.querySelectorAll('#answer-CHANNELS vaadin-select-value-button')]"
                + ".some(value => value.scrollWidth > value.clientWidth + 1)");
        assertThat(cut).as("an outcome cut off in its select").isEqualTo(false);
    }

    /** Scrolled to the end of a long step, the autosave state and the progress are still on screen. */
    private static void stickyWhileScrolled(Browser browser) {
        browser.script("document.querySelector('#wizard-next').scrollIntoView({block: 'end'})");
        List<Number> indicator = browser.box("#autosave-indicator");
        List<Number> progress = browser.box("#wizard-progress");
        assertThat(indicator.get(1).doubleValue()).as("the autosave state, scrolled down").isBetween(0.0, 300.0);
        assertThat(progress.get(1).doubleValue()).as("the progress, scrolled down").isBetween(0.0, 300.0);
    }

    private static void restoreIfOffered(Browser browser) {
        if (Boolean.TRUE.equals(browser.script("return !!document.querySelector('#drafts-restore')"))) {
            browser.click("drafts-restore");
        }
    }

    private static void waitUntilSaved(Browser browser) {
        browser.waitFor(By.cssSelector("#autosave-indicator[data-state='saved']"));
    }

    /** Reads the database as the salesperson would see it. */
    private <T> T stored(Supplier<T> read) {
        try {
            AccountFixtures.signedIn(salesperson);
            return read.get();
        } finally {
            AccountFixtures.signOut();
        }
    }

    private static long minutesApart(String a, String b) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        int first = LocalTime.parse(a, format).toSecondOfDay() / 60;
        int second = LocalTime.parse(b, format).toSecondOfDay() / 60;
        int difference = Math.abs(first - second);
        return Math.min(difference, 24 * 60 - difference);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
