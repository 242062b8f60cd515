package com.discoverybrief.strategy;

import java.util.List;

/**
 * How the first months' budget is split across the work, in roubles and percent, with each line's
 * timing, the baseline to record before it starts, its KPI with a target and the threshold at which it
 * stops or goes on. The parts always sum to the budget of the period.
 *
 * @param monthlyBudget the monthly budget the plan is built on, in roubles
 * @param fromBand      whether that figure is a planning figure for the band the client named rather
 *                      than the figure they gave
 * @param months        how many months the plan covers
 * @param parallelTests how many new acquisition tests run at the same time at most
 * @param lines         the work in the order it starts
 * @param waiting       tests that wait for a free slot after the plan's months (at most two new tests at
 *                      a time on a small budget)
 * @param reserve       the part of the period's budget no line can use well yet: held back and released to
 *                      the tests that pass their go threshold (0 in plans kept by rules before 2026.12-3)
 * @param reservePercent that part in percent; the lines' percents and this sum to 100
 */
public record TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
        List<Channel> waiting, long reserve, int reservePercent) {
    public TestPlan {
        lines = List.copyOf(lines);
        waiting = List.copyOf(waiting);
    }

    /** The budget of the whole period the plan covers. */
    public long total() {
        return monthlyBudget * months;
    }
}
