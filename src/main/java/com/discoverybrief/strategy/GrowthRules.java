package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CAPACITY;
import static com.discoverybrief.strategy.AnswerField.CONSTRAINTS;
import static com.discoverybrief.strategy.AnswerField.EXPANSION_TARGET;
import static com.discoverybrief.strategy.AnswerField.NEW_MARKETS;
import static com.discoverybrief.strategy.Channel.AUDIENCE_RESEARCH;
import static com.discoverybrief.strategy.Channel.COLD_OUTREACH;
import static com.discoverybrief.strategy.Channel.CONTEXTUAL_ADS;
import static com.discoverybrief.strategy.Channel.MAP_LISTINGS;
import static com.discoverybrief.strategy.Channel.MARKETPLACES;
import static com.discoverybrief.strategy.Channel.MARKET_ANALYSIS;
import static com.discoverybrief.strategy.Channel.OFFLINE_ADS;
import static com.discoverybrief.strategy.Channel.PARTNER_MARKETING;
import static com.discoverybrief.strategy.Channel.POSITIONING;
import static com.discoverybrief.strategy.Channel.PRICING;
import static com.discoverybrief.strategy.Channel.SEO_CONTENT;
import static com.discoverybrief.strategy.Channel.TARGETED_ADS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scaling, the seed's fifth question: where the client wants to grow decides the geography of the
 * tools (a new district needs the maps and the neighbours, not a national campaign), and a client at
 * the limit of its capacity grows by earning more per client, not by more enquiries.
 */
final class GrowthRules {

