package com.discoverybrief.strategy;

import java.util.List;

/**
 * What a client of a repeat or subscription business is worth once the plan's own work on churn has shown its first
 * reading (finding 95). Where the plan fixes why clients leave, the channel that brings them is not switched off by
 * week {@value FallingStop#FINAL_WEEK} on today's churn — before the fix it feeds can show: its stop is the margin a
 * client brings over the lifetime expected after that work (the share who stay raised by the work's own target,
 * {@value #LIFT_POINTS} points), judged no earlier than the work's first reading, week {@value TestPlans#WEEKS} at
 * the earliest. A client costing more than {@value #MAX_TIMES} times that is not normal for any subscription: such a
 * channel keeps the falling stop of finding 87.
 */
final class RetainedWorth {

    /** The work on churn and repeat purchases aims this many points above today's share of clients who stay. */
    static final int LIFT_POINTS = 10;
    /** ... never above this share. */
    static final int MOST_PERCENT = 95;
    /** A year of monthly payments: a payback past that is not counted on. */
    static final int MOST_PURCHASES = 12;
    /** A client costing up to this many times the lifetime margin after the work is judged at its reading. */
    static final double MAX_TIMES = 3;

    private RetainedWorth() {
    }

    /** The share of clients who stay that the work on churn aims at, in percent, from today's share. */
    static double target(double todayPercent) {
        return Math.min(todayPercent + LIFT_POINTS, MOST_PERCENT);
    }

    /** The line of the plan that works on churn and repeat purchases, or {@code null} where it has none. */
    static TestPlans.Timed work(List<TestPlans.Timed> timed) {
        return timed.stream().filter(t -> t.recommendation().channel() == Channel.ONBOARDING_CHURN
                || t.recommendation().channel() == Channel.CRM_MARKETING).findFirst().orElse(null);
    }

    /** The week of the plan at which the work on churn is first read: its decision, week 13 at the earliest. */
    static int readingWeek(Answers answers, TestPlans.Timed work) {
        Recommendation r = work.recommendation();
        return Math.max(TestPlans.WEEKS, work.start() - 1 + Math.max(work.weeks(), Horizons.readableAfter(r.kpi(), answers)));
    }

    /**
     * The margin a client brings over the lifetime expected after the work on churn: the margin of a sale times
     * 1 / (1 − the share who stay after the work), at most {@value #MOST_PURCHASES} purchases; {@code null} where the
     * business is not one of repeat purchases, the margin is unknown, or the plan does no such work.
     */
    static Double worth(Answers answers, List<TestPlans.Timed> timed) {
        java.math.BigDecimal margin = Signals.marginPerSale(answers);
        if (!Signals.buysAgainAndAgain(answers) || margin == null || margin.signum() <= 0 || work(timed) == null) {
            return null;
        }
        double stay = target(TestPlans.repeatShare(answers) * 100) / 100;
        return margin.doubleValue() * Math.min(1 / (1 - stay), MOST_PURCHASES);
    }

    /**
     * The stop of a kept line whose client costs {@code today} (a cost per client, or per lead) when it is judged
     * against the lifetime margin after the work on churn — a client costing more than it brings today, but no more
     * than {@value #MAX_TIMES} times that margin: that margin, per lead through the client's conversion; {@code null}
     * where it is not so judged.
     */
    static Figure perKpi(Kpi kpi, Answers answers, List<TestPlans.Timed> timed, Figure today) {
        Double worth = worth(answers, timed);
        Double conversion = answers.leadConversion() == null ? null : answers.leadConversion().doubleValue() / 100;
        Double value = worth == null ? null : switch (kpi) {
            case COST_PER_ACQUISITION -> worth;
            case COST_PER_LEAD -> conversion == null ? null : worth * conversion;
            default -> null;
        };
        if (value == null || today.value().doubleValue() > value * MAX_TIMES) {
            return null;
        }
        return Figure.of(value, today.unit());
    }
}
