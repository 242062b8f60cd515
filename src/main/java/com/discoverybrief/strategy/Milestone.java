package com.discoverybrief.strategy;

/**
 * The aim a line prints for a given week (finding 80): a step from today's figure toward the plan's one allowable
 * cost, not a wish. A cost falls by at most {@value #MOST_CUT_PERCENT} % by one reading of the work on the funnel;
 * where the allowable cost ({@link AllowableCost}, the line's target and every "go on" figure of the plan) is further
 * below today than that, the aim by the line's week is today's figure less {@value #MOST_CUT_PERCENT} %, and the
 * allowable cost is named as the end goal — the client never reads "aim 955 ₽ by week 6" beside 5 185 ₽ today.
 */
public final class Milestone {

    /** The most a cost is cut by one reading of the work, in percent of today's figure. */
    public static final int MOST_CUT_PERCENT = 30;

    private Milestone() {
    }

    /**
     * The aim of the line by its decision week: its target, or — for a cost whose target is more than
     * {@value #MOST_CUT_PERCENT} % below today's figure — today's figure less {@value #MOST_CUT_PERCENT} %;
     * {@code null} where the line has no target.
     */
    public static Figure of(PlannedTest line) {
        if (!isStep(line)) {
            return line.target();
        }
        return Figure.of(reachable(line.baseline().value().doubleValue()), line.target().unit());
    }

    /** Whether the line's aim by its week is a step toward its target rather than the target itself. */
    public static boolean isStep(PlannedTest line) {
        return line.kpi().lowerIsBetter() && line.target() != null && line.baseline() != null
                && line.target().value().doubleValue() < reachable(line.baseline().value().doubleValue());
    }

    /** The lowest cost one reading reaches from today's figure. */
    static double reachable(double today) {
        return today * (100 - MOST_CUT_PERCENT) / 100;
    }
}
