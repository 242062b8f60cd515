package com.discoverybrief.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real login in headless Chromium: the installed browser and driver are named explicitly, so
 * Selenium Manager never downloads anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=ru", "--window-size=1280,900");
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aSalespersonSignsInThroughTheFormAndLandsOnMySessions() {
        // A user of its own: on PostgreSQL the database already holds the other tests' users.
        Actor salesperson = AccountFixtures.user(context, Role.SALES);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

        browser.get("http://localhost:" + port + "/");
        WebElement username = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        username.sendKeys(salesperson.username());
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys(AccountFixtures.PASSWORD, Keys.ENTER);

        WebElement newSession = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-session")));
        assertThat(newSession.getText()).isIn("Новая сессия", "New session");
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(salesperson.displayName());
    }
}
