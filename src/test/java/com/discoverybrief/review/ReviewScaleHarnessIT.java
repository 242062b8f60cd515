package com.discoverybrief.review;

import org.junit.jupiter.api.AfterEach;
import com.discoverybrief.accounts.internal.AccountFixtures;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.SessionStatus;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review list at scale: seeds 100,000 sessions with a realistic spread (40 salespeople, a year of
 * changes, every status, a dozen industries, two answers each) in a database of its own with set-based
 * SQL, then times the first page of several filtered lists, counts the SQL statements per page and
 * shows the plan of the default sort; then the count, a page at row 100,000, a day's position and a
 * rare and a missing search term. It prints figures and asserts only correctness (at most two
 * statements per page, one per count or deep page, the sort index used), never timing.
 *
 * <pre>
 * H2:         ./mvnw -B test-compile failsafe:integration-test failsafe:verify -Dit.test=ReviewScaleHarnessIT
 * PostgreSQL: createdb -h 127.0.0.1 -U postgres review_scale
 *             SPRING_PROFILES_ACTIVE=postgres DB_URL=jdbc:postgresql://127.0.0.1:5432/review_scale \
 *             ./mvnw -B test-compile failsafe:integration-test failsafe:verify -Dit.test=ReviewScaleHarnessIT
 * </pre>
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewScaleHarnessIT {

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }


    private static final int SESSIONS = 100_000;
    private static final int REPETITIONS = 200;
    private static final int WARM_UP = 30;
    private static final int PAGE = 50;

    @Autowired
    private ReviewService review;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private final Actor lead = DiscoveryFixtures.lead();

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        if (!onPostgres()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:review-scale;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
        }
        // Seeding 100,000 sessions and their search documents is one statement each, longer than the
        // app's 10 s socket timeout on a loaded machine; the timed queries are far below it.
        registry.add("spring.datasource.hikari.data-source-properties.socketTimeout", () -> "600");
    }

    @BeforeAll
    void seed() {
        long start = System.nanoTime();
        jdbc.update("delete from discovery_session where owner like 'scale-%'");
        String series = onPostgres() ? "generate_series(1, " + SESSIONS + ") as g(x)" : "system_range(1, " + SESSIONS + ")";
        // A session every ~5 minutes back from 1 November 2026: about a year of changes.
        String changed = onPostgres()
                ? "(timestamptz '2026-11-01 00:00:00+00' - (x * 5 + mod(x * 31, 5)) * interval '1 minute')"
                : "dateadd(minute, -(x * 5 + mod(x * 31, 5)), timestamp with time zone '2026-11-01 00:00:00+00')";
        jdbc.update("""
                insert into discovery_session (version, owner, status, client_company, industry, business_model,
                    geography, company_size, budget_range, brief_language, created_at, updated_at, readiness,
                    readiness_macro, readiness_meso, readiness_micro, top_channel, brief_exported_at)
                select 0, 'scale-' || mod(x * 7, 40),
                    case when mod(x / 7 + x / 11, 10) < 3 then 'DRAFT' when mod(x / 7 + x / 11, 10) < 7 then 'COMPLETED'
                         when mod(x / 7 + x / 11, 10) < 9 then 'REVIEWED' else 'RETURNED' end,
                    'Client ' || x,
                    case mod(x, 12) when 0 then 'Dentistry' when 1 then 'Coffee shops' when 2 then 'Car service'
                         when 3 then 'Fitness' when 4 then 'Real estate' when 5 then 'Logistics'
                         when 6 then 'Education' when 7 then 'Beauty' when 8 then 'Construction'
                         when 9 then 'Retail' when 10 then 'IT services' else 'Manufacturing' end,
                    case mod(x, 3) when 0 then 'B2B' when 1 then 'B2C' else 'BOTH' end,
                    'CITY', 'SMALL', 'FROM_50K_TO_150K', 'ru', %1$s, %1$s,
                    mod(x * 13, 101), mod(x * 17, 101), mod(x * 19, 101), mod(x * 23, 101),
                    case mod(x, 5) when 0 then 'AUDIENCE_RESEARCH' when 1 then 'POSITIONING'
                         when 2 then 'ANALYTICS_SETUP' when 3 then 'SEO_CONTENT' else 'CRM_MARKETING' end,
                    case when mod(x, 4) = 0 then %1$s else null end
                from %2$s""".formatted(changed, series));
        // The answers' document on the session's row (issue 15, V19_10) and the search document the
        // application keeps with the list columns, as the application writes them (in the fields' order: SEGMENTS, then USP).
        String usp = "'We roast our own beans, batch ' || mod(id, 997)";
        String segments = "'Families with children in district ' || mod(id, 89)";
        jdbc.update("""
                update discovery_session set answers = '{"SEGMENTS":"' || %2$s || '","USP":"' || %1$s || '"}',
                    search_text = lower(client_company) || %3$s || lower(%2$s) || %3$s || lower(%1$s)
                where owner like 'scale-%%'""".formatted(usp, segments, onPostgres() ? "chr(10)" : "char(10)"));
        if (onPostgres()) {
            // As autovacuum leaves a table after a bulk insert: statistics and the visibility map
            // (which lets the sort index answer "which ids" without the table).
            jdbc.execute("vacuum analyze discovery_session");
        }
        System.out.printf(Locale.ROOT, "%n[scale] %s: seeded %,d sessions in %.1f s%n", database(),
                jdbc.queryForObject("select count(*) from discovery_session where owner like 'scale-%'", Long.class),
                (System.nanoTime() - start) / 1e9);
    }

    @Test
    void firstPagesAreFetchedWithAtMostTwoStatementsAndTimed() {
        Map<String, ReviewFilter> filters = new LinkedHashMap<>();
        filters.put("no filter (default sort)", ReviewFilter.NONE);
        filters.put("status = COMPLETED", ReviewFilter.NONE.withStatus(SessionStatus.COMPLETED));
        filters.put("salesperson", ReviewFilter.NONE.withOwner("scale-7"));
        filters.put("salesperson + status + month", ReviewFilter.NONE.withOwner("scale-7")
                .withStatus(SessionStatus.RETURNED).withChanged(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        filters.put("industry + B2B", ReviewFilter.NONE.withIndustry("Dentistry")
                .withBusinessModel(com.discoverybrief.strategy.BusinessModel.B2B));
        filters.put("text in client name or answers", ReviewFilter.NONE.withText("batch 42"));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        System.out.printf(Locale.ROOT, "[scale] %s: first page of %d rows, %d repetitions after %d warm-up%n",
                database(), PAGE, REPETITIONS, WARM_UP);
        System.out.printf(Locale.ROOT, "[scale] %-32s %8s %8s %8s %6s%n", "filter", "p50 ms", "p95 ms", "max ms", "stmts");
        for (Map.Entry<String, ReviewFilter> filter : filters.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                review.sessions(signedIn(lead), filter.getValue(), ReviewSort.DEFAULT, 0, PAGE, 0);
            }
            AccountFixtures.settled(lead);
            statistics.clear();
            List<ReviewRow> page = review.sessions(signedIn(lead), filter.getValue(), ReviewSort.DEFAULT, 0, PAGE, 0);
            long statements = statistics.getPrepareStatementCount();
            double[] millis = new double[REPETITIONS];
            for (int i = 0; i < REPETITIONS; i++) {
                long start = System.nanoTime();
                review.sessions(signedIn(lead), filter.getValue(), ReviewSort.DEFAULT, 0, PAGE, 0);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "[scale] %-32s %8.2f %8.2f %8.2f %6d   (%d rows)%n", filter.getKey(),
                    percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1], statements, page.size());

            assertThat(statements).as(filter.getKey()).isLessThanOrEqualTo(2);
            assertThat(page).as(filter.getKey()).isNotEmpty().isSortedAccordingTo(
                    (a, b) -> b.updatedAt().compareTo(a.updatedAt()) != 0 ? b.updatedAt().compareTo(a.updatedAt())
                            : Long.compare(b.id(), a.id()));
        }
    }

    /**
     * What the grid does beyond the first page: the count, a page at row 100,000 (plain offset, and as
     * the grid asks with its count: read from the end), the middle page, a day's position, and searches for a rare term and for nothing.
     * Statements counted per call (the signed-in user is resolved from memory, so it adds none; the
     * memory is settled first, so a late refresh after the seeding cannot add a look-up mid-count).
     */
    @Test
    void deepPagesCountsAndRareSearchesAreTimed() {
        int deep = SESSIONS - PAGE;
        // the count the grid holds: the database may keep other tests' sessions besides the seeded ones
        long total = review.count(signedIn(lead), ReviewFilter.NONE);
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("count, no filter", () -> review.count(signedIn(lead), ReviewFilter.NONE));
        cases.put("count, status = COMPLETED", () -> review.count(signedIn(lead), ReviewFilter.NONE.withStatus(SessionStatus.COMPLETED)));
        cases.put("row 99,950 (plain offset)", () -> review.sessions(signedIn(lead), ReviewFilter.NONE, ReviewSort.DEFAULT, deep, PAGE, 0));
        cases.put("row 99,950 (as the grid asks)", () -> review.sessions(signedIn(lead), ReviewFilter.NONE, ReviewSort.DEFAULT, deep, PAGE, total));
        cases.put("row 50,000 (the deepest page)", () -> review.sessions(signedIn(lead), ReviewFilter.NONE, ReviewSort.DEFAULT, (int) (total / 2), PAGE, total));
        cases.put("oldest first, first page", () -> review.sessions(signedIn(lead), ReviewFilter.NONE,
                new ReviewSort(ReviewSort.Column.UPDATED, true), 0, PAGE, 0));
        cases.put("go to date 2026-01-15", () -> review.positionOf(signedIn(lead), ReviewFilter.NONE, LocalDate.of(2026, 1, 15)));
        cases.put("rare term (one client)", () -> review.sessions(signedIn(lead), ReviewFilter.NONE.withText("Client 99991"), ReviewSort.DEFAULT, 0, PAGE, 0));
        cases.put("no match", () -> review.sessions(signedIn(lead), ReviewFilter.NONE.withText("zzz nothing"), ReviewSort.DEFAULT, 0, PAGE, 0));
        cases.put("rare term in an answer", () -> review.sessions(signedIn(lead), ReviewFilter.NONE.withText("batch 996"), ReviewSort.DEFAULT, 0, PAGE, 0));
        cases.put("rare term, count", () -> review.count(signedIn(lead), ReviewFilter.NONE.withText("Client 99991")));
        cases.put("no match, count", () -> review.count(signedIn(lead), ReviewFilter.NONE.withText("zzz nothing")));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        int repetitions = REPETITIONS / 10;
        System.out.printf(Locale.ROOT, "[scale] %s: %d repetitions after %d warm-up%n", database(), repetitions, WARM_UP / 3);
        System.out.printf(Locale.ROOT, "[scale] %-32s %8s %8s %8s %6s%n", "case", "p50 ms", "p95 ms", "max ms", "stmts");
        for (Map.Entry<String, Runnable> action : cases.entrySet()) {
            for (int i = 0; i < WARM_UP / 3; i++) {
                action.getValue().run();
            }
            AccountFixtures.settled(lead);
            statistics.clear();
            action.getValue().run();
            long statements = statistics.getPrepareStatementCount();
            double[] millis = new double[repetitions];
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                action.getValue().run();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "[scale] %-32s %8.2f %8.2f %8.2f %6d%n", action.getKey(),
                    percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1], statements);
            assertThat(statements).as(action.getKey()).isEqualTo(1);
        }
        assertThat(review.sessions(signedIn(lead), ReviewFilter.NONE, ReviewSort.DEFAULT, deep, PAGE, total))
                .isEqualTo(review.sessions(signedIn(lead), ReviewFilter.NONE, ReviewSort.DEFAULT, deep, PAGE, 0)).hasSize(PAGE);
        assertThat(review.sessions(signedIn(lead), ReviewFilter.NONE.withText("Client 99991"), ReviewSort.DEFAULT, 0, PAGE, 0))
                .extracting(ReviewRow::clientCompany).containsExactly("Client 99991");
        assertThat(review.count(signedIn(lead), ReviewFilter.NONE.withText("batch 996"))).isBetween((long) SESSIONS / 997, (long) SESSIONS / 997 + 1);
        assertThat(review.count(signedIn(lead), ReviewFilter.NONE.withText("zzz nothing"))).isZero();
        if (onPostgres()) {
            String plan = explain("select id from discovery_session where search_text like '%client 99991%'");
            System.out.printf("[scale] PostgreSQL: EXPLAIN of a rare search term%n%s%n", plan);
            assertThat(plan).contains("ix_session_search_trgm");
        }
        assertThat(review.count(signedIn(lead), ReviewFilter.NONE)).isGreaterThanOrEqualTo(SESSIONS);
    }

    @Test
    void theDefaultSortReadsTheSortIndex() {
        String select = """
                select s.id, s.client_company, s.industry, s.owner, s.status, s.readiness, s.top_channel, s.updated_at
                from discovery_session s order by s.updated_at desc, s.id desc
                offset 0 rows fetch first 50 rows only""";
        String plan = explain(select);
        System.out.printf("[scale] %s: EXPLAIN of the default sort%n%s%n", database(), plan);
        System.out.printf("[scale] %s: EXPLAIN with status = 'COMPLETED'%n%s%n", database(),
                explain(select.replace("order by", "where s.status = 'COMPLETED' order by")));

        assertThat(plan.toLowerCase(Locale.ROOT)).contains("ix_session_updated");
    }

    private String explain(String sql) {
        List<String> lines = new ArrayList<>(jdbc.queryForList("explain " + sql, String.class));
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private String database() {
        return onPostgres() ? "PostgreSQL" : "H2";
    }

    private static boolean onPostgres() {
        String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "")
                + "," + System.getProperty("spring.profiles.active", "");
        return profiles.contains("postgres");
    }
}
