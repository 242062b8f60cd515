package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.accounts.internal.AccountService;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.strategy.AnswerField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Access follows the database at once, seen by two people in two browsers: an administrator demoted by
 * another loses the administration at their next click; a salesperson disabled while typing in an open
 * wizard saves nothing more and lands on the login page; an account manager demoted while editing a
 * colleague's session can no longer change it. Nobody ever sees a stack trace.
 *
 * <p>The app runs on a database of its own ({@link FreshDatabase#url(String)}), and every person here is
 * created for the test, so it passes alone and after the other journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessJourneysIT {

    private static final Texts RU = Texts.RUSSIAN;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    DiscoveryService discovery;

    private final List<Browser> browsers = new ArrayList<>();

    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("access"));
    }

    @AfterAll
    void closeBrowsers() {
        browsers.forEach(Browser::closeQuietly);
    }

    @Test
    void anAdministratorDemotedByAnotherLosesTheAdministrationAtTheNextClick() {
        Actor first = AccountFixtures.user(context, Role.ADMIN);
        Actor second = AccountFixtures.user(context, Role.ADMIN);
        Browser firstBrowser = signedIn(first);
        firstBrowser.go("admin");
        firstBrowser.waitForId("admin-users");
        Browser secondBrowser = signedIn(second);
        secondBrowser.go("admin");
        secondBrowser.waitForId("admin-users");

        changeRoles(firstBrowser, second, Role.ADMIN, Role.SALES);

        // The second administrator's page is still open: creating an administrator is refused, in words.
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        secondBrowser.click("admin-new-user");
        secondBrowser.type("new-user-username", newcomer);
        secondBrowser.type("new-user-display-name", "Захватчик");
        secondBrowser.check("new-user-roles", RU.of(Role.ADMIN));
        secondBrowser.click("new-user-create");
        secondBrowser.waitForPageText(RU.get("error.access-denied"));
        assertThat(secondBrowser.pageText()).doesNotContain("Exception", "at com.");
        assertThat(accounts.enabledActor(newcomer)).isEmpty();

        // The next navigation: no administration, and no way to give the role back.
        secondBrowser.go("admin");
        secondBrowser.waitForPageText(RU.get("notfound.title"));
        assertThat(secondBrowser.pageText()).doesNotContain(RU.get("nav.admin"), "Exception");
        assertThat(accounts.enabledActor(second.username()).orElseThrow().roles()).containsExactly(Role.SALES);
    }

    @Test
    void aSalespersonDisabledWhileTypingSavesNothingMoreAndLandsOnTheLogin() {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        Browser sales = signedIn(salesperson);
        sales.click("new-session");
        sales.type("new-session-client", "Ателье «Нить»");
        sales.click("start-session");
        sales.waitForPath("session/");
        long id = Long.parseLong(sales.currentPath().replaceAll("\\?.*", "").substring("session/".length()));
        openStep(sales, 1);
        sales.type("answer-SEGMENTS", "Невесты и их мамы");
        waitUntilSaved(sales);

        Browser administration = signedIn(admin);
        administration.go("admin");
        administration.click("enable-" + salesperson.username());
        administration.waitForPageText(RU.get("admin.disabled"));

        sales.type("answer-PAINS", "Набрано после отключения");

        sales.waitForPath("login");
        assertThat(sales.pageText()).doesNotContain("Exception", "at com.");
        assertThat(stored(id, AnswerField.PAINS)).isNull();
        assertThat(stored(id, AnswerField.SEGMENTS)).isEqualTo("Невесты и их мамы");
    }

    @Test
    void anAccountManagerDemotedWhileEditingAColleaguesSessionCanNoLongerChangeIt() {
        Actor owner = AccountFixtures.user(context, Role.SALES);
        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        Actor admin = AccountFixtures.user(context, Role.ADMIN);
        long id = as(owner, () -> discovery.start(owner, "Студия йоги «Прана»", RU.locale()).getId());
        Browser managing = signedIn(manager);
        managing.go("session/" + id);
        openStep(managing, 1);
        managing.type("answer-SEGMENTS", "Офисные сотрудники рядом");
        waitUntilSaved(managing);

        Browser administration = signedIn(admin);
        administration.go("admin");
        administration.waitForId("admin-users");
        changeRoles(administration, manager, Role.ACCOUNT_MANAGER, Role.SALES);

        managing.type("answer-PAINS", "Правка после понижения");

        // The server answers the change; whatever it says, it is not "saved", and nothing was written.
        WebElement indicator = managing.waitFor(By.cssSelector("#autosave-indicator:not([data-state='saving'])"));
        assertThat(indicator.getDomAttribute("data-state")).isNotEqualTo("saved");
        assertThat(stored(id, AnswerField.PAINS)).isNull();
        assertThat(stored(id, AnswerField.SEGMENTS)).isEqualTo("Офисные сотрудники рядом");

        // The next navigation: a salesperson does not see a colleague's session.
        managing.reload();
        managing.waitForPageText(RU.get("notfound.title"));
        assertThat(managing.pageText()).doesNotContain("Студия йоги", "Exception");
    }

    private Browser signedIn(Actor who) {
        Browser browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        browsers.add(browser);
        browser.go("login");
        browser.signIn(who.username(), AccountFixtures.PASSWORD);
        browser.waitForId("signed-in-user");
        return browser;
    }

    /** In the administration: takes one role away from the user and gives another. */
    private static void changeRoles(Browser administration, Actor user, Role taken, Role given) {
        administration.click("roles-" + user.username());
        WebElement checkbox = administration.labelled("roles-edit", "vaadin-checkbox", RU.of(taken));
        if (checkbox.getDomAttribute("checked") != null) {
            checkbox.findElement(By.cssSelector("label")).click();
        }
        administration.check("roles-edit", RU.of(given));
        administration.click("roles-save");
        administration.waitForPageText(RU.get("admin.roles-changed"));
    }

    /** Clicks a step in the step bar and waits until it is the current one. */
    private static void openStep(Browser browser, int step) {
        browser.click("step-" + step);
        browser.waitFor(By.cssSelector("#step-" + step + "[aria-current='step']"));
    }

    private static void waitUntilSaved(Browser browser) {
        browser.waitFor(By.cssSelector("#autosave-indicator[data-state='saved']"));
    }

    /** What the database holds, read by an account manager of the test's own. */
    private String stored(long id, AnswerField field) {
        Actor reader = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        return as(reader, () -> discovery.open(reader, id).storedAnswer(field));
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        try {
            AccountFixtures.signedIn(actor);
            return work.get();
        } finally {
            AccountFixtures.signOut();
        }
    }
}
