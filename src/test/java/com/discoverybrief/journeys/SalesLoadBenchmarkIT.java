package com.discoverybrief.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load benchmark of issue 15 (a measurement, not a timed test): N salespeople, each in a headless
 * Chromium of their own, all at once through one meeting — sign in, start a session, the header, every
 * key question's text answers typed (autosave), Next through every step, the summary, complete, and
 * the brief's PDF. It prints, per kind of action, the server time of each HTTP request the action
 * made (p50 / p95, measured by a servlet filter around the whole request, Spring Security and Vaadin
 * included), the SQL statements each request ran (counted per request thread by a Hibernate
 * statement inspector, so the salespeople do not mix), the browser's wall time per action, and the
 * heap each open session holds after a full collection (heap with every salesperson's wizard open
 * on the summary, less the heap after one meeting alone that warmed everything up, over N). Asserts only that every meeting
 * ended with a brief.
 *
 * <p>{@code ./mvnw -o test-compile failsafe:integration-test -Dit.test=SalesLoadBenchmarkIT -Dsalespeople=10}
 * (on a crowded machine add {@code -Djourneys.patience=90}: each browser wait's limit in seconds, 30 by default)
 * (the app runs in this JVM on H2 in memory, or on a fresh PostgreSQL database under the
 * {@code postgres} profile). Quote every figure with the machine's load ({@code uptime}). It runs only
 * when {@code -Dsalespeople} is given: a measurement of minutes has no place in every {@code verify}.
 */
@EnabledIfSystemProperty(named = "salespeople", matches = "[1-9][0-9]*")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                + "com.discoverybrief.journeys.SalesLoadBenchmarkIT$Statements",
        // as in production: the first brief is not the one that pays for the fonts
        "brief.warm-up=true"})
class SalesLoadBenchmarkIT {

