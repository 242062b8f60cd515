package com.discoverybrief.strategy;

import java.util.Comparator;
import java.util.List;

/**
 * Chooses the summary's focus by the first of these that holds, in the seed's order of business:
 * the strategy is unclear (audience or USP) → clarify it; a channel drains budget or is unknown, or
 * nothing is measured → measure, then grow; few clients return or there is no base → keep clients;
 * something already brings profit → scale it; otherwise → grow acquisition.
 */
final class Summaries {

    private static final int FIRST_STEPS_WITHOUT_DO_FIRST = 3;

    private Summaries() {
    }

    static Summary of(Answers answers, List<Recommendation> recommendations) {
        List<Recommendation> first = recommendations.stream().filter(r -> r.stage() == Stage.DO_FIRST).toList();
        if (first.isEmpty()) {
            first = recommendations.stream().limit(FIRST_STEPS_WITHOUT_DO_FIRST).toList();
        }
        // No instant promises: the summary names the horizon of the slowest first step.
        Horizon horizon = first.stream().map(Recommendation::horizon).max(Comparator.naturalOrder())
                .orElse(Horizon.ONE_TO_THREE_MONTHS);
        return new Summary(focus(answers), first.stream().map(Recommendation::channel).toList(), horizon,
                Excerpts.of(answers.growthGoal()));
    }

    static Summary.Focus focus(Answers answers) {
        if (Signals.audienceUnknown(answers) || Signals.uspUnclear(answers)) {
            return Summary.Focus.CLARIFY_STRATEGY;
        }
        if (!Signals.losingChannels(answers).isEmpty() || Signals.analyticsAbsent(answers)) {
            return Summary.Focus.MEASURE_THEN_GROW;
        }
        if (Signals.lowRepeatPurchases(answers) || Signals.noCustomerBase(answers)) {
            return Summary.Focus.KEEP_CLIENTS;
        }
        if (!Signals.profitableChannels(answers).isEmpty()) {
            return Summary.Focus.SCALE_WHAT_WORKS;
        }
        return Summary.Focus.GROW_ACQUISITION;
    }
}
