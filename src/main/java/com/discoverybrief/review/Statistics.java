package com.discoverybrief.review;

import com.discoverybrief.strategy.Level;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Builds {@link TeamStatistics} from three aggregate queries; weeks start on Monday in the clock's zone. */
@Component
class Statistics {

    private final ReviewSessions sessions;
    private final Clock clock;

    Statistics(ReviewSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    TeamStatistics over(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<LocalDate> weeks = weeks(from, to);
        Map<String, List<Long>> perWeek = new TreeMap<>();
        for (ReviewSessions.Started started : sessions.started(start, end)) {
            LocalDate monday = monday(LocalDate.ofInstant(started.createdAt(), clock.getZone()));
            List<Long> counts = perWeek.computeIfAbsent(started.owner(), owner -> zeros(weeks.size()));
            int index = weeks.indexOf(monday);
            counts.set(index, counts.get(index) + 1);
        }
        ReviewSessions.Totals totals = sessions.totals(start, end);
        Map<Level, Double> readiness = new EnumMap<>(Level.class);
        readiness.put(Level.MACRO, orZero(totals.macro()));
        readiness.put(Level.MESO, orZero(totals.meso()));
        readiness.put(Level.MICRO, orZero(totals.micro()));
        return new TeamStatistics(from, to, weeks, perWeek, totals.sessions(), totals.exported(), readiness,
                sessions.topChannels(start, end));
    }

    private static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plus(1, ChronoUnit.WEEKS)) {
            weeks.add(monday);
        }
        return weeks;
    }

    private static LocalDate monday(LocalDate day) {
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
