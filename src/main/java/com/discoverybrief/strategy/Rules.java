package com.discoverybrief.strategy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogue of recommendation rules, grouped by the seed's processes. To change what the engine
 * advises, find the rule by its id in one of these classes; the order here does not affect the ranking
 * (see {@link Ranking}).
 */
final class Rules {

    static final List<Rule> ALL = Stream.of(MarginRules.ALL, StrategyRules.ALL, MeasurementRules.ALL, FoundationRules.ALL,
            AcquisitionRules.ALL, RetentionRules.ALL, GrowthRules.ALL, CircumstanceRules.ALL).flatMap(List::stream).toList();

    /**
     * Every id a {@link Reason} can carry — the rules plus the passes that add reasons of their own —
     * each of which needs a {@code rule.<id>} translation.
     */
    static final List<String> IDS = Stream.concat(ALL.stream().map(Rule::id),
            Stream.of(Invariants.STRATEGY_BEFORE_TOOLS, Invariants.SITE_BEFORE_TRAFFIC, BudgetFocus.RULE,
                    RetentionRules.KEEP_CONTACTS.rule(), AcquisitionRules.NUMBERS_DISAGREE,
                    RetentionRules.MARKETPLACE_BUYERS.rule())).toList();

    /**
     * Ids older rules gave their reasons, which kept assessments still carry: their explanations stay
     * translated so an old brief still reads in full.
     */
    static final List<String> RETIRED_IDS = List.of("strategy-before-ads");

    private Rules() {
    }
}
