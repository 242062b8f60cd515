package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.BUSINESS_STAGE;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_ARRIVAL;
import static com.discoverybrief.strategy.AnswerField.SEASONALITY;
import static com.discoverybrief.strategy.AnswerField.SEASON_END;
import static com.discoverybrief.strategy.AnswerField.SEASON_START;
import static com.discoverybrief.strategy.AnswerField.SOURCE_DEPENDENCE;
import static com.discoverybrief.strategy.Channel.COLD_OUTREACH;
import static com.discoverybrief.strategy.Channel.CRM_MARKETING;
import static com.discoverybrief.strategy.Channel.MAP_LISTINGS;
import static com.discoverybrief.strategy.Channel.OFFLINE_ADS;
import static com.discoverybrief.strategy.Channel.PARTNER_MARKETING;
import static com.discoverybrief.strategy.Channel.REFERRAL_PROGRAMME;
import static com.discoverybrief.strategy.Channel.REVIEWS_REPUTATION;
import static com.discoverybrief.strategy.Channel.SMM;
import static com.discoverybrief.strategy.Channel.TARGETED_ADS;

import java.util.ArrayList;
import java.util.List;

/**
 * The client's circumstances that change which tools fit at all: how customers arrive (a walk-in
 * business is found on the spot and on the map, not in search ads), whether the business has opened
 * yet (a launch has nobody to keep and no figures of its own), and the season (the off-season prepares
 * the season; paid tests start shortly before it), and one client or one platform bringing half of the
 * orders (the risk is named, and the second source sought beside it). What does not fit is taken out by
 * {@link Exclusions}, with the verdict saying why; the test plan times the paid tests to the season
 * ({@link TestPlans}).
 */
final class CircumstanceRules {

    /**
     * People walk in or pass by: the map card (where "nearby" is searched), the spot itself — signage,
     * the menu board, an offer at the door — and the neighbours who send people over.
     */
    static final Rule WALK_IN_TRADE = new Rule("walk-in-trade", Signals::walkIn,
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, CUSTOMER_ARRIVAL);
                List<Proposal> proposals = new ArrayList<>();
                if (answers.maps() != MapListings.MAINTAINED) {
                    proposals.add(Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.FOUND_ON_THE_SPOT, reasons));
                }
                proposals.add(Proposal.test(OFFLINE_ADS, Kpi.WALK_IN_SALES, Horizon.TWO_TO_FOUR_WEEKS, Need.GROWTH,
                        reasons));
                proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                        Need.GROWTH, reasons));
                return proposals;
            });

    /**
     * Not opened yet: the launch is the goal — the map card with the address before the doors open,
     * a waiting list and founder's pre-sales in the neighbourhood's social media, and the neighbours
     * (businesses, residential complexes) who meet the first clients before the client does.
     */
    static final Rule PRE_LAUNCH = new Rule("pre-launch", Signals::notOpenYet,
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, BUSINESS_STAGE);
                List<Proposal> proposals = new ArrayList<>();
                if (Signals.localConsumers(answers) && answers.maps() != MapListings.MAINTAINED) {
                    proposals.add(Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.LAUNCH, reasons));
                }
                if (!Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.test(SMM, Kpi.PRE_SALES, Horizon.ONE_TO_THREE_MONTHS, Need.LAUNCH, reasons));
                }
                if (Signals.localConsumers(answers)) {
                    // ads shown only around the address, leading to the waiting list, not to a site
                    proposals.add(Proposal.test(TARGETED_ADS, Kpi.PRE_SALES, Horizon.TWO_TO_FOUR_WEEKS, Need.LAUNCH,
                            reasons));
                }
                proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PRE_SALES, Horizon.ONE_TO_THREE_MONTHS, Need.LAUNCH,
                        reasons));
                return proposals;
            });

    /**
     * Met off-season: the months before the season prepare it — the map card and reviews people read
     * when they choose, last season's clients invited back, partners who send clients in the season.
     */
    static final Rule OFF_SEASON = new Rule("off-season-prepares", Signals::offSeason,
            (answers, cite) -> {
                List<Reason> reasons = cite.answered(answers, SEASONALITY, SEASON_START, SEASON_END);
                List<Proposal> proposals = new ArrayList<>();
                if (Signals.localConsumers(answers) && answers.maps() != MapListings.MAINTAINED) {
                    proposals.add(Proposal.test(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.SEASON_AHEAD, reasons));
                }
                if (answers.reviews() != Reviews.BAD) {
                    proposals.add(Proposal.test(REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.SEASON_AHEAD, reasons));
                }
                if (Signals.hasClients(answers) && !Signals.buysOnce(answers)) {
                    proposals.add(Proposal.test(CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.SEASON_AHEAD, reasons));
                }
                proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.THREE_TO_SIX_MONTHS,
                        Need.SEASON_AHEAD, reasons));
                return proposals;
            });

    /**
     * One client brings half of the orders or more: keep that client (meet well before the contract is
     * renewed) and find the second source at once — named businesses approached directly, with the big
     * client's reference and results as the case, and partners who serve the same buyers.
     */
    static final Rule ONE_CLIENT_DEPENDENCE = new Rule("one-client-dependence",
            answers -> sourceDependence(answers) == SourceDependence.ONE_CLIENT,
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, SOURCE_DEPENDENCE);
                List<Proposal> proposals = new ArrayList<>();
                // the second source is the first step, not a test among others: it outweighs even a thin margin
                if (answers.businessModel() != BusinessModel.B2C) {
                    proposals.add(Proposal.doFirst(COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.ONE_TO_THREE_MONTHS,
                            Need.ONE_CLIENT_RISK, reasons));
                }
                proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.THREE_TO_SIX_MONTHS,
                        Need.ONE_CLIENT_RISK, reasons));
                return proposals;
            });

    /**
     * One platform brings half of the orders or more: its rules and its price per order decide for the
     * client, and the buyers stay with it. Beside it, channels of the client's own: the map card where
     * the client serves locals, referrals, and a base of the platform's buyers to come back directly.
     */
    static final Rule ONE_PLATFORM_DEPENDENCE = new Rule("one-platform-dependence",
            // a business supplier's platform is answered by direct sales to named accounts (PlatformDependence)
            answers -> sourceDependence(answers) == SourceDependence.ONE_PLATFORM && !PlatformDependence.businessBuyers(answers),
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, SOURCE_DEPENDENCE);
                List<Proposal> proposals = new ArrayList<>();
                if (Signals.localConsumers(answers) && answers.maps() != MapListings.MAINTAINED) {
                    proposals.add(Proposal.test(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.ONE_PLATFORM_RISK, reasons));
                }
                if (!Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.test(REFERRAL_PROGRAMME, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.ONE_PLATFORM_RISK, reasons));
                }
                proposals.add(Proposal.test(CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                        Need.ONE_PLATFORM_RISK, reasons));
                if (OwnSources.partners(answers)) {
                    // a client moving off the platform: the partners who meet its customers first are an own source
                    // (finding 125)
                    proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.ONE_PLATFORM_RISK, OwnSources.PARTNERS.answers(answers, SOURCE_DEPENDENCE)));
                }
                return proposals;
            });

    private static SourceDependence sourceDependence(Answers answers) {
        return answers.choice(SOURCE_DEPENDENCE, SourceDependence.class);
    }

    static final List<Rule> ALL = List.of(WALK_IN_TRADE, PRE_LAUNCH, OFF_SEASON, ONE_CLIENT_DEPENDENCE,
            ONE_PLATFORM_DEPENDENCE);

    private CircumstanceRules() {
    }
}
