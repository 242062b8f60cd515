package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.LOCATIONS;
import static com.discoverybrief.strategy.Channel.MAP_LISTINGS;
import static com.discoverybrief.strategy.Channel.MARKET_ANALYSIS;

import java.util.List;

/**
 * A chain whose one location lags while the others do well: the product, the price and the brand are the
 * same everywhere, so the cause lies at that place — its catchment, the competitor next door, the entrance
 * and the signage, its own map card. That location is diagnosed first (the market around it, its card
 * fixed and looked after) before any money goes into ads for it or for the whole chain; the chain's
 * advertising is not what is broken.
 */
final class LocationRules {

    static final Rule LAGGING_LOCATION = new Rule("lagging-location",
            answers -> answers.choice(LOCATIONS, LocationSpread.class) == LocationSpread.ONE_LAGS,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, LOCATIONS),
                        cite.answered(answers, AnswerField.CONSTRAINTS));
                List<Proposal> proposals = new java.util.ArrayList<>();
                proposals.add(Proposal.doFirst(MARKET_ANALYSIS, Kpi.WALK_IN_SALES, Horizon.ONE_TO_THREE_MONTHS,
                        Need.LAGGING_LOCATION, reasons));
                // its own card: a chain's cards are looked after where they work, not always where it lags
                if (Signals.localConsumers(answers)) {
                    proposals.add(Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.LAGGING_LOCATION, reasons));
                }
                return proposals;
            });

    static final List<Rule> ALL = List.of(LAGGING_LOCATION);

    private LocationRules() {
    }
}
