package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.COMPETITORS;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.NEW_MARKETS;
import static com.discoverybrief.strategy.AnswerField.PAINS;
import static com.discoverybrief.strategy.AnswerField.PRICE_POSITIONING;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;
import static com.discoverybrief.strategy.AnswerField.SEGMENTS;
import static com.discoverybrief.strategy.AnswerField.USP;
import static com.discoverybrief.strategy.AnswerField.USP_CLARITY;
import static com.discoverybrief.strategy.Channel.AUDIENCE_RESEARCH;
import static com.discoverybrief.strategy.Channel.MARKET_ANALYSIS;
import static com.discoverybrief.strategy.Channel.POSITIONING;
import static com.discoverybrief.strategy.Channel.PRICING;

import java.util.ArrayList;
import java.util.List;

/**
 * Analytics and strategy, the seed's first process: "before promoting, understand what we sell and
 * to whom". Each rule closes a gap in the macro or meso level, so all of them are done first.
 */
final class StrategyRules {

    /** Segments or pains unknown: find out who the client is before talking to them. */
    static final Rule AUDIENCE_UNKNOWN = new Rule("audience-unknown", Signals::audienceUnknown,
            (answers, cite) -> List.of(Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SEGMENTS_VALIDATED,
                    Horizon.TWO_TO_FOUR_WEEKS, cite.unanswered(answers, SEGMENTS, PAINS))));

    /** The client cannot say how their customers decide or how long it takes. */
    static final Rule BUYING_PROCESS_UNKNOWN = new Rule("buying-process-unknown",
            answers -> answers.decisionProcess() == DecisionProcess.UNKNOWN
                    || answers.salesCycle() == SalesCycle.UNKNOWN,
            (answers, cite) -> {
                List<Reason> reasons = new ArrayList<>();
                if (answers.decisionProcess() == DecisionProcess.UNKNOWN) {
                    reasons.add(cite.of(DECISION_PROCESS, DecisionProcess.UNKNOWN));
                }
                if (answers.salesCycle() == SalesCycle.UNKNOWN) {
                    reasons.add(cite.of(SALES_CYCLE, SalesCycle.UNKNOWN));
                }
                return List.of(Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SEGMENTS_VALIDATED,
                        Horizon.TWO_TO_FOUR_WEEKS, reasons));
            });

    /** No clear USP: without it ads "work by chance" and clients do not see the value. */
    static final Rule USP_UNCLEAR = new Rule("usp-unclear", Signals::uspUnclear,
            (answers, cite) -> List.of(Proposal.doFirst(POSITIONING, Kpi.USP_TESTED_WITH_CLIENTS,
                    Horizon.ONE_TO_THREE_MONTHS,
                    Cite.concat(cite.answers(answers, USP_CLARITY), cite.answered(answers, USP)))));

    /** Nobody named a competitor: map the market and what already works there. */
    static final Rule COMPETITORS_UNKNOWN = new Rule("competitors-unknown",
            answers -> !answers.isAnswered(COMPETITORS),
            (answers, cite) -> List.of(Proposal.doFirst(MARKET_ANALYSIS, Kpi.SHARE_OF_MARKET_MAPPED,
                    Horizon.TWO_TO_FOUR_WEEKS, cite.unanswered(answers, COMPETITORS))));

    /** The client does not know where its price sits: work out a price people will pay. */
    static final Rule PRICE_UNKNOWN = new Rule("price-unknown",
            answers -> answers.pricePositioning() == PricePositioning.UNKNOWN,
            (answers, cite) -> List.of(Proposal.doFirst(PRICING, Kpi.MARGIN_PER_SALE, Horizon.ONE_TO_THREE_MONTHS,
                    List.of(cite.of(PRICE_POSITIONING, PricePositioning.UNKNOWN)))));

    /** A new market or audience is a new client to understand, whatever works at home. */
    static final Rule NEW_MARKETS_WANTED = new Rule("new-markets",
            answers -> answers.isAnswered(NEW_MARKETS),
            (answers, cite) -> List.of(
                    Proposal.doFirst(MARKET_ANALYSIS, Kpi.SHARE_OF_MARKET_MAPPED, Horizon.ONE_TO_THREE_MONTHS,
                            cite.answers(answers, NEW_MARKETS)),
                    Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SEGMENTS_VALIDATED, Horizon.ONE_TO_THREE_MONTHS,
                            cite.answers(answers, NEW_MARKETS))));

    static final List<Rule> ALL = List.of(AUDIENCE_UNKNOWN, BUYING_PROCESS_UNKNOWN, USP_UNCLEAR,
            COMPETITORS_UNKNOWN, PRICE_UNKNOWN, NEW_MARKETS_WANTED);

    private StrategyRules() {
    }
}
