package com.discoverybrief.strategy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogue of recommendation rules, grouped by the seed's four processes. To change what the
 * engine advises, find the rule by its id in one of these four classes; the order here does not
 * affect the ranking (see {@link Ranking}).
 */
final class Rules {

    static final List<Rule> ALL = Stream.of(StrategyRules.ALL, MeasurementRules.ALL, AcquisitionRules.ALL,
            RetentionRules.ALL).flatMap(List::stream).toList();

    /**
     * Every id a {@link Reason} can carry — the rules plus the two passes that add reasons of their
     * own — each of which needs a {@code rule.<id>} translation.
     */
    static final List<String> IDS = Stream.concat(ALL.stream().map(Rule::id),
            Stream.of(Invariants.STRATEGY_BEFORE_ADS, BudgetFocus.RULE)).toList();

    private Rules() {
    }
}
