package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * An answer's history and a session moving between systems, in a real browser: a salesperson
 * overwrites an answer a colleague wrote, opens the answer's history, sees what changed word by word
 * and restores the colleague's words; an account manager exports the session as JSON from the review
 * screen and imports the file on the import screen — once broken (each problem shown with its place in
 * the file, nothing imported), then whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryJourneyIT {

    private static final List<Dimension> SIZES = List.of(new Dimension(768, 1024), new Dimension(1024, 768),
            new Dimension(1366, 768));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DiscoveryService discovery;

    @Autowired
    ObjectMapper json;

    private Browser sales;
    private Browser manager;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("history"));
    }

    @AfterEach
    void closeBrowsers() {
        if (sales != null) {
            sales.closeQuietly();
        }
        if (manager != null) {
            manager.closeQuietly();
        }
    }

    @Test
    void aSalespersonRestoresOverwrittenWordsAndAManagerMovesTheSessionThroughJson() throws IOException {
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        Actor accountManager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        sales = Browser.start("http://localhost:" + port + "/", Locale.forLanguageTag("ru"));
        sales.go("login");
        sales.signIn(salesperson.username(), AccountFixtures.PASSWORD);
        sales.waitForId("new-session");
        sales.click("new-session");
        sales.type("new-session-client", "Кофейня «Зерно»");
        sales.click("start-session");
        sales.waitForPath("session/");
        long id = Long.parseLong(sales.currentPath().replaceAll("\\?.*", "").replace("session/", ""));
        // The account manager wrote the client's words down after an earlier call.
        DiscoverySession session = discovery.open(AccountFixtures.signedIn(accountManager), id);
        discovery.saveAnswer(accountManager, id, session.getVersion(), AnswerField.PAINS, null,
                "Очереди по утрам и нет парковки");
        AccountFixtures.signOut();
        sales.reload();
        Wizard.opened(sales).next();

        sales.waitUntil("the colleague's words are shown", () -> sales.valueOf("answer-PAINS").startsWith("Очереди по утрам"));
        sales.type("answer-PAINS", "Дорого");
        sales.waitUntil("the new words are saved", () -> "Дорого".equals(stored(accountManager, id)));
        sales.click("history-PAINS");
        sales.waitForId("history-versions");
        sales.clickCell("history-versions", "Очереди по утрам и нет парковки");
        sales.waitForText(By.cssSelector("#history-diff del"), "Дорого");
        sales.waitForText(By.cssSelector("#history-diff ins"), "Очереди по утрам и нет парковки");
        sales.screenshots("history-dialog", SIZES);
        sales.click("history-restore");

        sales.waitUntil("the restored words are in the answer",
                () -> sales.valueOf("answer-PAINS").equals("Очереди по утрам и нет парковки"));
        sales.waitUntil("the restored words are saved",
                () -> "Очереди по утрам и нет парковки".equals(stored(accountManager, id)));
        sales.reload();
        Wizard.opened(sales);
        sales.waitUntil("the restored words are shown after a reload",
                () -> sales.valueOf("answer-PAINS").equals("Очереди по утрам и нет парковки"));

        manager = Browser.start("http://localhost:" + port + "/", Locale.forLanguageTag("ru"));
        manager.go("login");
        manager.signIn(accountManager.username(), AccountFixtures.PASSWORD);
        manager.waitForId("new-session");
        manager.go("review");
        manager.clickCell("review-grid", "Кофейня «Зерно»");
        manager.waitForId("review-export-json");
        Path exported = manager.download("review-export-json", ".json");
        ObjectNode document = (ObjectNode) json.readTree(Files.readAllBytes(exported));
        assertThat(document.get("sessions").get(0).get("answers").get("PAINS").get("value").asText())
                .isEqualTo("Очереди по утрам и нет парковки");

        ObjectNode broken = document.deepCopy();
        ObjectNode brokenSession = (ObjectNode) broken.get("sessions").get(0);
        brokenSession.put("status", "ARCHIVED");
        ((ObjectNode) brokenSession.get("answers")).putObject("MOOD").put("value", "весёлое").put("evidence", "CLIENT_SAID");
        Path brokenFile = Files.createTempFile("broken-", ".json");
        Files.write(brokenFile, json.writeValueAsBytes(broken));
        manager.go("import");
        upload(manager, brokenFile);
        manager.waitForId("import-failed");
        manager.waitForText(By.id("import-problems"), "$.sessions[0].status");
        manager.waitForText(By.id("import-problems"), "$.sessions[0].answers.MOOD");
        manager.screenshots("import-problems", SIZES);

        upload(manager, exported);
        manager.waitForText(By.id("import-done"), "Импортировано сессий: 1");
        manager.go("review");
        manager.waitUntil("both sessions are listed", () -> manager.cells("review-grid").stream()
                .filter(cell -> cell.equals("Кофейня «Зерно»")).count() == 2);
    }

    private String stored(Actor reader, long id) {
        try {
            return discovery.open(AccountFixtures.signedIn(reader), id).storedAnswer(AnswerField.PAINS);
        } finally {
            AccountFixtures.signOut();
        }
    }

    private static void upload(Browser browser, Path file) {
        WebElement upload = browser.waitForId("import-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
    }
}
