package com.discoverybrief.strategy;

import java.util.List;
import java.util.Optional;

/**
 * A channel the client says drains the budget, when it is the client's main source of clients (finding 98): the
 * client's figures are its own, and taking it to 0 ₽ would leave a client who wants to grow with no acquisition at
 * all while the work that fixes it runs. It keeps a capped line — {@value #CAP_PERCENT} % of today's spend, on the
 * ad sets and audiences that bring payers — with a stop that falls to what a client is worth; the rest of its money
 * is held in reserve ({@link DrainingChannels#spendCut}), not moved to the other channels.
 */
final class DrainingCap {

    /** The capped line keeps this share of what the channel costs today. */
    static final int CAP_PERCENT = 35;
    /** The priority of the capped line's recommendation: 0, a line of the plan and no step of the brief. */
    static final int PRIORITY = 0;

    private DrainingCap() {
    }

    /** The draining channel that is the client's main source and keeps a capped line, or {@code null}. */
    static Channel channel(Answers answers, List<Recommendation> ranked) {
        return DrainingChannels.spendCut(answers, ranked);
    }

    /** What the capped line spends a month: {@value #CAP_PERCENT} % of today's spend on the channel. */
    static double monthly(Answers answers) {
        return PaidSpend.monthly(answers) * CAP_PERCENT / 100;
    }

    /** The capped line's work: the channel kept under its cap, judged by what a client from it costs. */
    static Recommendation line(Channel channel) {
        return new Recommendation(PRIORITY, channel, Stage.KEEP, List.of(), Kpi.COST_PER_ACQUISITION,
                Horizon.ONE_TO_THREE_MONTHS, Optional.empty());
    }

    /** Whether a recommendation is the capped line of a draining channel rather than a step of the brief. */
    static boolean is(Recommendation recommendation) {
        return recommendation.priority() == PRIORITY && recommendation.reasons().isEmpty();
    }
}
