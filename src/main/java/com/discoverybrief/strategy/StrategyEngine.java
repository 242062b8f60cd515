package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * Turns a session's answers into an {@link Assessment}: the three levels with readiness and gaps, the
 * ranked channel recommendations with the answers behind each, the "before any ads" checklist and the
 * summary.
 * <p>
 * How a recommendation comes about: every rule in the catalogue (four classes, one per seed process)
 * reads the answers and proposes channels citing what it read; proposals for one channel are merged
 * (union of reasons, earliest stage wins); the seed's principles are enforced on the result
 * (a profitable channel is kept, strategy comes before ads); a small budget keeps only two new
 * acquisition tests; the rest is ordered by stage, process, number of reasons and catalogue order.
 * <p>
 * Stateless and thread-safe; never throws, whatever the answers — {@code null} counts as an empty
 * session. {@link #RULES_VERSION} changes whenever a rule changes, so a stored assessment says which
 * rules produced it.
 */
public final class StrategyEngine {

    /** The version of the rule catalogue; bump it whenever a rule, its order or an invariant changes. */
    public static final String RULES_VERSION = "2026.11-1";

    public Assessment assess(Answers answers) {
        Answers known = answers == null ? Answers.EMPTY : answers;
        Map<Level, LevelAssessment> levels = Levels.assess(known);
        List<Recommendation> recommendations = recommend(known);
        return new Assessment(RULES_VERSION, levels, recommendations, BeforeAdsChecklist.of(known),
                Summaries.of(known, recommendations));
    }

    static List<Recommendation> recommend(Answers answers) {
        List<Proposal> proposals = Rules.ALL.stream().flatMap(rule -> rule.fire(answers).stream()).toList();
        Map<Channel, Draft> drafts = Ranking.merge(proposals);
        Invariants.apply(answers, drafts);
        return Ranking.prioritise(BudgetFocus.apply(answers, Ranking.sort(drafts.values())));
    }
}
