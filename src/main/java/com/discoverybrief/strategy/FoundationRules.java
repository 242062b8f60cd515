package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.MAPS;
import static com.discoverybrief.strategy.AnswerField.PURCHASE_FREQUENCY;
import static com.discoverybrief.strategy.AnswerField.REVIEWS;
import static com.discoverybrief.strategy.Channel.MAP_LISTINGS;
import static com.discoverybrief.strategy.Channel.REVIEWS_REPUTATION;

import java.util.List;

/**
 * What people find before they call: reviews and map listings. A bad rating is a named problem that
 * turns people away before any ad could bring them; a local business missing from the maps is
 * invisible to the people who already search nearby. (The site that captures enquiries is a
 * prerequisite of search traffic, added by {@link Invariants}.)
 */
final class FoundationRules {

    /** Bad reviews: answer them, fix what they are about and collect fresh ones before buying traffic. */
    static final Rule BAD_REVIEWS = new Rule("bad-reviews", answers -> answers.reviews() == Reviews.BAD,
            (answers, cite) -> List.of(Proposal.doFirst(REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS,
                    Horizon.ONE_TO_THREE_MONTHS, Need.BAD_REPUTATION, cite.answers(answers, REVIEWS))));

    /**
     * Few or no reviews where people choose by them: local consumers, considered or one-off purchases.
     * For a one-off or rare purchase reviews are how the next client decides, so they weigh more.
     */
    static final Rule FEW_REVIEWS = new Rule("few-reviews",
            answers -> (answers.reviews() == Reviews.NONE || answers.reviews() == Reviews.FEW)
                    && (Signals.localConsumers(answers) || Signals.buysOnce(answers) || Signals.buysRarely(answers)
                    || answers.decisionProcess() == DecisionProcess.CONSIDERED),
            (answers, cite) -> {
                boolean trust = Signals.buysOnce(answers) || Signals.localConsumers(answers);
                return List.of(Proposal.test(REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS, Horizon.ONE_TO_THREE_MONTHS,
                        trust ? Need.TRUST : Need.GROWTH,
                        Cite.concat(cite.answers(answers, REVIEWS), cite.answered(answers, PURCHASE_FREQUENCY))));
            });

    /** A local business nobody can find on the maps: the cheapest enquiries there are. */
    static final Rule NOT_ON_MAPS = new Rule("not-on-maps",
            answers -> Signals.localConsumers(answers) && answers.maps() == MapListings.NONE,
            (answers, cite) -> List.of(Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                    Need.LOCAL_VISIBILITY, cite.answers(answers, MAPS))));

    /** Listed but not looked after: photos, prices, hours and answers to reviews turn views into calls. */
    static final Rule MAPS_UNTENDED = new Rule("maps-untended",
            answers -> Signals.localConsumers(answers) && answers.maps() == MapListings.LISTED,
            (answers, cite) -> List.of(Proposal.test(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                    Need.GROWTH, cite.answers(answers, MAPS))));

    static final List<Rule> ALL = List.of(BAD_REVIEWS, FEW_REVIEWS, NOT_ON_MAPS, MAPS_UNTENDED);

    private FoundationRules() {
    }
}
