package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.discovery.SessionFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Level;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.ApplicationContext;

/**
 * The team statistics' queries on a JPA slice, rolled back after each test. A period of its own, far in
 * the past, keeps other tests' sessions out of the figures. (Who may see them is ReviewServiceTest's.)
 */
@DataJpaTest
class StatisticsTest {

    @Autowired
    private ReviewSessions sessions;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private EntityManager entityManager;

    @Test
    void countsSessionsPerSalespersonPerWeekOverThePeriod() {
        LocalDate monday = LocalDate.of(2003, 3, 3);
        String anna = SessionFixtures.unique("anna");
        String boris = SessionFixtures.unique("boris");
        SessionFixtures fixtures = new SessionFixtures(context);
        fixtures.session(anna).changedAt(at(monday)).answer(AnswerField.PRODUCT, "Кофе").save();
        fixtures.session(anna).changedAt(at(monday.plusDays(6))).save();
        fixtures.session(anna).changedAt(at(monday.plusDays(7))).save();
        fixtures.session(boris).changedAt(at(monday.plusDays(8))).save();
        fixtures.session(boris).changedAt(at(monday.plusDays(30))).save();

        TeamStatistics stats = new Statistics(sessions, Clock.system(ZoneId.systemDefault()), entityManager)
                .over(monday, monday.plusDays(13));

        assertThat(stats.weeks()).containsExactly(monday, monday.plusWeeks(1));
        assertThat(stats.perWeek()).containsOnlyKeys(anna, boris)
                .containsEntry(anna, List.of(2L, 1L)).containsEntry(boris, List.of(0L, 1L));
        assertThat(stats.sessions()).isEqualTo(4);
        assertThat(stats.exported()).isZero();
        assertThat(stats.readiness().get(Level.MACRO)).isPositive();
        assertThat(stats.channels()).isNotEmpty();
        assertThat(stats.channels().stream().mapToLong(ChannelCount::sessions).sum()).isEqualTo(4);
    }

    /**
     * Issue 15: the weeks are now counted by the database. On generated sessions (random owners, hours
     * around midnight, a period across the spring and autumn changes of daylight saving time in Berlin,
     * a partial first and last week) the grouped statement gives exactly what the former in-memory
     * count gave: one row per session, its local Monday looked up in the list of weeks.
     */
    @Test
    void countsTheWeeksInTheDatabaseAsTheFormerInMemoryCountDid() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.system(berlin);
        LocalDate from = LocalDate.of(2004, 3, 10);
        LocalDate to = LocalDate.of(2004, 11, 3);
        Random random = new Random(15);
        List<String> owners = List.of(SessionFixtures.unique("anna"), SessionFixtures.unique("boris"),
                SessionFixtures.unique("vera"), SessionFixtures.unique("gleb"));
        SessionFixtures fixtures = new SessionFixtures(context);
        Instant first = from.minusDays(3).atStartOfDay(berlin).toInstant();
        long span = to.plusDays(4).atStartOfDay(berlin).toInstant().getEpochSecond() - first.getEpochSecond();
        for (int i = 0; i < 300; i++) {
            Instant at = first.plusSeconds((long) (random.nextDouble() * span));
            if (i % 5 == 0) {
                // Right at a local midnight, or a second before it: the edges of days and weeks.
                LocalDate day = LocalDate.ofInstant(at, berlin);
                at = day.atStartOfDay(berlin).toInstant().minusSeconds(i % 10 == 0 ? 0 : 1);
            }
            fixtures.session(owners.get(random.nextInt(owners.size()))).changedAt(at).save();
        }
        entityManager.flush();

        TeamStatistics stats = new Statistics(sessions, clock, entityManager).over(from, to);

        assertThat(stats.perWeek()).isEqualTo(inMemory(stats.weeks(), from, to, berlin));
        assertThat(stats.perWeek().values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum())
                .isEqualTo(stats.sessions()).isPositive();
        assertThat(stats.weeks()).hasSize(35);
    }

    @Test
    void refusesAPeriodOfMoreThan53Weeks() {
        Statistics statistics = new Statistics(sessions, Clock.systemUTC(), entityManager);
        LocalDate monday = LocalDate.of(2003, 3, 3);

        assertThat(statistics.over(monday, monday.plusWeeks(53).minusDays(1)).weeks()).hasSize(53);
        assertThatThrownBy(() -> statistics.over(monday, monday.plusWeeks(53)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewService.statisticsCover(monday.plusWeeks(53).minusDays(1), monday)).isTrue();
        assertThat(ReviewService.statisticsCover(monday.plusWeeks(53), monday)).isFalse();
        assertThat(ReviewService.statisticsCover(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).isFalse();
    }

    /** The computation the statistics had before issue 15: every session's row read, counted in Java. */
    private Map<String, List<Long>> inMemory(List<LocalDate> weeks, LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Object[]> rows = entityManager.createQuery("select s.owner, s.createdAt from DiscoverySession s"
                + " where s.createdAt >= :from and s.createdAt < :to", Object[].class)
                .setParameter("from", start).setParameter("to", end).getResultList();
        Map<String, List<Long>> perWeek = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate monday = LocalDate.ofInstant((Instant) row[1], zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<Long> counts = perWeek.computeIfAbsent((String) row[0],
                    owner -> new ArrayList<>(Collections.nCopies(weeks.size(), 0L)));
            int index = weeks.indexOf(monday);
            counts.set(index, counts.get(index) + 1);
        }
        return perWeek;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
    }
}
