package com.discoverybrief.review;

import com.discoverybrief.strategy.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The team over a period of sessions started: how many each salesperson ran per week, how ready the
 * three levels were on average, which channel came first most often, and how many led to a brief.
 *
 * @param weeks       the Mondays of the weeks in the period, oldest first
 * @param perWeek     for each salesperson (alphabetical), sessions per week in the order of {@code weeks}
 * @param readiness   average readiness 0–100 per level
 */
public record TeamStatistics(LocalDate from, LocalDate to, List<LocalDate> weeks, Map<String, List<Long>> perWeek,
        long sessions, long exported, Map<Level, Double> readiness, List<ChannelCount> channels) {

    /** Share of sessions with an exported brief, 0–100. */
    public double exportedShare() {
        return sessions == 0 ? 0 : 100.0 * exported / sessions;
    }
}
