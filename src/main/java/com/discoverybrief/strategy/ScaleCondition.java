package com.discoverybrief.strategy;

import java.util.List;

/**
 * When more money into a channel the client runs pays (finding 68). A channel is scaled while a client from it
 * costs at most {@value #CEILING_PERCENT} % of what a client is worth: doubling the spend on a channel makes
 * each next client dearer, and the rest of the margin pays for refunds, the team and the business. By the
 * client's own numbers (cost of a lead over the lead-to-sale conversion) that gives the conversion a channel
 * must reach at today's cost of a lead before it gets more money — "doubling makes sense at a conversion of
 * 0.8 % (a client at most 31 500 ₽)". Also the "go on" threshold of a kept line, never a client costing the
 * whole margin.
 *
 * @param costToday  what a client costs today by the client's numbers
 * @param worth      what a client brings in gross margin ({@link TestPlans#clientValue})
 * @param ceiling    the most a client may cost for scaling to pay
 * @param conversion the lead-to-sale conversion that brings a client down to the ceiling at today's cost of a
 *                   lead
 */
record ScaleCondition(double costToday, double worth, double ceiling, double conversion) {

    static final int CEILING_PERCENT = 75;

    /** The condition from the client's numbers, or {@code null} when they do not give a cost and a worth. */
    static ScaleCondition of(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        Double cost = Signals.costPerClient(answers);
        if (worth == null || cost == null || worth <= 0 || answers.costPerLead() == null) {
            return null;
        }
        double ceiling = ceiling(worth);
        // rounded up to a tenth of a percent: the conversion named is one at which scaling pays
        double conversion = Math.ceil(answers.costPerLead().doubleValue() * 1000 / ceiling) / 10;
        return new ScaleCondition(cost, worth, ceiling, conversion);
    }

    /** The most a client may cost for a channel to get more money. */
    static double ceiling(double worth) {
        return worth * CEILING_PERCENT / 100;
    }

    /** Whether a client today costs no more than the ceiling: more money pays. */
    boolean pays() {
        return costToday <= ceiling;
    }

    /** The figures the verdict quotes: today's cost of a client, its worth, the ceiling, the conversion needed. */
    List<Figure> figures() {
        return List.of(Figure.of(costToday, Unit.RUBLES), Figure.of(worth, Unit.RUBLES), Figure.of(ceiling, Unit.RUBLES),
                Figure.of(conversion, Unit.PERCENT));
    }
}
