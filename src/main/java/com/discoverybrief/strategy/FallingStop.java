package com.discoverybrief.strategy;

/**
 * The stop of a kept channel whose client already costs more than the client is worth (finding 87): never "stop
 * above today's cost" — a threshold that cannot fire — but a stop that falls. By week {@value #FIRST_WEEK} of the
 * line a client from it costs at most {@value #FIRST_TIMES} times what a client is worth (or today's cost, when that
 * is lower); by week {@value #FINAL_WEEK} at most what a client is worth — otherwise the channel is switched off.
 * The line carries the final stop and the final week; the first check is derived from them here, in one place.
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

    /** The first stop: {@value #FIRST_TIMES} times what a client is worth, never above today's cost. */
    public static Figure firstStop(PlannedTest line) {
        double worth = line.stop().value().doubleValue();
        return Figure.of(Math.min(worth * FIRST_TIMES, line.baseline().value().doubleValue()), line.stop().unit());
    }

    /** The week of the plan by which the first stop applies. */
    public static int firstWeek(PlannedTest line) {
        return line.startWeek() - 1 + Math.min(line.weeks(), FIRST_WEEK);
    }

    /** The week of the plan by which the final stop applies: the line's decision week. */
    static int finalWeek(int start, int weeks) {
        return start - 1 + Math.min(weeks, FINAL_WEEK);
    }
}