    private static final int SALESPEOPLE = Integer.getInteger("salespeople");
    private static final Texts RU = Texts.RUSSIAN;
    /** The action each salesperson's HTTP session is doing now, by session cookie. */
    private static final Map<String, String> ACTIONS = new ConcurrentHashMap<>();
    /** Per action: server nanoseconds and statements of each request. */
    private static final Map<String, List<long[]>> REQUESTS = new ConcurrentHashMap<>();
    /** Per action: the browser's wall time of each, in nanoseconds. */
    private static final Map<String, List<Long>> WALL = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> FreshDatabase.url("load"));
    }

    /** Counts the statements Hibernate prepares, per thread: a request is served on one. */
    public static class Statements implements StatementInspector {

        static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

        @Override
        public String inspect(String sql) {
            COUNT.get()[0]++;
            return sql;
        }
    }

    @TestConfiguration
    static class Timing {

        @Bean
        FilterRegistrationBean<Filter> requestTimer() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                String action = action((HttpServletRequest) request);
                long statements = Statements.COUNT.get()[0];
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (action != null) {
                        REQUESTS.computeIfAbsent(action, key -> Collections.synchronizedList(new ArrayList<>()))
                                .add(new long[] {System.nanoTime() - start, Statements.COUNT.get()[0] - statements});
                    }
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        private static String action(HttpServletRequest request) {
            if (request.getCookies() == null) {
                return null;
            }
            for (Cookie cookie : request.getCookies()) {
                if ("JSESSIONID".equals(cookie.getName())) {
                    return ACTIONS.get(cookie.getValue());
                }
            }
            return null;
        }
    }

    @Test
    void salespeopleRunTheirMeetingsAtOnce() throws Exception {
        // the installation is set up: an administrator exists, so the login page, not the setup, opens
        AccountFixtures.user(context, Role.ADMIN);
        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < SALESPEOPLE; i++) {
            people.add(AccountFixtures.user(context, Role.SALES));
        }
        // One meeting alone first, not counted: classes, caches, the compiler and the brief's fonts warm
        // up, so the figures are the steady state's and the heap difference below is the sessions' own
        // (this first session stays open in both heap readings).
        Actor first = AccountFixtures.user(context, Role.SALES);
        CyclicBarrier alone = new CyclicBarrier(1);
        CountDownLatch go = new CountDownLatch(0);
        assertThat(meeting(first, alone, go)).isNotNull();
        REQUESTS.clear();
        WALL.clear();
        long heapBefore = heapAfterCollection();
        CyclicBarrier allOnTheSummary = new CyclicBarrier(SALESPEOPLE + 1);
        CountDownLatch measured = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SALESPEOPLE);
        List<Future<Path>> briefs = new ArrayList<>();
        for (Actor person : people) {
            briefs.add(pool.submit(() -> meeting(person, allOnTheSummary, measured)));
        }
        long heapOpen;
        try {
            allOnTheSummary.await(15, TimeUnit.MINUTES);
            heapOpen = heapAfterCollection();
        } catch (java.util.concurrent.BrokenBarrierException e) {
            for (Future<Path> brief : briefs) {
                brief.get(15, TimeUnit.MINUTES); // the meeting that failed says why
            }
            throw e;
        } finally {
            measured.countDown();
        }
        for (Future<Path> brief : briefs) {
            assertThat(brief.get(15, TimeUnit.MINUTES)).isNotNull();
        }
        pool.shutdown();
        report(heapBefore, heapOpen);
    }

    private Path meeting(Actor person, CyclicBarrier allOnTheSummary, CountDownLatch measured) throws Exception {
        try {
            return meetingIn(person, allOnTheSummary, measured);
        } catch (Exception | AssertionError e) {
            // the others must not wait at the summary for one who will never come
            allOnTheSummary.reset();
            throw e;
        }
    }

    private Path meetingIn(Actor person, CyclicBarrier allOnTheSummary, CountDownLatch measured) throws Exception {
        Browser browser = Browser.start("http://localhost:" + port + "/", RU.locale());
        try {
            long start = System.nanoTime();
            browser.go("login");
            browser.signIn(person.username(), AccountFixtures.PASSWORD);
            browser.waitForId("new-session");
            wall("sign in", start);
            String cookie = browser.cookies().stream().filter(c -> c.getName().equals("JSESSIONID")).findFirst()
                    .orElseThrow().getValue();

            ACTIONS.put(cookie, "start a session");
            start = System.nanoTime();
            browser.click("new-session");
            browser.type("new-session-client", "Клиент " + person.username());
            browser.click("start-session");
            browser.waitForPath("session/");
            Wizard wizard = Wizard.opened(browser);
            wall("start a session", start);

            for (Question question : Question.values()) {
                ACTIONS.put(cookie, "Next");
                start = System.nanoTime();
                wizard.next();
                wall("Next", start);
                for (AnswerField field : AnswerField.of(question)) {
                    if (field.isText()) {
                        ACTIONS.put(cookie, "autosave");
                        start = System.nanoTime();
                        browser.type("answer-" + field.name(), "Ответ про " + field.name().toLowerCase(Locale.ROOT)
                                + ": клиенты приходят по рекомендации, средний чек 3 500 ₽");
                        browser.waitFor(By.cssSelector("#autosave-indicator[data-state='saved']"));
                        wall("autosave", start);
                    }
                }
            }
            ACTIONS.put(cookie, "Next to the summary");
            start = System.nanoTime();
            wizard.next();
            browser.waitForId("recommendations");
            wall("Next to the summary", start);

            ACTIONS.put(cookie, "idle");
            allOnTheSummary.await(15, TimeUnit.MINUTES);
            measured.await(15, TimeUnit.MINUTES);

            ACTIONS.put(cookie, "complete");
            start = System.nanoTime();
            browser.click("complete-session");
            browser.waitForId("recompute");
            wall("complete", start);

            ACTIONS.put(cookie, "brief (PDF)");
            start = System.nanoTime();
            Path pdf = browser.download("download-brief", ".pdf");
            wall("brief (PDF)", start);
            ACTIONS.put(cookie, "idle");
            return pdf;
        } finally {
            browser.closeQuietly();
        }
    }

    private static void wall(String action, long start) {
        WALL.computeIfAbsent(action, key -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
    }

    private static long heapAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void report(long heapBefore, long heapOpen) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nLOAD %d salespeople at once after one meeting alone (%s), load average at the end: %s%n", SALESPEOPLE,
                System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "h2"), loadAverage()));
        out.append(String.format(Locale.ROOT, "%-22s %8s %14s %14s %12s %12s %16s%n", "action", "requests",
                "server p50 ms", "server p95 ms", "stmts mean", "stmts max", "browser p50/p95 ms"));
        for (Map.Entry<String, List<long[]>> action : new TreeMap<>(REQUESTS).entrySet()) {
            if (action.getKey().equals("idle")) {
                continue;
            }
            List<long[]> requests = new ArrayList<>(action.getValue());
            List<Long> times = requests.stream().map(r -> r[0]).sorted().toList();
            List<Long> statements = requests.stream().map(r -> r[1]).sorted().toList();
            List<Long> wall = WALL.getOrDefault(action.getKey(), List.of()).stream().sorted().toList();
            out.append(String.format(Locale.ROOT, "%-22s %8d %14.1f %14.1f %12.2f %12d %16s%n", action.getKey(),
                    requests.size(), percentile(times, 50) / 1e6, percentile(times, 95) / 1e6,
                    statements.stream().mapToLong(Long::longValue).average().orElse(0), statements.get(statements.size() - 1),
                    wall.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f / %.0f", percentile(wall, 50) / 1e6,
                            percentile(wall, 95) / 1e6)));
        }
        List<Long> signIn = WALL.get("sign in").stream().sorted().toList();
        out.append(String.format(Locale.ROOT, "sign in (browser only): p50 %.0f ms, p95 %.0f ms%n",
                percentile(signIn, 50) / 1e6, percentile(signIn, 95) / 1e6));
        out.append(String.format(Locale.ROOT, "heap after GC: %d MB after the meeting alone, %d MB with %d more wizards open"
                + " on the summary: %d KB per open session%n", heapBefore >> 20, heapOpen >> 20, SALESPEOPLE,
                (heapOpen - heapBefore) / SALESPEOPLE >> 10));
        System.out.print(out);
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
