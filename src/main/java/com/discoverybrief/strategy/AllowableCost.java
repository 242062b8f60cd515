package com.discoverybrief.strategy;

import java.util.List;

/**
 * The plan's allowable cost per client (findings 88, 102). Where the client's unit economics give what a client is
 * worth (check × margin, times the purchases after repeat), the cost-per-client lines of the plan print two figures at
 * most, one for each kind of decision: the client never reads "aim 29 333 ₽" above four lines "go on at 112 000 ₽" for
 * the same cost of a car, nor a scaled channel held to another channel's cost.
 * <ul>
 * <li>The kept lines and the new tests: today's cost, where it is a real channel's cost ({@link #realToday}) and no
 * more than a client is worth — a kept line is held there and stopped a quarter dearer, never past the worth; a
 * channel that pays by its own figures is held at them.</li>
 * <li>The funnel work's "aim — X by week N": a fifth below today's cost, never the channels' figure to hold (finding
 * 110).</li>
 * <li>A kept line where today's figure is no channel's cost (it counts free leads as paid, or the figures are above the
 * budget the client named): held at its own figure recorded before the start, today's average meanwhile, with the
 * worth only as the ceiling ({@link OwnFigure}, finding 109).</li>
 * <li>The scaled lines — and the tests and kept lines where today has no real cost or none at all: the next client
 * may cost up to half of what a client is worth, and the line stops at the worth (never below today's cost: a line
 * whose go-on is under today can never read "go on"); on a scaled line that figure is read on the money added.</li>
 * <li>With today's cost above the worth: {@value ScaleCondition#CEILING_PERCENT} % of the worth for every line, the
 * go-on figure of the falling stop ({@link FallingStop}).</li>
 * </ul>
 */
final class AllowableCost {

    /** The work on the funnel aims a fifth below today's cost by its reading: a step, as {@link Milestone} reads. */
    static final double FUNNEL_STEP = 0.8;

    private AllowableCost() {
    }

    /**
     * The allowable cost per client of the plan's kept lines, tests and aims, given the lines' figures (baseline,
     * target, stop), or {@code null} where the unit economics give none. A channel that pays by its own figures and is
     * held at them gives it; its figure is not the yardstick of the scaled lines ({@link #apply}).
     */
    static Double of(Answers answers, List<TestPlans.Timed> timed, Figure[][] figures) {
        Double allowed = of(answers);
        if (allowed == null || !realToday(answers)) {
            return allowed;
        }
        for (int i = 0; i < timed.size(); i++) {
            if (timed.get(i).kind().keeps()
                    && timed.get(i).recommendation().kpi() == Kpi.COST_PER_ACQUISITION && holds(figures[i])) {
                return figures[i][0].value().doubleValue();
            }
        }
        return allowed;
    }

    /**
     * The allowable cost of the kept lines, tests and aims from the unit economics and today's cost alone, or
     * {@code null} where they give none: today's real cost up to the worth; half of the worth, never below today's
     * figure, where today has no real cost; the falling stop's go-on figure above the worth.
     */
    static Double of(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        if (worth == null || worth <= 0 || Signals.notOpenYet(answers)) {
            return null;
        }
        Double today = Signals.costPerClient(answers);
        if (today != null && today > worth) {
            return worth * ScaleCondition.CEILING_PERCENT / 100;
        }
        BookingWindow window = BookingWindow.of(answers);
        if (window != null) {
            // while the season is being sold, a booking's go-on figure comes from what an unsold date loses (finding 105)
            return window.goOn().value().doubleValue();
        }
        return realToday(answers) ? today : scaled(worth, today);
    }

    /**
     * Whether today's cost per client is a channel's cost the plan may hold a line at: the client gave it, and it
     * neither counts free leads as paid ({@link PaidSpend#freeCounted}) nor comes from figures above the budget the
     * client named ({@link PaidSpend#aboveBudget}: "part of the leads come free, or the figures are inaccurate").
     */
    static boolean realToday(Answers answers) {
        return Signals.costPerClient(answers) != null && !PaidSpend.aboveBudget(answers) && !PaidSpend.freeCounted(answers);
    }

    /**
     * A cost-per-client line's figures with the plan's allowable cost: a scaled line (and every line where today has
     * no real cost) goes on while a client costs up to half of the worth and stops at the worth; a kept line, a test
     * and an aim take {@code allowed}, without a baseline of their own stopped by the printed rule against today's
     * cost (a quarter dearer for a channel run today, half again for a new one), never past the worth. A channel held
     * at its own figures keeps them. Other lines, plans without an allowable cost, and a line whose stop is below its
     * go-on figure (today above the worth: the falling stop) are returned as they are.
     */
    static Figure[] apply(Answers answers, Kpi kpi, Figure[] figures, PlannedTest.Kind kind, Double allowed) {
        if (kpi != Kpi.COST_PER_ACQUISITION || allowed == null || figures[1] == null) {
            return figures;
        }
        Double today = Signals.costPerClient(answers);
        Double worth = TestPlans.clientValue(answers);
        if (worth == null || today != null && today > worth) {
            return withTarget(figures, figures[2], allowed, kpi);
        }
        if (holds(figures)) {
            // a channel held at its own figures keeps them (finding 37: its stop stays near its own today)
            return figures;
        }
        if (kind == PlannedTest.Kind.PREPARE && figures[0] != null && figures[0].value().doubleValue() <= allowed + 0.5) {
            // the work on the funnel always aims a step below today's figure, never at the channels' figure to hold
            // (finding 110: a 274 000 ₽ job with "we'll watch" and no number is not signable)
            double base = figures[0].value().doubleValue();
            // today's unrounded cost where the baseline is it: 36 667 ₽ aims at 29 333 ₽, not 29 334 ₽
            double from = today != null && Math.abs(today - base) < 1 ? today : base;
            return new Figure[] {figures[0], Figure.of(from * FUNNEL_STEP, kpi.unit()), figures[2]};
        }
        if (kind == PlannedTest.Kind.KEEP && !realToday(answers) && today != null) {
            // today's figure counts free leads or exceeds the budget: the channel's own figure is recorded in weeks
            // before the start and held, today's average meanwhile; the worth is only the ceiling (finding 109, {@link OwnFigure})
            return new Figure[] {figures[0], Figure.of(today, kpi.unit()), Figure.of(worth, kpi.unit())};
        }
        if (kind == PlannedTest.Kind.SCALE || !realToday(answers)) {
            return new Figure[] {figures[0], Figure.of(scaled(worth, today), kpi.unit()),
                    Figure.of(worth, kpi.unit())};
        }
        Figure stop = figures[2];
        if (figures[0] == null) {
            double fromToday = today * (kind == PlannedTest.Kind.TEST ? TestPlans.NEW_STOP : TestPlans.KEPT_STOP);
            stop = Figure.of(Math.min(fromToday, worth), kpi.unit());
        }
        return withTarget(figures, stop, allowed, kpi);
    }

    /**
     * The go-on figure of a scaled line: half of what a client is worth, never below today's cost — not even where
     * that cost is an average counting free leads, which a paid channel's own cost is not below.
     */
    private static double scaled(double worth, Double today) {
        return today == null ? worth / 2 : Math.max(worth / 2, today);
    }

    private static Figure[] withTarget(Figure[] figures, Figure stop, double allowed, Kpi kpi) {
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
