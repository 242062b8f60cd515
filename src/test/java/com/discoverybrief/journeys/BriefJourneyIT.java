package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.Question;
import com.discoverybrief.strategy.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 14 in real browsers: a salesperson puts a phone and an e-mail on their profile (a wrong phone
 * is refused on the field, in words), exports a brief, changes an answer and exports again; the
 * brief names them with their contact details and says what changed, and the lead sees both versions
 * and the change on the review screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BriefJourneyIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final List<Dimension> SIZES = List.of(new Dimension(768, 1024), new Dimension(1024, 768),
            new Dimension(1366, 768));
    private static final String PHONE = "+7 843 555-12-34";
    private static final String EMAIL = "irina@agency.example";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<Browser> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("brief"));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::closeQuietly);
    }

    @Test
    void theBriefNamesTheSalespersonWithTheirContactAndTheNextOneSaysWhatChanged() throws IOException {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor lead = AccountFixtures.user(context, Role.LEAD);
        Browser sales = signedIn(salesperson);

        sales.go("profile");
        sales.type("profile-phone", "звоните в офис");
        sales.click("profile-save");
        sales.waitFor(By.cssSelector("#profile-phone[invalid]"));
        assertThat(sales.waitFor(By.id("profile-phone")).getText()).contains(RU.get("profile.phone-invalid"));
        sales.type("profile-phone", PHONE);
        sales.type("profile-email", EMAIL);
        sales.click("profile-save");
        sales.waitForPageText(RU.get("profile.saved"));
        assertThat(sales.waitFor(By.id("profile-phone")).getDomAttribute("invalid")).isNull();
        sales.lookAt("profile", SIZES);

        sales.go("");
        sales.click("new-session");
        sales.type("new-session-client", "Кофейня «Зерно»");
        sales.click("start-session");
        sales.waitForPath("session/");
        String session = sales.currentPath().replaceAll("\\?.*", "");
        long sessionId = Long.parseLong(session.substring("session/".length()));
        sales.radio("header-businessModel", RU.of(BusinessModel.B2C));
        sales.select("header-geography", RU.of(Geography.CITY));
        sales.select("header-budget", RU.of(BudgetRange.FROM_50K_TO_150K));
        open(sales, Question.ATTRACTION);
        sales.radio("answer-SITE", RU.of(Site.CONVERTING));
        open(sales, Question.values().length + 1);
        String first = pdfText(sales.download("download-brief", ".pdf"));
        String name = "Тестовый " + salesperson.username();
        assertThat(first).contains(RU.get("brief.plan.title"), name).doesNotContain("Что изменилось с брифа от");
        // a line may wrap inside the phone number
        assertThat(first.replace(" ", "")).contains(PHONE.replace(" ", ""), EMAIL);

        open(sales, Question.ATTRACTION);
        sales.radio("answer-SITE", RU.of(Site.NONE));
        open(sales, Question.values().length + 1);
        Path secondPdf = sales.download("download-brief", ".pdf");
        keep(secondPdf, "brief-journey-second.pdf");
        String second = pdfText(secondPdf);
        // each change names what moved and the answer that moved it
        assertThat(second).contains("Что изменилось с брифа от", "Изменились ответы: " + RU.get("field.SITE.label"))
                .containsPattern("(Новое|Больше не рекомендуем|Выше в плане|Ниже в плане): ");

        Browser reviewer = signedIn(lead);
        reviewer.go("review/" + sessionId);
        String versions = reviewer.waitFor(By.id("brief-versions")).getText();
        assertThat(versions).contains("Бриф 1", "Бриф 2", name);
        // brief 2 lists what it told the client that brief 1 did not, with the answer behind it
        assertThat(reviewer.waitFor(By.id("brief-version-2")).getText()).contains("Новое: ",
                "Изменились ответы: " + RU.get("field.SITE.label"));
        assertThat(reviewer.waitFor(By.id("brief-version-1")).getText()).doesNotContain("Изменились ответы");
        // nothing changed since the second brief: the screen says so
        assertThat(reviewer.waitFor(By.id("brief-changes")).getText()).contains("Если выгрузить бриф сейчас",
                "рекомендации не изменились.");
        reviewer.lookAt("review-brief-versions", SIZES);
        reviewer.lookAtElement("brief-versions", "review-brief-versions-panel", SIZES);

        open(sales, Question.ATTRACTION);
        sales.radio("answer-SITE", RU.of(Site.CONVERTING));
        open(sales, Question.values().length + 1);
        reviewer.reload();
        String changes = reviewer.waitFor(By.id("brief-changes")).getText();
        assertThat(changes).contains("Что изменилось с брифа от", "Изменились ответы: " + RU.get("field.SITE.label"))
                .containsPattern("(Новое|Больше не рекомендуем|Выше в плане|Ниже в плане): ");
        reviewer.lookAtElement("brief-versions", "review-brief-changes", SIZES);
    }

    /** A copy of a downloaded brief under target/screenshots, to look at beside the screens. */
    private static void keep(Path pdf, String name) throws IOException {
        Path copy = Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.copy(pdf, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Browser signedIn(Actor actor) {
        Browser browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        browsers.add(browser);
        browser.go("login");
        browser.signIn(actor.username(), AccountFixtures.PASSWORD);
        browser.waitForId("signed-in-user");
        return browser;
    }

    /** A salesperson scrolls back up to the step bar and taps the step. */
    private static void open(Browser browser, Question question) {
        open(browser, question.number());
    }

    private static void open(Browser browser, int step) {
        browser.script("document.getElementById('step-" + step + "').scrollIntoView({block: 'center'})");
        browser.click("step-" + step);
        browser.waitFor(By.cssSelector("#step-" + step + "[aria-current='step']"));
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
