package com.discoverybrief.strategy;

import java.util.Comparator;
import java.util.List;

/**
 * The summary's focus is the client's biggest weighed need — the heaviest need behind any
 * recommendation, the higher-ranked one where two weigh the same — so a client losing members hears
 * about keeping them, not about setting up measurement. The first steps are the first new work (at
 * most {@value #FIRST_STEPS}; what already pays simply goes on), and the horizon is the slowest of
 * them: no instant promises.
 */
final class Summaries {

    static final int FIRST_STEPS = 3;

    private Summaries() {
    }

    static Summary of(Answers answers, List<Draft> ranked, List<Recommendation> recommendations) {
        List<Recommendation> first = recommendations.stream().filter(r -> !r.isKept()).limit(FIRST_STEPS).toList();
        if (first.isEmpty()) {
            first = recommendations.stream().limit(FIRST_STEPS).toList();
        }
        Horizon horizon = first.stream().map(Recommendation::horizon).max(Comparator.naturalOrder())
                .orElse(Horizon.ONE_TO_THREE_MONTHS);
        return new Summary(focus(ranked), first.stream().map(Recommendation::channel).toList(), horizon,
                Excerpts.of(answers.growthGoal()));
    }

    static Summary.Focus focus(List<Draft> ranked) {
        Draft heaviest = null;
        for (Draft draft : ranked) {
            if (heaviest == null || draft.need().weight() > heaviest.need().weight()) {
                heaviest = draft;
            }
        }
        return heaviest == null ? Summary.Focus.CLARIFY_STRATEGY : heaviest.need().focus();
    }
}
