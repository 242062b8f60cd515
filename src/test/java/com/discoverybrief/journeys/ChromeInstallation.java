package com.discoverybrief.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where this machine keeps a Chromium or Chrome and its chromedriver, looked up in order: the
 * configuration ({@code CHROME_BIN} / {@code CHROMEDRIVER} in the environment, or the system
 * properties {@code chrome.bin} / {@code webdriver.chrome.driver}), then Debian's and macOS's usual
 * paths, then the {@code PATH}. A configured path is final: pointing it nowhere hides the browser.
 * Nothing is ever downloaded.
 */
record ChromeInstallation(Path browser, Path driver) {

    static final String INSTALL_HINT = "install Chromium and its driver (Debian/Ubuntu: apt-get install chromium"
            + " chromium-driver; Fedora: dnf install chromium chromedriver; macOS: brew install --cask"
            + " google-chrome chromedriver) or set CHROME_BIN and CHROMEDRIVER";

    private static final List<String> BROWSER_PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    private static final List<String> BROWSER_COMMANDS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final List<String> DRIVER_PATHS = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver", "/usr/lib/chromium-browser/chromedriver");
    private static final List<String> DRIVER_COMMANDS = List.of("chromedriver");

    /** The browser and driver, or why there is none. */
    static Lookup lookUp() {
        List<String> problems = new ArrayList<>();
        Optional<Path> browser = find("CHROME_BIN", "chrome.bin", BROWSER_PATHS, BROWSER_COMMANDS, "a Chromium or Chrome", problems);
        Optional<Path> driver = find("CHROMEDRIVER", "webdriver.chrome.driver", DRIVER_PATHS, DRIVER_COMMANDS,
                "chromedriver", problems);
        if (browser.isPresent() && driver.isPresent()) {
            return new Lookup(Optional.of(new ChromeInstallation(browser.get(), driver.get())), "");
        }
        return new Lookup(Optional.empty(), String.join("; ", problems));
    }

    /** What was found, or the reason in words. */
    record Lookup(Optional<ChromeInstallation> installation, String problem) {
    }

    private static Optional<Path> find(String variable, String property, List<String> paths, List<String> commands,
            String what, List<String> problems) {
        Optional<String> configured = Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(variable))).filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            if (executable(path)) {
                return Optional.of(path);
            }
            problems.add(variable + " (or -D" + property + ") names " + path + ", which is not an executable file");
            return Optional.empty();
        }
        Optional<Path> found = Stream.concat(paths.stream().map(Path::of), onPath(commands))
                .filter(ChromeInstallation::executable).findFirst();
        if (found.isEmpty()) {
            problems.add("no " + what + " at " + String.join(", ", paths) + " nor on the PATH as "
                    + String.join(", ", commands));
        }
        return found;
    }

    private static Stream<Path> onPath(List<String> commands) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return Stream.of(path.split(java.io.File.pathSeparator)).filter(dir -> !dir.isBlank())
                .flatMap(dir -> commands.stream().map(command -> Path.of(dir, windows ? command + ".exe" : command)));
    }

    private static boolean executable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