    /** A new district of the same city: the new address on the maps, a local radius, the neighbours. */
    static final Rule NEW_DISTRICT = new Rule("expansion-district",
            answers -> answers.expansionTarget() == ExpansionTarget.NEW_DISTRICT && !Signals.sellsToBusinessesOnly(answers),
            (answers, cite) -> {
                List<Reason> reasons = cite.answers(answers, EXPANSION_TARGET);
                return List.of(
                        Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS, Need.NEW_MARKET, reasons),
                        Proposal.test(TARGETED_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.NEW_MARKET, reasons),
                        Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.ONE_TO_THREE_MONTHS, Need.NEW_MARKET,
                                reasons),
                        Proposal.test(OFFLINE_ADS, Kpi.COST_PER_ACQUISITION, Horizon.ONE_TO_THREE_MONTHS, Need.GROWTH,
                                reasons));
            });

    /**
     * Another city, region or the whole country: study the new market first (unless the client sells
     * across the country already); then the tools that reach that far. Physical points in a new city
     * go on its maps.
     */
    static final Rule NEW_TERRITORY = new Rule("expansion-territory", GrowthRules::entersNewTerritory,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, EXPANSION_TARGET),
                        cite.answered(answers, NEW_MARKETS));
                List<Proposal> proposals = new ArrayList<>();
                if (!coversItAlready(answers)) {
                    proposals.add(Proposal.doFirst(MARKET_ANALYSIS, Kpi.NEW_MARKET_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.NEW_MARKET, reasons));
                }
                boolean hasAddresses = answers.maps() == MapListings.LISTED || answers.maps() == MapListings.MAINTAINED;
                if (hasAddresses && !Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.doFirst(MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.NEW_MARKET, reasons));
                }
                if (answers.expansionTarget() == ExpansionTarget.NEW_CITY && !Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.test(CONTEXTUAL_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS,
                            Need.GROWTH, reasons));
                } else {
                    proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.THREE_TO_SIX_MONTHS,
                            Need.GROWTH, reasons));
                    if (Signals.sellsToBusinessesOnly(answers)) {
                        proposals.add(Proposal.test(COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.ONE_TO_THREE_MONTHS,
                                Need.GROWTH, reasons));
                    } else if (!hasAddresses) {
                        proposals.add(Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS,
                                Horizon.THREE_TO_SIX_MONTHS, Need.GROWTH, reasons));
                    }
                    if (answers.site() == Site.ONLINE_SHOP || Signals.runs(answers, MARKETPLACES)) {
                        proposals.add(Proposal.test(MARKETPLACES, Kpi.COST_PER_ACQUISITION, Horizon.ONE_TO_THREE_MONTHS,
                                Need.GROWTH, reasons));
                    }
                }
                return proposals;
            });

    /** Abroad: a new market and a new client, whose language and habits must be learned first. */
    static final Rule ABROAD = new Rule("expansion-abroad",
            answers -> answers.expansionTarget() == ExpansionTarget.ABROAD,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, EXPANSION_TARGET),
                        cite.answered(answers, NEW_MARKETS));
                return List.of(
                        Proposal.doFirst(MARKET_ANALYSIS, Kpi.NEW_MARKET_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                                Need.MARKET_ABROAD, reasons),
                        Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS, Horizon.ONE_TO_THREE_MONTHS,
                                Need.MARKET_ABROAD, reasons));
            });

    /**
     * Abroad, for a client who already sells on marketplaces that pay or cover their cost: the same
     * marketplaces' storefronts in the new country are the cheapest test of demand there — no new site,
     * no localised ads — measured by the sales the new country brings. The channel runs already, so the
     * storefronts abroad extend what is kept (or scaled), not a new test.
     */
    static final Rule ABROAD_THROUGH_MARKETPLACES = new Rule("expansion-abroad-marketplaces",
            answers -> answers.expansionTarget() == ExpansionTarget.ABROAD && !marketplacesThatWork(answers).isEmpty(),
            (answers, cite) -> List.of(new Proposal(MARKETPLACES, Stage.KEEP, Kpi.NEW_MARKET_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                    Need.MARKET_ABROAD, Cite.concat(cite.answers(answers, EXPANSION_TARGET),
                            Cite.concat(cite.answered(answers, NEW_MARKETS), cite.uses(marketplacesThatWork(answers)))))));

    /** A new segment: who they are and what the offer says to them, before any tool. */
    static final Rule NEW_SEGMENT = new Rule("expansion-segment",
            answers -> answers.expansionTarget() == ExpansionTarget.NEW_SEGMENT,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, EXPANSION_TARGET),
                        cite.answered(answers, NEW_MARKETS));
                return List.of(
                        Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS, Horizon.ONE_TO_THREE_MONTHS,
                                Need.NEW_MARKET, reasons),
                        Proposal.doFirst(POSITIONING, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS, Need.NEW_MARKET,
                                reasons));
            });

    /** New markets in the client's words, with no target chosen (or "none" left ticked): understand the market and its people. */
    static final Rule NEW_MARKETS_WANTED = new Rule("new-markets",
            answers -> answers.isAnswered(NEW_MARKETS) && (answers.expansionTarget() == null
                    || answers.expansionTarget() == ExpansionTarget.UNKNOWN
                    || answers.expansionTarget() == ExpansionTarget.NONE),
            (answers, cite) -> List.of(
                    Proposal.doFirst(MARKET_ANALYSIS, Kpi.NEW_MARKET_LEADS, Horizon.ONE_TO_THREE_MONTHS, Need.NEW_MARKET,
                            cite.answers(answers, NEW_MARKETS)),
                    Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS, Horizon.ONE_TO_THREE_MONTHS,
                            Need.NEW_MARKET, cite.answers(answers, NEW_MARKETS))));

    /**
     * At the limit of capacity more enquiries would be turned away: raise the price and choose the
     * better-paying work first.
     */
    static final Rule AT_CAPACITY = new Rule("at-capacity", Signals::atCapacity,
            (answers, cite) -> List.of(Proposal.doFirst(PRICING, Kpi.MARGIN_PER_SALE, Horizon.ONE_TO_THREE_MONTHS,
                    Need.AT_CAPACITY, Cite.concat(cite.answers(answers, CAPACITY), cite.answered(answers, CONSTRAINTS)))));

    static final List<Rule> ALL = List.of(NEW_DISTRICT, NEW_TERRITORY, ABROAD, ABROAD_THROUGH_MARKETPLACES, NEW_SEGMENT,
            NEW_MARKETS_WANTED, AT_CAPACITY);

    /** The client's marketplace sales that pay or at least cover their cost. */
    private static List<ChannelUse> marketplacesThatWork(Answers answers) {
        return Signals.uses(answers, Set.of(ChannelOutcome.PROFIT, ChannelOutcome.BREAK_EVEN)).stream()
                .filter(use -> Signals.toCatalogue(use.channel()) == MARKETPLACES).toList();
    }

    private GrowthRules() {
    }

    /** Whether the target is another city, region or the whole country. */
    private static boolean entersNewTerritory(Answers answers) {
        ExpansionTarget target = answers.expansionTarget();
        if (target == null) {
            return false;
        }
        return target == ExpansionTarget.NEW_CITY || target == ExpansionTarget.NEW_REGION
                || target == ExpansionTarget.WHOLE_COUNTRY;
    }

    /**
     * A business that already sells across the country and wants more of it needs partners in the
     * regions, not a study of a market it already knows.
     */
    private static boolean coversItAlready(Answers answers) {
        return (answers.geography() == Geography.COUNTRY || answers.geography() == Geography.INTERNATIONAL)
                && answers.expansionTarget() != ExpansionTarget.NEW_CITY;
    }
}
