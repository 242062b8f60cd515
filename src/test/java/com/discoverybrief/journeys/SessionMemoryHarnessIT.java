package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sizing figures for docs/deploy.md, measured on the production jar: heap in use after the start
 * (after a full collection), and the heap each further open wizard tab holds on the server — Vaadin
 * keeps every open tab's UI in the HTTP session. Prints the figures; asserts only that it measured.
 *
 * <p>{@code ./mvnw -Pproduction verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=SessionMemoryHarnessIT}; skipped when target/ holds no production jar.
 */
class SessionMemoryHarnessIT {

    private static final int TABS = 20;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void measuresTheHeapAfterTheStartAndPerOpenWizardTab() throws IOException, InterruptedException {
        Path jar = ProductionJar.find().orElse(null);
        Assumptions.assumeTrue(jar != null, "no production jar in target/: build with ./mvnw -Pproduction verify");
        try (ProductionJar application = ProductionJar.start(jar, "-Xmx512m")) {
            long afterStart = usedHeapAfterCollection(application.pid());
            Browser browser = Browser.start(application.baseUrl(), Texts.RUSSIAN.locale());
            try {
                ProductionJarIT.setUpAndSignIn(browser);
                browser.click("new-session");
                browser.type("new-session-client", "Салон «Локон»");
                browser.click("start-session");
                browser.waitForPath("session/");
                browser.waitForId("header-contactPerson");
                String session = browser.currentPath();
                long oneTab = usedHeapAfterCollection(application.pid());
                for (int tab = 1; tab <= TABS; tab++) {
                    browser.openTab(session);
                    browser.waitFor(By.id("header-contactPerson"));
                }
                long allTabs = usedHeapAfterCollection(application.pid());
                long perTab = (allTabs - oneTab) / TABS;
                System.out.printf(Locale.ROOT, "SIZING heap after start: %d MB; with one signed-in wizard tab: %d MB;"
                        + " with %d more: %d MB; per open wizard tab: %d KB; resident memory: %d MB%n",
                        afterStart / 1024, oneTab / 1024, TABS, allTabs / 1024, perTab, residentKilobytes(application.pid()) / 1024);
                assertThat(afterStart).isPositive();
                assertThat(allTabs).isGreaterThan(oneTab);
            } finally {
                browser.closeQuietly();
            }
        }
    }

    /** Kilobytes of heap in use after a full collection, as jcmd reports them. */
    private static long usedHeapAfterCollection(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        assertThat(used.find()).as("jcmd GC.heap_info names the heap in use").isTrue();
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }

    private static long residentKilobytes(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }
}
