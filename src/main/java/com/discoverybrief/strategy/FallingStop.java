package com.discoverybrief.strategy;

/**
 * The stop of a kept channel whose client already costs more than the client is worth (finding 87): never "stop
 * above today's cost" — a threshold that cannot fire — but a stop that falls. By week {@value #FIRST_WEEK} of the
 * line a client from it costs at most {@value #FIRST_TIMES} times what a client is worth (or today's cost, when that
 * is lower); by week {@value #FINAL_WEEK} at most what a client is worth — otherwise the channel is switched off.
 * The line carries the final stop and the final week; the first check is derived from them here, in one place. A
 * subscription whose churn the plan fixes is judged later, against its lifetime margin after that work (finding 95);
 * where the plan works on churn, the final stop comes after that work, and no stop falls more than
 * {@value Milestone#MOST_CUT_PERCENT} % below today before it (finding 111).
 */
public final class FallingStop {

    /** The week of the line by which the first, looser stop applies. */
    public static final int FIRST_WEEK = 4;
    /** The week of the line by which a client must cost no more than it is worth. */
    public static final int FINAL_WEEK = 8;
    /** The first stop is this many times what a client is worth. */
    public static final int FIRST_TIMES = 2;

    private FallingStop() {
    }

    /** Whether the line is a kept channel whose client costs more today than it is worth: its stop falls. */
    public static boolean applies(PlannedTest line) {
        return line.kind().keeps() && line.kpi().lowerIsBetter() && line.baseline() != null && line.stop() != null
                && line.baseline().value().compareTo(line.stop().value()) > 0;
    }

    /**
     * The first stop: {@value #FIRST_TIMES} times the final stop, never above today's cost (a kept line that loses
     * money never gets to cost more, finding 112) and never more than {@value Milestone#MOST_CUT_PERCENT} % below it —
     * the stop falls no faster than the funnel's aim for the same figure ({@link Milestone}, finding 111).
     */
    public static Figure firstStop(PlannedTest line) {
        double today = line.baseline().value().doubleValue();
        double last = line.stop().value().doubleValue();
        return Figure.of(Math.max(Milestone.reachable(today), Math.min(last * FIRST_TIMES, today)), line.stop().unit());
    }

    /**
     * The week of the plan by which the first stop applies: week {@value #FIRST_WEEK} of the line, or week
     * {@value #FINAL_WEEK} where the final stop waits for the work on churn.
     */
    public static int firstWeek(PlannedTest line) {
        return line.startWeek() - 1 + Math.min(line.weeks(), afterRetention(line) ? FINAL_WEEK : FIRST_WEEK);
    }

    /**
     * Whether the stop falls in three steps (finding 117, the strategist's answer (a)): a client from the channel
     * costs so many times its worth that two readings of at most {@value Milestone#MOST_CUT_PERCENT} % each still leave
     * it above {@value #FIRST_TIMES} times the worth. Then neither rule alone holds — a jump to the worth by week
     * {@value #FINAL_WEEK} is a stop written to fire, and −30 % a reading never gets there — so the money falls with
     * it (the line's money is a ceiling), the stop falls 30 % by week {@value #FIRST_WEEK} and again by week
     * {@value #FINAL_WEEK}, and the worth, recomputed once the economics work is done, is judged last, at the line's
     * decision week after week {@value #FINAL_WEEK}.
     */
    public static boolean stepped(PlannedTest line) {
        return applies(line) && line.decisionWeek() > finalWeek(line.startWeek(), line.weeks()) && !onRetainedWorth(line)
                && far(line.baseline().value().doubleValue(), line.stop().value().doubleValue());
    }

    /** Whether two readings from today's cost still leave a client above {@value #FIRST_TIMES} times its worth. */
    static boolean far(double today, double worth) {
        return Milestone.reachable(Milestone.reachable(today)) > worth * FIRST_TIMES;
    }

    /** The second step of a {@link #stepped(PlannedTest) stepped} stop: the first less 30 %, by week {@value #FINAL_WEEK}. */
    public static Figure secondStop(PlannedTest line) {
        return Figure.of(Math.round(Milestone.reachable(firstStop(line).value().doubleValue())), line.stop().unit());
    }

    /** The week of the plan by which the second step applies. */
    public static int secondWeek(PlannedTest line) {
        return finalWeek(line.startWeek(), line.weeks());
    }

    /**
     * Above this at week {@value #FINAL_WEEK}, a stepped line keeps only what certainly brings buyers (for search,
     * the brand's own queries): {@value #FIRST_TIMES} times the worth.
     */
    public static Figure narrowAbove(PlannedTest line) {
        return Figure.of(Math.round(line.stop().value().doubleValue() * FIRST_TIMES), line.stop().unit());
    }

    /**
     * Whether the final stop — the margin a client brings over the lifetime expected after the plan's work on churn —
     * is judged at that work's first reading, later than week {@value #FINAL_WEEK} of the line (finding 95,
     * {@link RetainedWorth}).
     */
    public static boolean afterRetention(PlannedTest line) {
        return line.decisionWeek() > finalWeek(line.startWeek(), line.weeks()) && !stepped(line);
    }

    /**
     * Whether the final stop is the margin a client brings over the lifetime expected after the work on churn (finding
     * 95) rather than what a client is worth today: it is above the worth the go-on figure is the
     * {@value ScaleCondition#CEILING_PERCENT} % share of. A stop at today's worth judged after that work (finding 111)
     * is not.
     */
    public static boolean onRetainedWorth(PlannedTest line) {
        return line.target() != null && line.stop().value().doubleValue()
                > line.target().value().doubleValue() * 100 / ScaleCondition.CEILING_PERCENT * 1.001;
    }

    /** The week of the plan by which the final stop applies: the line's decision week. */
    static int finalWeek(int start, int weeks) {
        return start - 1 + Math.min(weeks, FINAL_WEEK);
    }

    /**
     * As {@link #finalWeek(int, int)}, where the plan works on churn or the first weeks ({@code work}, or
     * {@code null}): a stop at the worth is judged after that work is done, at the line's last week in the plan
     * (finding 111) — not in the week the work is finished.
     */
    static int finalWeek(int start, int weeks, TestPlans.Timed work) {
        int week = finalWeek(start, weeks);
        if (work == null || work.start() - 1 + work.weeks() < week) {
            return week;
        }
        return Math.max(week, Math.min(start - 1 + weeks, TestPlans.WEEKS));
    }
}
