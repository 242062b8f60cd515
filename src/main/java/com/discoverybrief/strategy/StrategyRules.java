package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.AUDIENCE_CLARITY;
import static com.discoverybrief.strategy.AnswerField.AVERAGE_CHECK;
import static com.discoverybrief.strategy.AnswerField.COMPETITORS;
import static com.discoverybrief.strategy.AnswerField.COST_PER_LEAD;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.GROSS_MARGIN;
import static com.discoverybrief.strategy.AnswerField.LEAD_CONVERSION;
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
import static com.discoverybrief.strategy.Channel.UNIT_ECONOMICS;

import java.util.ArrayList;
import java.util.List;

/**
 * Analytics and strategy, the seed's first process: "before promoting, understand what we sell and
 * to whom". Each rule closes a gap in the macro or meso level, so all of them are done first; the
 * audience and the USP are blockers for every tool that talks to new people.
 */
final class StrategyRules {

    /** Segments or pains unknown: find out who the client is before talking to them. */
    static final Rule AUDIENCE_UNKNOWN = new Rule("audience-unknown", Signals::audienceUnknown,
            (answers, cite) -> List.of(Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS,
                    Horizon.ONE_TO_THREE_MONTHS, Need.STRATEGY_GAP, cite.unanswered(answers, SEGMENTS, PAINS))));

    /** "Our clients are everyone": a segment nobody can describe is no audience to talk to. */
    static final Rule AUDIENCE_EVERYONE = new Rule("audience-everyone",
            answers -> !Signals.audienceUnknown(answers) && Signals.audienceBroad(answers),
            (answers, cite) -> List.of(Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS,
                    Horizon.ONE_TO_THREE_MONTHS, Need.STRATEGY_GAP,
                    Cite.concat(cite.answers(answers, AUDIENCE_CLARITY), cite.answered(answers, SEGMENTS)))));

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
                return List.of(Proposal.doFirst(AUDIENCE_RESEARCH, Kpi.SALES_FROM_TARGET_SEGMENTS,
                        Horizon.ONE_TO_THREE_MONTHS, Need.GENERIC_GAP, reasons));
            });

    /** No clear USP: without it ads "work by chance" and clients do not see the value. */
    static final Rule USP_UNCLEAR = new Rule("usp-unclear", Signals::uspUnclear,
            (answers, cite) -> List.of(Proposal.doFirst(POSITIONING, Kpi.CONVERSION_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.STRATEGY_GAP,
                    Cite.concat(cite.answers(answers, USP_CLARITY), cite.answered(answers, USP)))));

    /** Nobody named a competitor: map the market and what already works there. */
    static final Rule COMPETITORS_UNKNOWN = new Rule("competitors-unknown",
            answers -> !answers.isAnswered(COMPETITORS),
            (answers, cite) -> List.of(Proposal.doFirst(MARKET_ANALYSIS, Kpi.CONVERSION_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.GENERIC_GAP, cite.unanswered(answers, COMPETITORS))));

    /** The client does not know where its price sits: work out a price people will pay. */
    static final Rule PRICE_UNKNOWN = new Rule("price-unknown",
            answers -> answers.pricePositioning() == PricePositioning.UNKNOWN,
            (answers, cite) -> List.of(Proposal.doFirst(PRICING, Kpi.MARGIN_PER_SALE, Horizon.ONE_TO_THREE_MONTHS,
                    Need.GENERIC_GAP, List.of(cite.of(PRICE_POSITIONING, PricePositioning.UNKNOWN)))));

    /**
     * Money is spent on clients but nobody knows what a sale earns: work out the most a client may
     * cost before any test, or no test can be judged.
     */
    static final Rule ECONOMICS_UNKNOWN = new Rule("economics-unknown",
            answers -> !Signals.economicsKnown(answers) && Signals.spends(answers),
            (answers, cite) -> List.of(Proposal.doFirst(UNIT_ECONOMICS, Kpi.MARGIN_PER_SALE,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.GENERIC_GAP, cite.unanswered(answers, AVERAGE_CHECK, GROSS_MARGIN))));

    /** A thin margin: every rouble per client counts, so the ceiling comes before the spending. */
    static final Rule THIN_MARGIN = new Rule("thin-margin",
            // a margin of 0 % or below is not thin, it is none: no-margin (MarginRules) says so instead
            answers -> Signals.thinMargin(answers) && !MarginRules.noMargin(answers) && Signals.spends(answers),
            (answers, cite) -> List.of(Proposal.doFirst(UNIT_ECONOMICS, Kpi.COST_PER_ACQUISITION,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.THIN_MARGIN,
                    Cite.concat(cite.answers(answers, GROSS_MARGIN), cite.answered(answers, AVERAGE_CHECK)))));

    /**
     * The client's own numbers say a client costs more than it brings (cost per lead / conversion above
     * the margin a client brings): that is the finding. What a client brings and what a client may cost
     * are worked out first — the average check, the offer, the conversion — before any money is added.
     */
    static final Rule NUMBERS_SAY_NO = new Rule("numbers-say-no", Signals::clientCostsMoreThanItBrings,
            (answers, cite) -> List.of(Proposal.doFirst(UNIT_ECONOMICS, Kpi.COST_PER_ACQUISITION,
                    // where clients leave, the client's worth is low because they leave: the churn weighs first
                    Horizon.ONE_TO_THREE_MONTHS, Signals.churnProblem(answers) ? Need.UNPROFITABLE_SPEND : Need.LOSING_ON_EVERY_CLIENT,
                    cite.answered(answers, COST_PER_LEAD, LEAD_CONVERSION, AVERAGE_CHECK, GROSS_MARGIN))));

    static final List<Rule> ALL = List.of(AUDIENCE_UNKNOWN, AUDIENCE_EVERYONE, BUYING_PROCESS_UNKNOWN, USP_UNCLEAR,
            COMPETITORS_UNKNOWN, PRICE_UNKNOWN, ECONOMICS_UNKNOWN, THIN_MARGIN, NUMBERS_SAY_NO);

    private StrategyRules() {
    }
}
