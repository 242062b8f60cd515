package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.SeasonMonth;
import com.discoverybrief.strategy.Seasonality;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole job in real browsers, one journey after another on an empty database: the first start,
 * a salesperson's meeting with a Russian client and its brief, autosave across a reload, the lead's
 * review, a colleague who may not look, and the switch to English. Each main view is looked at on
 * the way: screenshots at two screen sizes and an axe-core check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final Texts EN = Texts.ENGLISH;
    private static final String ADMIN_PASSWORD = "Ключ-от-всех-дверей-2026";
    private static final String OWN_PASSWORD = "Солнечный берег 2026";
    private static final String SALES = "ivan";
    private static final String SALES_NAME = "Иван Петров";
    private static final String LEAD = "olga";
    private static final String LEAD_NAME = "Ольга Смирнова";
    private static final String COLLEAGUE = "petr";
    private static final String COLLEAGUE_CLIENT = "Кофейня «Зерно»";
    private static final String DRAFT_CLIENT = "Пекарня «Колосок»";
    private static final Dimension TABLET = new Dimension(768, 1024);
    /** The journeys' usual screen, last, so the journey goes on at it. */
    private static final Dimension LAPTOP = new Dimension(1280, 800);
    private static final String LEAD_COMMENT = "Уточните бюджет и кто ведёт группу ВКонтакте — без этого рано считать тесты.";

    @LocalServerPort
    int port;

    private final Map<String, Browser> browsers = new HashMap<>();
    private final Map<String, String> temporaryPasswords = new HashMap<>();
    private String sessionPath;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", FreshDatabase::url);
    }

    @AfterAll
    void closeBrowsers() {
        browsers.values().forEach(Browser::closeQuietly);
        System.out.println("Journeys so far: " + Wizard.counts());
    }

    @Test
    @Order(1)
    void firstStartCreatesTheAdministratorWhoCreatesASalespersonALeadAndAColleague() {
        Browser admin = browser("admin", RU.locale());
        admin.go("");
        admin.waitForPath("setup");
        admin.waitForPageText(RU.get("setup.title"));
        admin.lookAt("setup");

        admin.type("setup-username", "admin");
        admin.type("setup-display-name", "Анна Админова");
        admin.type("setup-password", ADMIN_PASSWORD);
        admin.type("setup-repeated", ADMIN_PASSWORD);
        admin.click("setup-create");

        admin.waitForPath("login");
        admin.lookAt("login");
        admin.signIn("admin", ADMIN_PASSWORD);
        admin.waitForId("signed-in-user");
        admin.go("admin");
        admin.waitForId("admin-users");
        createUser(admin, SALES, SALES_NAME, Role.SALES);
        createUser(admin, LEAD, LEAD_NAME, Role.LEAD);
        createUser(admin, COLLEAGUE, "Пётр Козлов", Role.SALES);
        admin.lookAt("admin");

        assertThat(admin.cells("admin-users")).contains(SALES, SALES_NAME, LEAD, LEAD_NAME, COLLEAGUE);
    }

    @Test
    @Order(2)
    void theSalespersonRunsAWholeSessionInRussianAndDownloadsTheBrief() throws IOException {
        Browser sales = signInFirstTime(SALES, RU.locale());
        sales.waitForText(By.id("new-session"), RU.get("sessions.new"));
        sales.click("new-session");
        sales.type("new-session-client", DentalClinic.CLIENT);
        sales.click("start-session");
        sales.waitForPath("session/");
        sessionPath = sales.currentPath().replaceAll("\\?.*", "");
        Wizard wizard = Wizard.opened(sales);

        sales.radio("header-businessModel", RU.of(BusinessModel.B2C));
        sales.select("header-geography", RU.of(Geography.CITY));
        sales.select("header-companySize", RU.of(CompanySize.SMALL));
        sales.select("header-budget", RU.of(BudgetRange.FROM_50K_TO_150K));
        sales.type("header-contactPerson", DentalClinic.CONTACT);
        sales.type("header-industry", DentalClinic.INDUSTRY);
        waitUntilSaved(sales);
        sales.lookAt("wizard-header");

        for (Question question : Question.values()) {
            // Next, step by step, as in a meeting; once pressed twice in a hurry, which must still
            // move one step.
            if (question == Question.OFFER) {
                wizard.doubleNext();
            } else {
                wizard.next();
            }
            List<AnswerField> fields = AnswerField.of(question);
            if (question == Question.SCALING) {
                seasonMonthsComeAndGo(sales, fields.size());
            }
            // every question the clinic is asked is answered; the season's months are not asked of it
            List<AnswerField> asked = fields.stream()
                    .filter(field -> field != AnswerField.SEASON_START && field != AnswerField.SEASON_END).toList();
            assertThat(DentalClinic.ANSWERS).containsKeys(asked.toArray(AnswerField[]::new));
            asked.forEach(field -> answer(sales, field, DentalClinic.ANSWERS.get(field)));
            // The step bar counts the answers the server has received, of the questions asked.
            waitForAnswered(sales, question.number(), asked.size(), asked.size());
            if (question == Question.ATTRACTION) {
                sales.lookAt("wizard-question");
            }
        }

        wizard.next();
        List<String> channels = sales.waitFor(By.id("recommendations"))
                .findElements(By.cssSelector(".recommendation-channel")).stream().map(WebElement::getText).toList();
        assertThat(channels).as("recommended channels on the summary").isNotEmpty();
        sales.click("complete-session");
        sales.waitForId("recompute");
        sales.lookAt("wizard-summary");

        String brief = pdfText(sales.download("download-brief", ".pdf"));
        assertThat(brief).contains(DentalClinic.CLIENT, DentalClinic.CONTACT, RU.get("brief.recommendations.title"),
                channels.get(0));

        // A second client, still a draft: the lead's status filter has something to leave out.
        sales.go("");
        sales.click("new-session");
        sales.type("new-session-client", DRAFT_CLIENT);
        sales.click("start-session");
        sales.waitForText(By.tagName("h1"), DRAFT_CLIENT);
    }

    @Test
    @Order(3)
    void autosaveKeepsTypedTextAcrossAReload() {
        Browser sales = browsers.get(SALES);
        sales.go(sessionPath);
        Wizard.opened(sales).nextUntil(Question.OFFER.number());
        String added = " Есть видеоотзывы пациентов 🙂";
        sales.append("answer-USP", added);
        waitUntilSaved(sales);

        sales.reload();

        sales.waitForId("answer-USP");
        assertThat(sales.valueOf("answer-USP")).isEqualTo(DentalClinic.ANSWERS.get(AnswerField.USP) + added);
    }

    @Test
    @Order(4)
    void aSecondSalespersonWhoPastesTheSessionAddressSeesNotFound() {
        Browser colleague = signInFirstTime(COLLEAGUE, RU.locale());
        colleague.click("new-session");
        colleague.type("new-session-client", COLLEAGUE_CLIENT);
        colleague.click("start-session");
        colleague.waitForPath("session/");

        colleague.go(sessionPath);

        colleague.waitForPageText(RU.get("notfound.title"));
        assertThat(colleague.pageText()).doesNotContain(DentalClinic.CLIENT);
        colleague.lookAt("not-found");
        colleague.go("review");
        colleague.waitForPageText(RU.get("notfound.title"));
    }

    @Test
    @Order(5)
    void theLeadFiltersOpensAndReturnsTheSessionWithAComment() {
        Browser lead = signInFirstTime(LEAD, RU.locale());
        lead.go("review");
        lead.waitForId("review-grid");
        lead.waitForText(By.id("review-grid"), COLLEAGUE_CLIENT);

        lead.choose("filter-salesperson", "Иван", SALES_NAME + " (" + SALES + ")");
        lead.waitForTextGone(By.id("review-grid"), COLLEAGUE_CLIENT);
        assertThat(lead.cells("review-grid")).contains(DentalClinic.CLIENT, DRAFT_CLIENT);
        lead.select("filter-status", RU.of(SessionStatus.COMPLETED));
        lead.waitForTextGone(By.id("review-grid"), DRAFT_CLIENT);
        // The filter lives in the address, so the filtered list can be shared.
        lead.waitForPath("review?owner=" + SALES + "&status=" + SessionStatus.COMPLETED.name());
        assertThat(lead.cells("review-grid")).contains(DentalClinic.CLIENT, SALES_NAME)
                .doesNotContain(COLLEAGUE_CLIENT, DRAFT_CLIENT);
        lead.lookAt("review-sessions");

        lead.clickCell("review-grid", DentalClinic.CLIENT);
        lead.waitForId("return-session");
        lead.waitForPageText(DentalClinic.ANSWERS.get(AnswerField.PAINS).toString());
        assertThat(lead.pageText()).contains(RU.get("review.session.owner", SALES_NAME));
        lead.lookAt("review-session");
        lead.click("return-session");
        lead.click("return-confirm");
        lead.waitForPageText(RU.get("validation.required"));
        lead.type("return-comment", LEAD_COMMENT);
        lead.click("return-confirm");
        lead.waitForText(By.id("review-thread"), LEAD_COMMENT);
        lead.waitForPageText(RU.of(SessionStatus.RETURNED));

        lead.go("review/stats");
        lead.waitForId("stats-total");
        lead.lookAt("review-stats");
    }

    @Test
    @Order(6)
    void theSalespersonSeesTheLeadsComment() {
        Browser sales = browsers.get(SALES);
        sales.go("");
        sales.waitForPageText(LEAD_COMMENT);
        assertThat(sales.pageText()).contains(RU.of(SessionStatus.RETURNED));
        sales.lookAt("my-sessions");

        sales.clickCell("my-sessions-grid", DentalClinic.CLIENT);
        Wizard.opened(sales);
        // The session opens with the lead's comment, its author and a way to the summary.
        sales.waitForText(By.id("returned-banner"), LEAD_COMMENT);
        assertThat(sales.waitForId("returned-banner").getText()).contains(LEAD_NAME);
        sales.lookAt("wizard-returned");
        sales.click("returned-open-step");
        sales.waitForText(By.id("comment-thread"), LEAD_COMMENT);
        assertThat(sales.waitForId("comment-thread").getText()).contains(LEAD_NAME);
    }

    @Test
    @Order(7)
    void switchingToEnglishChangesTheScreensAndTheBrief() throws IOException {
        Browser sales = browsers.get(SALES);
        sales.go("");
        sales.waitForText(By.id("new-session"), RU.get("sessions.new"));

        sales.select("language", "English");

        sales.waitForText(By.id("new-session"), EN.get("sessions.new"));
        sales.waitForPageText(EN.get("sessions.title"));
        assertThat(sales.pageText()).doesNotContain(RU.get("sessions.title"));
        sales.click("new-session");
        sales.type("new-session-client", "Northwind Dental — Казань");
        sales.click("start-session");
        sales.waitForPath("session/");
        Wizard.opened(sales);
        sales.waitForPageText(EN.get("header.title"));
        sales.type("header-industry", "Dentistry");
        waitUntilSaved(sales);
        sales.click("step-" + (Question.values().length + 1));
        sales.waitForPageText(EN.get("wizard.summary.recommendations"));

        String brief = pdfText(sales.download("download-brief", ".pdf"));
        assertThat(brief).contains("Northwind Dental — Казань", EN.get("brief.recommendations.title"))
                .doesNotContain(RU.get("brief.recommendations.title"));

        // The Russian client's session, now in English screens: its brief language is the session's
        // own choice on the client step; choosing English gives the English brief.
        sales.go(sessionPath);
        Wizard.opened(sales);
        sales.waitForPageText(EN.get("header.briefLanguage"));
        sales.select("header-briefLanguage", EN.get("language.en"));
        // The step change is handled after the language change, so the summary means it is saved.
        sales.click("step-" + (Question.values().length + 1));
        sales.waitForPageText(EN.get("wizard.summary.recommendations"));
        String dentalBrief = pdfText(sales.download("download-brief", ".pdf"));
        assertThat(dentalBrief).contains(DentalClinic.CLIENT, EN.get("brief.recommendations.title"))
                .doesNotContain(RU.get("brief.recommendations.title"));
    }

    /**
     * The clinic's manager first says "in a season — summer is dead for us", then corrects herself: it
     * is a dip, patients come all year round. The month selects appear with "in a season" and count in
     * the step bar; with "all year round" they go, and the step bar no longer asks for them.
     */
    private static void seasonMonthsComeAndGo(Browser sales, int fields) {
        int step = Question.SCALING.number();
        assertThat(sales.isShown("answer-SEASON_START")).as("months before the season is said").isFalse();
        waitForAnswered(sales, step, 0, fields - 2);
        answer(sales, AnswerField.SEASONALITY, Seasonality.SEASONAL);
        sales.waitUntil("the month selects appear",
                () -> sales.isShown("answer-SEASON_START") && sales.isShown("answer-SEASON_END"));
        answer(sales, AnswerField.SEASON_START, SeasonMonth.SEPTEMBER);
        answer(sales, AnswerField.SEASON_END, SeasonMonth.MAY);
        waitForAnswered(sales, step, 3, fields);
        sales.script("document.getElementById('answer-SEASONALITY').scrollIntoView({block: 'start'})");
        sales.screenshots("wizard-season-months", List.of(TABLET, LAPTOP));
        sales.assertAccessible("wizard-season-months");

        answer(sales, AnswerField.SEASONALITY, Seasonality.YEAR_ROUND);
        waitForAnswered(sales, step, 1, fields - 2);
        sales.waitUntil("the month selects are hidden",
                () -> !sales.isShown("answer-SEASON_START") && !sales.isShown("answer-SEASON_END"));
        sales.script("document.getElementById('answer-SEASONALITY').scrollIntoView({block: 'start'})");
        sales.screenshots("wizard-season-year-round", List.of(TABLET, LAPTOP));
        // back up to the step's first question, where the salesperson goes on (a field scrolled out of
        // the step's clipped area is not one Selenium types into)
        sales.script("document.getElementById('step-title').scrollIntoView({block: 'start'})");
    }

    private Browser browser(String user, Locale language) {
        return browsers.computeIfAbsent(user, name -> Browser.start("http://localhost:" + port + "/", language));
    }

    private void createUser(Browser admin, String username, String displayName, Role role) {
        admin.click("admin-new-user");
        admin.type("new-user-username", username);
        admin.type("new-user-display-name", displayName);
        admin.check("new-user-roles", RU.of(role));
        admin.click("new-user-create");
        String temporary = admin.waitForId("temporary-password").getText();
        assertThat(temporary).isNotBlank();
        temporaryPasswords.put(username, temporary);
        admin.click("temporary-password-done");
        admin.waitForText(By.id("admin-users"), displayName);
    }

    /** Signs in with the temporary password; the app insists on a new one before anything else. */
    private Browser signInFirstTime(String username, Locale language) {
        Browser browser = browser(username, language);
        browser.go("");
        browser.signIn(username, temporaryPasswords.get(username));
        browser.waitForPath("change-password");
        if (username.equals(SALES)) {
            browser.lookAt("change-password");
        }
        browser.type("password-current", temporaryPasswords.get(username));
        browser.type("password-new", OWN_PASSWORD);
        browser.type("password-repeated", OWN_PASSWORD);
        browser.click("password-change");
        browser.waitForId("signed-in-user");
        return browser;
    }

    private static void answer(Browser browser, AnswerField field, Object value) {
        String id = "answer-" + field.name();
        if (value instanceof String text) {
            browser.type(id, text);
        } else if (value instanceof BigDecimal number) {
            browser.type(id, number.toPlainString());
        } else if (value instanceof List<?> uses) {
            for (Object use : uses) {
                Enum<?> channel = use instanceof ChannelUse u ? u.channel() : ((ChannelRequest) use).channel();
                Enum<?> outcome = use instanceof ChannelUse u ? u.outcome() : ((ChannelRequest) use).motive();
                WebElement row = browser.labelled(id, "vaadin-checkbox", RU.of(channel)).findElement(By.xpath("./.."));
                browser.check(id, RU.of(channel));
                browser.select(row.findElement(By.cssSelector("vaadin-select")), RU.of(outcome));
            }
        } else if (value instanceof SeasonMonth month) {
            browser.select(id, RU.of(month));
        } else {
            browser.radio(id, RU.of((Enum<?>) value));
        }
    }

    /** The step bar counts the answers the server received: "(5/5)" in the step button's full name. */
    private static void waitForAnswered(Browser browser, int step, int answered, int count) {
        browser.waitFor(By.cssSelector("#step-" + step + "[aria-label$='(" + answered + "/" + count + ")']"));
    }

    /** The autosave indicator says "Saved at …" once the server has stored the last change. */
    private static void waitUntilSaved(Browser browser) {
        browser.waitFor(By.cssSelector("#autosave-indicator[data-state='saved']"));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
