package com.discoverybrief.strategy;

/**
 * One allowable cost per client per plan (finding 88). Where the client's unit economics give what a client is worth
 * (check × margin, times the purchases after repeat), every cost-per-client line of the plan — the "go on at ≤ X" of
 * each channel and the "aim — X by week N" of the work on the funnel — prints the same figure: the client never reads
 * "aim 29 333 ₽" above four lines "go on at 112 000 ₽" for the same cost of a car.
 * <ul>
 * <li>With no figure for today: half of what a client is worth.</li>
 * <li>With today's cost below what a client is worth: a fifth below today, at most half of the worth.</li>
 * <li>With today's cost above it: {@value ScaleCondition#CEILING_PERCENT} % of the worth, the go-on figure of the
 * falling stop ({@link FallingStop}).</li>
 * </ul>
 * A channel with the client's figures of its own keeps its own stop; a channel without them is stopped by the
 * printed rule against today's cost (a quarter dearer for a channel run today, half again for a new one), never past
 * what a client is worth. A paying channel held at today's level ("hold X") keeps its own figure: that is no target.
 */
final class AllowableCost {

    /** The aim a fifth below today's cost. */
    static final double IMPROVE = 0.8;

    private AllowableCost() {
    }

    /** The one allowable cost per client of the plan, or {@code null} where the unit economics give none. */
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
     * own, its stop follows the printed rule against today's cost. Other lines, hold lines and plans without the
     * unit economics are returned as they are.
     */
    static Figure[] apply(Answers answers, Kpi kpi, Figure[] figures, PlannedTest.Kind kind) {
        Double allowed = of(answers);
        boolean newChannel = kind == PlannedTest.Kind.TEST;
        if (kpi != Kpi.COST_PER_ACQUISITION || allowed == null || figures[1] == null || kind.keeps() && holds(figures)) {
            return figures;
        }
        Figure stop = figures[2];
        Double today = Signals.costPerClient(answers);
        if (figures[0] == null && today != null && today <= TestPlans.clientValue(answers)) {
            double fromToday = today * (newChannel ? TestPlans.NEW_STOP : TestPlans.KEPT_STOP);
            stop = Figure.of(Math.min(fromToday, TestPlans.clientValue(answers)), kpi.unit());
        }
        if (stop != null && stop.value().doubleValue() < allowed) {
            return figures;
        }
        return new Figure[] {figures[0], Figure.of(allowed, kpi.unit()), stop};
    }

    /** A paying channel held at today's level (a kept line): its target is today's own figure, not an aim. */
    private static boolean holds(Figure[] figures) {
        return figures[0] != null && figures[0].equals(figures[1]);
    }
}
