package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.discovery.SessionFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

        TeamStatistics stats = new Statistics(sessions, Clock.system(ZoneId.systemDefault()))
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

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
    }
}
