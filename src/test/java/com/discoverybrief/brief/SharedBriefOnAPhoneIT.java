package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 19, adversary adv19, finding 6: the shared web view must read on a phone. A client's answer
 * with a long unbroken word — a web address with its tracking parameters, which clients paste all the
 * time — pushes the whole page sideways: on a 390 px phone the page was 2,442 px wide in the running
 * app. Real Chromium at phone size; skipped (assumption) where no Chromium is installed.
 */
class SharedBriefOnAPhoneIT {

    private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Test
    void aLongWebAddressInAnAnswerStaysInsideAPhoneScreen() throws IOException {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), "no Chromium here");
        String address = "https://www.instagram.com/stomatologiya_ulybka_kazan_official_account/?utm_source=brief"
                + "&utm_medium=share&utm_campaign=winter_2026_implants_promo_for_families_with_children";
        BriefModel model = BriefComposer.compose(BriefFixtures.withTextEverywhere("Наш профиль: " + address));
        Path page = Files.createTempFile("shared-brief", ".html");
        Files.writeString(page, new HtmlBriefRenderer().render(model, "x/brief.pdf", "PDF"), StandardCharsets.UTF_8);

        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=390,844");
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
            driver.get(page.toUri().toString());
            long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
            long content = (Long) driver.executeScript("return document.documentElement.scrollWidth");

            assertThat(content).as("page width on a %d px phone", viewport).isLessThanOrEqualTo(viewport);
        } finally {
            driver.quit();
            Files.deleteIfExists(page);
        }
    }
}
