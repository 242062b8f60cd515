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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Issue 19 in real browsers: an account manager creates a read-only link to a session's brief; a
 * fresh browser with no cookies and no account opens it and reads the plan, on a phone and a laptop,
 * gets no cookie, and the session screen counts the opening; once the link is revoked, the same
 * address shows the polite page and nothing of the brief.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShareLinkJourneyIT {

    private static final Texts RU = Texts.RUSSIAN;
    private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1024, 768));
    private static final String CLIENT = "Кофейня «Зерно»";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<Browser> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("sharelink"));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::closeQuietly);
    }

    @Test
    void aClientOpensTheSharedBriefWithoutAnAccountUntilTheLinkIsRevoked() throws Exception {
        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        Browser office = start();
        office.go("login");
        office.signIn(manager.username(), AccountFixtures.PASSWORD);
        office.waitForId("signed-in-user");

        office.click("new-session");
        office.type("new-session-client", CLIENT);
        office.click("start-session");
        office.waitForPath("session/");
        office.radio("header-businessModel", RU.of(BusinessModel.B2C));
        office.select("header-geography", RU.of(Geography.CITY));
        office.select("header-budget", RU.of(BudgetRange.FROM_50K_TO_150K));
        open(office, Question.ATTRACTION);
        office.radio("answer-SITE", RU.of(Site.CONVERTING));
        open(office, Question.values().length + 1);

        office.script("document.getElementById('share-create').scrollIntoView({block: 'center'})");
        office.click("share-create");
        office.waitFor(By.cssSelector("#share-link-url:not([hidden])"));
        String base = "http://localhost:" + port + "/";
        String url = waitForValue(office, "share-link-url");
        assertThat(url).startsWith(base + "shared/").matches(".*/shared/[A-Za-z0-9_-]{43}");
        assertThat(office.waitFor(By.id("share-links")).getText()).contains(RU.get("share.opened.never"));

        Browser client = start();
        assertThat(client.cookies()).isEmpty();
        client.go(url.substring(base.length()));
        client.waitForPageText(RU.get("brief.plan.title"));
        assertThat(client.pageText()).contains(CLIENT, RU.get("brief.plan.steps"), RU.get("share.page.downloadPdf"));
        assertThat(client.cookies()).as("a shared brief sets no cookie: no session to ride on").isEmpty();
        client.lookAt("shared-brief", SIZES);
        Path phone = Path.of("target", "screenshots", "shared-brief-390x844.png");
        assertThat(Files.size(phone)).isPositive();

        office.reload();
        assertThat(office.waitFor(By.id("share-links")).getText()).contains("открыта 1 раз");

        String revoke = office.waitFor(By.cssSelector("[id^='share-revoke-']")).getDomAttribute("id");
        office.script("document.getElementById('" + revoke + "').scrollIntoView({block: 'center'})");
        office.click(revoke);
        office.waitForText(By.id("share-links"), "отозвана");

        client.reload();
        client.waitForPageText(RU.get("share.unavailable.title"));
        assertThat(client.pageText()).contains(RU.get("share.unavailable.text")).doesNotContain(CLIENT)
                .doesNotContain(RU.get("brief.plan.title"));
        assertThat(client.cookies()).isEmpty();
        client.lookAt("shared-brief-revoked", List.of(new Dimension(390, 844)));
    }

    private Browser start() {
        Browser browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        browsers.add(browser);
        return browser;
    }

    /** The field's value once the server has filled it in (it needs the page's address first). */
    private static String waitForValue(Browser browser, String id) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            String value = browser.valueOf(id);
            if (value != null && !value.isBlank()) {
                return value;
            }
            Thread.sleep(200);
        }
        return browser.valueOf(id);
    }

    private static void open(Browser browser, Question question) {
        open(browser, question.number());
    }

    private static void open(Browser browser, int step) {
        browser.script("document.getElementById('step-" + step + "').scrollIntoView({block: 'center'})");
        browser.click("step-" + step);
        browser.waitFor(By.cssSelector("#step-" + step + "[aria-current='step']"));
    }
}
