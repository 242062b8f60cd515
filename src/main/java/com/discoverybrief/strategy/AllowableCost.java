package com.discoverybrief.strategy;

import java.util.List;

/**
 * One allowable cost per client per plan (finding 88). Where the client's unit economics give what a client is worth
 * (check × margin, times the purchases after repeat), every cost-per-client line of the plan — the "go on at ≤ X" of
 * each channel, the "hold X" of the channel that pays and the "aim — X by week N" of the work on the funnel — prints
 * the same figure: the client never reads "aim 29 333 ₽" above four lines "go on at 112 000 ₽" for the same cost of
 * a car.
 * <ul>
 * <li>A channel that pays by the client's own figures is held at today's cost: that cost is the yardstick of the
 * plan.</li>
 * <li>Otherwise, with no figure for today: half of what a client is worth.</li>
 * <li>With today's cost below what a client is worth: a fifth below today, at most half of the worth.</li>
 * <li>With today's cost above it: {@value ScaleCondition#CEILING_PERCENT} % of the worth, the go-on figure of the
 * falling stop ({@link FallingStop}).</li>
 * </ul>
 * A channel with the client's figures of its own keeps its own stop; a channel without them is stopped by the
 * printed rule against today's cost (a quarter dearer for a channel run today, half again for a new one), never past
 * what a client is worth.
 */
final class AllowableCost {

    /** The aim a fifth below today's cost. */
    static final double IMPROVE = 0.8;

    private AllowableCost() {
    }

    /**
     * The one allowable cost per client of the plan whose lines have these figures (baseline, target, stop), or
     * {@code null} where the unit economics give none.
     */
    static Double of(Answers answers, List<TestPlans.Timed> timed, Figure[][] figures) {
        Double allowed = of(answers);
        if (allowed == null) {
            return null;
        }
        for (int i = 0; i < timed.size(); i++) {
            if (timed.get(i).kind().keeps() && timed.get(i).recommendation().kpi() == Kpi.COST_PER_ACQUISITION
                    && holds(figures[i])) {
                return figures[i][0].value().doubleValue();
            }
        }
        return allowed;
    }

    /** The allowable cost from the unit economics and today's cost alone, or {@code null} where they give none. */
    static Double of(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        if (worth == null || worth <= 0 || Signals.notOpenYet(answers)) {
            return null;
        }
        Double today = Signals.costPerClient(answers);
        if (today == null) {
            return worth / 2;
        }
        if (today > worth) {
            return worth * ScaleCondition.CEILING_PERCENT / 100;
        }
        return Math.min(worth / 2, today * IMPROVE);
    }

    /**
     * A cost-per-client line's figures with the plan's one allowable cost as its target; without a baseline of its
     * own, its stop follows the printed rule against today's cost. Other lines and plans without an allowable cost
     * are returned as they are, and so is a line whose stop is below it.
     */
    static Figure[] apply(Answers answers, Kpi kpi, Figure[] figures, PlannedTest.Kind kind, Double allowed) {
        if (kpi != Kpi.COST_PER_ACQUISITION || allowed == null || figures[1] == null) {
            return figures;
        }
        Figure stop = figures[2];
        Double today = Signals.costPerClient(answers);
        Double worth = TestPlans.clientValue(answers);
        if (figures[0] == null && today != null && worth != null && today <= worth) {
            double fromToday = today * (kind == PlannedTest.Kind.TEST ? TestPlans.NEW_STOP : TestPlans.KEPT_STOP);
            stop = Figure.of(Math.min(fromToday, worth), kpi.unit());
        }
        if (stop != null && stop.value().doubleValue() < allowed) {
            return figures;
        }
        return new Figure[] {figures[0], Figure.of(allowed, kpi.unit()), stop};
    }

    /** A paying channel held at its own figure of today: the target is that figure. */
    private static boolean holds(Figure[] figures) {
        return figures[0] != null && figures[0].equals(figures[1]);
    }
}
