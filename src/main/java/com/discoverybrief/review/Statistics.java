package com.discoverybrief.review;

import com.discoverybrief.strategy.Level;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Builds {@link TeamStatistics} from three aggregate queries; weeks start on Monday in the clock's zone.
 * Nothing is read per session: the weeks are counted by the database (issue 15), at most
 * {@link #MAX_WEEKS} of them.
 */
@Component
class Statistics {

    /** The longest period the statistics cover, in weeks (calendar weeks touched by the period). */
    static final int MAX_WEEKS = 53;

    private final ReviewSessions sessions;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    @Autowired
    Statistics(ReviewSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** For a test slice that builds this class itself. */
    Statistics(ReviewSessions sessions, Clock clock, EntityManager entityManager) {
        this(sessions, clock);
        this.entityManager = entityManager;
    }

    TeamStatistics over(LocalDate from, LocalDate to) {
        if (weekCount(from, to) > MAX_WEEKS) {
            throw new IllegalArgumentException(
                    "Statistics cover at most " + MAX_WEEKS + " weeks, not " + weekCount(from, to));
        }
        List<LocalDate> weeks = weeks(from, to);
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<Long>> perWeek = new TreeMap<>();
        for (Object[] row : perOwnerAndWeek(weeks, start, end)) {
            String owner = (String) row[0];
            int week = ((Number) row[1]).intValue();
            long count = ((Number) row[2]).longValue();
            perWeek.computeIfAbsent(owner, any -> zeros(weeks.size())).set(week, count);
        }
        ReviewSessions.Totals totals = sessions.totals(start, end);
        Map<Level, Double> readiness = new EnumMap<>(Level.class);
        readiness.put(Level.MACRO, orZero(totals.macro()));
        readiness.put(Level.MESO, orZero(totals.meso()));
        readiness.put(Level.MICRO, orZero(totals.micro()));
        return new TeamStatistics(from, to, weeks, perWeek, totals.sessions(), totals.exported(), readiness,
                sessions.topChannels(start, end));
    }

    /**
     * Sessions per owner and week index in one grouped statement. The week of a session is found by
     * comparing its start with the (zone-aware) instants the period's Mondays begin, so a week that
     * crosses a change of daylight saving time is still exactly Monday 00:00 to Monday 00:00 locally.
     * The derived table lets both databases group by the computed index (PostgreSQL would not match
     * the same parameters written twice); it is a read-only projection query, as ArchitectureTest asks.
     */
    private List<Object[]> perOwnerAndWeek(List<LocalDate> weeks, Instant start, Instant end) {
        StringBuilder week = new StringBuilder();
        if (weeks.size() == 1) {
            week.append("0");
        } else {
            week.append("case");
            for (int i = 1; i < weeks.size(); i++) {
                week.append(" when s.createdAt < :week").append(i).append(" then ").append(i - 1);
            }
            week.append(" else ").append(weeks.size() - 1).append(" end");
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select t.owner, t.wk, count(*) from (select s.owner as owner, "
                + week + " as wk from DiscoverySession s where s.createdAt >= :from and s.createdAt < :to) t"
                + " group by t.owner, t.wk", Object[].class);
        for (int i = 1; i < weeks.size(); i++) {
            query.setParameter("week" + i, weeks.get(i).atStartOfDay(clock.getZone()).toInstant());
        }
        return query.setParameter("from", start).setParameter("to", end).getResultList();
    }

    /** The Mondays of the calendar weeks the period touches, oldest first. */
    static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plus(1, ChronoUnit.WEEKS)) {
            weeks.add(monday);
        }
        return weeks;
    }

    /** How many calendar weeks the period touches, without listing them. */
    static long weekCount(LocalDate from, LocalDate to) {
        return ChronoUnit.WEEKS.between(monday(from), monday(to)) + 1;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<Long> zeros(int size) {
        List<Long> zeros = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            zeros.add(0L);
        }
        return zeros;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
