package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium: the browser and driver {@link ChromeInstallation} found on this
 * machine, named explicitly, so nothing is ever downloaded. Every helper waits for a concrete element or text a user would see, never for the
 * framework being idle.
 */
final class Browser implements AutoCloseable {

    /** How long a wait lasts; the load benchmark raises it on a crowded machine ({@code -Djourneys.patience=90}). */
    private static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("journeys.patience", 30));
    private static final List<Dimension> SCREEN_SIZES = List.of(new Dimension(1280, 800), new Dimension(1024, 768));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> SERIOUS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;

    private Browser(ChromeDriver driver, String baseUrl, Path downloads) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
    }

    /** A fresh browser profile whose preferred language is {@code language}. */
    static Browser start(String baseUrl, Locale language) {
        ChromeInstallation.Lookup lookup = ChromeInstallation.lookUp();
        ChromeInstallation chrome = lookup.installation().orElseThrow(() -> new IllegalStateException(
                lookup.problem() + "; " + ChromeInstallation.INSTALL_HINT));
        Path downloads = temporaryDirectory();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chrome.driver().toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.browser().toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=" + language.toLanguageTag(),
                // a journey may go through a local TLS proxy with a self-signed certificate
                "--ignore-certificate-errors",
                "--window-size=1280,1000");
        // The browser's console is kept, so a journey can see what the page complained about (CSP, 404s).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", language.toLanguageTag(),
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        Browser browser = new Browser(new ChromeDriver(service, options), baseUrl, downloads);
        try {
            browser.viewport(SCREEN_SIZES.get(0));
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
        return browser;
    }

    /** The page area exactly this size, whatever the window decorations take. */
    private void viewport(Dimension size) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", false));
    }

    private WebDriverWait waiting() {
        return waiting(() -> "waiting");
    }

    /**
     * A new wait each time (a wait's message would otherwise stick to the next one); when it gives
     * up, the screen at that moment is saved and named in the message.
     */
    private WebDriverWait waiting(Supplier<String> message) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.withMessage(() -> message.get() + screenshotOnFailure());
        return wait;
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Opens the address in a new tab of the same browser (same sign-in) and stays there. */
    void openTab(String path) {
        driver.switchTo().newWindow(WindowType.TAB);
        go(path);
    }

    void reload() {
        driver.navigate().refresh();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    WebElement waitForId(String id) {
        return waitFor(By.id(id));
    }

    void waitForText(By locator, String text) {
        waiting(() -> "waiting for «" + text + "» in " + locator)
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForTextGone(By locator, String text) {
        waiting(() -> "waiting for «" + text + "» to leave " + locator)
                .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(locator, text)));
    }

    void waitForPath(String path) {
        waiting(() -> "waiting for the address " + path + ", at " + currentPath())
                .until(browser -> currentPath().startsWith(path));
    }

    /** What the page wrote to the browser's console since the last call, one line each. */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** The text a user sees in the whole page. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForPageText(String text) {
        waiting(() -> "waiting for «" + text + "» on " + currentPath())
                .until(browser -> pageText().contains(text));
    }

    void click(String id) {
        // brought into view first: an element scrolled out of a clipped container does not count as
        // displayed (the summary's download link above a long plan panel), though a user scrolls to it
        try {
            centre(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
        } catch (StaleElementReferenceException replaced) {
            // replaced meanwhile: the wait below finds the new one
        }
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        centre(element);
        element.click();
    }

    /** Types into a Vaadin text field, text area or password field, replacing what was there. */
    void type(String id, String text) {
        waiting(() -> "typing into #" + id).ignoring(StaleElementReferenceException.class).until(browser -> {
            // A field that is still being set up may replace its input: then find it again.
            WebElement input = waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
            centre(input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text);
            return true;
        });
    }

    /** Adds text at the end of what a field holds. */
    void append(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        input.sendKeys(Keys.END, text);
    }

    String valueOf(String id) {
        return waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea")).getDomProperty("value");
    }

    /** Opens a Vaadin select and picks the option with this label. */
    void select(String id, String label) {
        select(waitForId(id), label);
    }

    void select(WebElement select, String label) {
        centre(select);
        WebElement option = waiting(() -> "waiting for the option «" + label + "» among "
                + driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                        .map(item -> item.getText() + (item.isDisplayed() ? "" : " (hidden)")).toList())
                .until(browser -> {
                    if (select.getDomAttribute("opened") == null) {
                        select.click();
                        return null;
                    }
                    return browser.findElements(By.cssSelector("vaadin-select-overlay[opened] vaadin-select-item"))
                            .stream().filter(item -> item.isDisplayed() && same(item.getText(), label))
                            .findFirst().orElse(null);
                });
        option.click();
        waiting().until(browser -> closedOrGone(select));
    }

    /** A choice may reload the page (the language switcher does); the old select is then gone. */
    private static boolean closedOrGone(WebElement select) {
        try {
            return select.getDomAttribute("opened") == null;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    /** Types into a combo box and picks the suggestion with this label. */
    void choose(String id, String typed, String label) {
        type(id, typed);
        WebElement option = waiting(() -> "waiting for the suggestion «" + label + "»").until(browser ->
                browser.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .filter(item -> item.isDisplayed() && same(item.getText(), label))
                        .findFirst().orElse(null));
        option.click();
    }

    /** Equal as a user reads them: Selenium reports no-break spaces as plain ones. */
    private static boolean same(String shown, String expected) {
        return plain(shown).equals(plain(expected));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }

    /** Scrolls an element to the middle of the screen, clear of the wizard's bottom bar. */
    private void centre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Clicks the radio button with this label inside a radio group. */
    void radio(String groupId, String label) {
        waiting(() -> "choosing «" + label + "» in #" + groupId).ignoring(StaleElementReferenceException.class)
                .until(browser -> {
                    // The group may still replace its buttons right after the step opens: find them again.
                    WebElement radio = labelled(groupId, "vaadin-radio-button", label);
                    centre(radio);
                    radio.findElement(By.cssSelector("label")).click();
                    return true;
                });
    }

    /** Ticks the checkbox with this label inside a group. */
    void check(String groupId, String label) {
        waiting(() -> "ticking «" + label + "» in #" + groupId).ignoring(StaleElementReferenceException.class)
                .until(browser -> {
                    WebElement checkbox = labelled(groupId, "vaadin-checkbox", label);
                    centre(checkbox);
                    if (checkbox.getDomAttribute("checked") == null) {
                        checkbox.findElement(By.cssSelector("label")).click();
                    }
                    return true;
                });
    }

    WebElement labelled(String groupId, String tag, String label) {
        return waiting(() -> "waiting for «" + label + "» in #" + groupId).until(browser ->
                browser.findElements(By.cssSelector("#" + groupId + " " + tag)).stream()
                        .filter(option -> same(option.getText(), label))
                        .findFirst().orElse(null));
    }

    /** Clicks the grid cell showing this text (opens the row). */
    void clickCell(String gridId, String text) {
        waiting(() -> "waiting for a row «" + text + "» in #" + gridId).until(browser ->
                browser.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.isDisplayed() && same(cell.getText(), text))
                        .findFirst().orElse(null)).click();
    }

    /** The texts of the grid's cells currently shown. */
    List<String> cells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).map(String::strip).filter(text -> !text.isEmpty()).toList();
    }

    void signIn(String username, String password) {
        WebElement name = waitFor(By.cssSelector("input[name='username']"));
        name.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    /** Clicks a download link and waits until the browser has the whole file. */
    Path download(String linkId, String suffix) {
        try (Stream<Path> before = Files.list(downloads)) {
            before.forEach(Browser::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        click(linkId);
        return waiting(() -> "waiting for a " + suffix + " download").withTimeout(Duration.ofSeconds(60))
                .until(browser -> {
                    try (Stream<Path> files = Files.list(downloads)) {
                        return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElse(null);
                    } catch (IOException e) {
                        return null;
                    }
                });
    }

    /**
     * Saves what the user sees at both screen sizes under target/screenshots and runs axe-core on the
     * page: no serious or critical accessibility violation is allowed.
     */
    void lookAt(String view) {
        lookAt(view, SCREEN_SIZES);
    }

    /** As {@link #lookAt(String)}, at these screen sizes (a tablet upright, a laptop…). */
    void lookAt(String view, List<Dimension> sizes) {
        // The top of the view, whether the page or the layout's content area scrolls.
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);"
                + "const view = document.querySelector('vaadin-app-layout > :not([slot])');"
                + "if (view) view.scrollIntoView({block: 'start'});");
        for (Dimension size : sizes) {
            viewport(size);
            // Two animation frames: the responsive layouts have settled at the new size.
            ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                    + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)))");
            saveScreenshot(view + "-" + size.getWidth() + "x" + size.getHeight());
        }
        viewport(SCREEN_SIZES.get(0));
        assertAccessible(view);
    }

    /**
     * As {@link #lookAt(String, List)}, but with the element {@code id} scrolled to the top of the screen:
     * a panel further down a view, seen where the user scrolls to it.
     */
    void lookAtElement(String id, String view, List<Dimension> sizes) {
        for (Dimension size : sizes) {
            viewport(size);
            // the callback comes after the arguments
            ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "document.getElementById(arguments[0]).scrollIntoView({block: 'start'});"
                    + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)))", id);
            saveScreenshot(view + "-" + size.getWidth() + "x" + size.getHeight());
        }
        viewport(SCREEN_SIZES.get(0));
        assertAccessible(view);
    }

    void assertAccessible(String view) {
        // a notification fading in or out is measured mid-animation (a 1.03 contrast): wait until it stands still
        waiting().until(browser -> (Boolean) ((JavascriptExecutor) browser).executeScript("return document"
                + ".querySelectorAll('vaadin-notification-card[opening], vaadin-notification-card[closing]').length === 0"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core ran on " + view).isNull();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact())).toList();
        assertThat(serious).as("serious or critical accessibility violations on " + view + ":\n"
                + serious.stream().map(Browser::describe).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                        .collect(Collectors.joining(", "));
    }

    /** Keeps what the browser showed when a wait gave up, next to the other screenshots. */
    private String screenshotOnFailure() {
        String name = "failure-" + System.currentTimeMillis();
        saveScreenshot(name);
        return "; the screen is in target/screenshots/" + name + ".png";
    }

    private void saveScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.list(downloads)) {
                files.forEach(Browser::delete);
                Files.deleteIfExists(downloads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Closes without letting one browser's trouble keep the others open. */
    void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            System.err.println("could not close a browser: " + e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("journey-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- issue 12: the wizard on a tablet, pressed twice, reloaded, signed out underneath ---

    /** The page area at this size; {@code touch} makes it a touch screen (taps, no mouse hover). */
    void screen(Dimension size, boolean touch) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", touch));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", touch, "maxTouchPoints", 5));
    }

    /** The browser's clock in another zone, as a salesperson travelling with their tablet would have. */
    void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** A finger's tap in the middle of the element: touch start and end, as a tablet sends them. */
    void tap(String id) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        centre(element);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) script("const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + r.width / 2, y: r.top + r.height / 2};", element);
        Map<String, Object> point = Map.of("x", box.get("x").doubleValue(), "y", box.get("y").doubleValue());
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** Alt+→ (or Alt+←) on the keyboard, wherever the focus is. */
    void altArrow(boolean right) {
        new org.openqa.selenium.interactions.Actions(driver).keyDown(Keys.ALT)
                .sendKeys(right ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT).keyUp(Keys.ALT).perform();
    }

    /** Two clicks as fast as a mouse's double click. */
    void doubleClick(String id) {
        WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        centre(element);
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(element).perform();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * No request to the server is on its way or queued: everything the browser sent has been answered.
     * Used only after a concrete wait, to be sure nothing more is coming.
     */
    void waitUntilAnswered() {
        waiting(() -> "waiting for the server to answer everything sent").until(browser -> Boolean.TRUE.equals(
                script("return Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())")));
    }

    /** Reloads at once; if the page asks whether to leave (a change not saved yet), the user leaves. */
    void reloadNow() {
        try {
            driver.navigate().refresh();
        } catch (org.openqa.selenium.UnhandledAlertException e) {
            // the leave-page question came up and was answered by the driver
        }
        try {
            driver.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            // no question asked: everything was saved
        }
    }

    /** The HTTP session ends behind the user's back, as after a long pause or a server restart. */
    void loseHttpSession() {
        driver.manage().deleteAllCookies();
    }

    /** Screenshots at these sizes (no accessibility check). */
    void screenshots(String view, List<Dimension> sizes) {
        for (Dimension size : sizes) {
            viewport(size);
            ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                    + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(done)))");
            saveScreenshot(view + "-" + size.getWidth() + "x" + size.getHeight());
        }
    }

    /** Whether the element with this id is on the page and visible (not hidden, nor inside something hidden). */
    boolean isShown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    void waitUntil(String what, Supplier<Boolean> condition) {
        waiting(() -> "waiting until " + what).until(browser -> condition.get());
    }

    /** The element's box on screen: left, top, width, height in CSS pixels. */
    @SuppressWarnings("unchecked")
    List<Number> box(String cssSelector) {
        return (List<Number>) script("const e = document.querySelector(arguments[0]); if (!e) return null;"
                + "const r = e.getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", cssSelector);
    }

    /** The cookies this browser holds for the current site (issue 19: a shared brief sets none). */
    java.util.Set<org.openqa.selenium.Cookie> cookies() {
        return driver.manage().getCookies();
    }
}
