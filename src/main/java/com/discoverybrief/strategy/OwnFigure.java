package com.discoverybrief.strategy;

/**
 * A cost-per-client line judged against the channel's own figure, not against what a client is worth (finding 109).
 * Where today's cost per client is no channel's own (free leads counted as paid, or figures above the named budget),
 * a kept channel's figure is recorded before the start: it is held while a client costs no more than that, stopped a
 * quarter dearer, and in any case above what a client is worth — the worth is only the ceiling, never the go-on. A
 * scaled line's go-on above today is read on the money added to it, never on the line's average: the average may
 * only get a quarter dearer.
 */
public final class OwnFigure {

    private OwnFigure() {
    }

    /**
     * Whether a kept line goes on at its own figure recorded before the start and stops a quarter dearer, its printed
     * stop being only the ceiling (the worth): the line has no baseline of its own (or is held at it), and its stop is
     * more than a quarter above its go-on figure. A line that must get cheaper than today is not one.
     */
    public static boolean recorded(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.KEEP && line.kpi().lowerIsBetter() && line.target() != null
                && line.stop() != null && !FallingStop.applies(line)
                && (line.baseline() == null || line.baseline().equals(line.target()))
                && line.stop().value().doubleValue() > line.target().value().doubleValue() * TestPlans.KEPT_STOP * 1.001;
    }

    /**
     * Whether a scaled line's go-on figure is read on the money added to it: a cost whose go-on is above today's
     * figure (or today's is not the channel's own) and whose stop, the worth, is above the go-on.
     */
    public static boolean added(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.SCALE && line.kpi().lowerIsBetter() && line.target() != null
                && line.stop() != null && line.stop().value().compareTo(line.target().value()) > 0
                && (line.baseline() == null || line.target().value().compareTo(line.baseline().value()) > 0);
    }

    /** The scaled line's stop on its average: today's figure a quarter dearer, never past the worth. */
    public static Figure averageStop(PlannedTest line) {
        return Figure.of(Math.min(line.baseline().value().doubleValue() * TestPlans.KEPT_STOP,
                line.stop().value().doubleValue()), line.stop().unit());
    }
}
