package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.ANALYTICS;
import static com.discoverybrief.strategy.AnswerField.CHANNELS;
import static com.discoverybrief.strategy.AnswerField.GROWTH_GOAL;
import static com.discoverybrief.strategy.Channel.ANALYTICS_SETUP;
import static com.discoverybrief.strategy.Channel.OPTIMISATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Analysis and optimisation, the seed's "marketing is not magic but numbers and tests": measure
 * before spending more, and grow sales without growing costs.
 */
final class MeasurementRules {

    /** Outcomes of a channel kept running while it is measured (a mixed one: while its platforms are split). */
    private static final Set<ChannelOutcome> RUNNING = Set.of(ChannelOutcome.UNKNOWN, ChannelOutcome.BREAK_EVEN,
            ChannelOutcome.MIXED);

    /** No tracking: nobody can tell which channel brings profit and which drains the budget. */
    static final Rule NO_ANALYTICS = new Rule("no-analytics", Signals::analyticsAbsent,
            (answers, cite) -> List.of(Proposal.doFirst(ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.NO_MEASUREMENT, cite.answers(answers, ANALYTICS))));

    /**
     * Some tracking exists: finish it in the first weeks, before anything is scaled — except while the coming season is
     * being sold, where the selling season's own measurement says it is finished while what pays grows (finding 105).
     */
    static final Rule PARTIAL_ANALYTICS = new Rule("partial-analytics",
            answers -> answers.analytics() == AnalyticsLevel.PARTLY && !SellingSeason.MEASURE_NOW.when().test(answers),
            (answers, cite) -> List.of(Proposal.doFirst(ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.GROWTH, cite.answers(answers, ANALYTICS))));

    /**
     * A channel that drains budget is a named problem: measure it where nothing measures it, and fix or
     * cut it before anything grows. Not at the limit of capacity: there the enquiries it brings could not
     * be served, so tuning it is wasted work — {@link #SWITCH_OFF_AT_CAPACITY} switches it off instead.
     */
    static final Rule MEASURE_BEFORE_SPENDING = new Rule("measure-before-spending",
            answers -> !Signals.drainingChannels(answers).isEmpty() && !Signals.atCapacity(answers),
            (answers, cite) -> {
                List<Reason> reasons = cite.uses(Signals.drainingChannels(answers));
                List<Proposal> proposals = new ArrayList<>();
                if (answers.analytics() != AnalyticsLevel.YES) {
                    proposals.add(Proposal.doFirst(ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE,
                            Horizon.TWO_TO_FOUR_WEEKS, Need.DRAINING_CHANNEL, reasons));
                }
                proposals.add(Proposal.doFirst(OPTIMISATION, Kpi.COST_PER_ACQUISITION, Horizon.ONE_TO_THREE_MONTHS,
                        Need.DRAINING_CHANNEL, reasons));
                return proposals;
            });

    /**
     * At the limit of capacity a channel that drains the budget buys enquiries nobody can take: it is
     * switched off now, not measured or tuned, and the money it took is saved. The first step that says
     * so is the one capacity calls for — the price and the better-paying work — citing that channel.
     */
    static final Rule SWITCH_OFF_AT_CAPACITY = new Rule("switch-off-at-capacity",
            answers -> !Signals.drainingChannels(answers).isEmpty() && Signals.atCapacity(answers),
            (answers, cite) -> List.of(Proposal.doFirst(Channel.PRICING, Kpi.MARGIN_PER_SALE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.AT_CAPACITY, cite.uses(Signals.drainingChannels(answers)))));

    /**
     * A channel whose return nobody knows: measure it first. With tracking in place the numbers exist
     * and only need reading; without it, optimising would be guessing.
     */
    static final Rule UNMEASURED_CHANNEL = new Rule("unmeasured-channel",
            // while the coming season is being sold, the selling season's own measurement of the same ads says it
            // (finding 105: "measure it first" beside the ads that get the window's money)
            answers -> !Signals.unmeasuredChannels(answers).isEmpty() && !(SellingSeason.MEASURE_NOW.when().test(answers)
                    && Signals.unmeasuredChannels(answers).stream()
                            .allMatch(use -> Signals.toCatalogue(use.channel()).isPaidAds())),
            (answers, cite) -> {
                List<Reason> reasons = cite.uses(Signals.unmeasuredChannels(answers));
                if (answers.analytics() == AnalyticsLevel.YES) {
                    return List.of(Proposal.doFirst(OPTIMISATION, Kpi.COST_PER_ACQUISITION,
                            Horizon.ONE_TO_THREE_MONTHS, Need.NO_MEASUREMENT, reasons));
                }
                return List.of(Proposal.doFirst(ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE,
                        Horizon.TWO_TO_FOUR_WEEKS, Need.NO_MEASUREMENT, reasons));
            });

    /**
     * One channel pays on one platform and drains on another (targeting on VK drains, in Telegram it
     * pays): the two are not averaged — the draining platform is switched off or rebuilt, its money
     * moves to the one that pays, and from now on each platform is measured on its own; the channel is
     * not scaled until they are. Cites where the salesperson wrote which platform does what.
     */
    static final Rule SPLIT_MIXED_CHANNEL = new Rule("split-mixed-channel",
            answers -> !Signals.mixedChannels(answers).isEmpty(),
            (answers, cite) -> List.of(Proposal.doFirst(OPTIMISATION, Kpi.COST_PER_ACQUISITION,
                    Horizon.ONE_TO_THREE_MONTHS, Need.DRAINING_CHANNEL,
                    Cite.concat(cite.uses(Signals.mixedChannels(answers)),
                            cite.answered(answers, AnswerField.ONLINE_PRESENCE)))));

    /**
     * A channel the client runs whose return is unknown or only pays for itself is not switched off
     * blindly: it keeps running, with the money it has, while it is measured and improved — and gets
     * no more until the numbers show it pays.
     */
    static final Rule RUNNING_CHANNEL = new Rule("running-channel",
            answers -> !Signals.uses(answers, RUNNING).isEmpty(),
            (answers, cite) -> Signals.uses(answers, RUNNING).stream()
                    .map(use -> {
                        Channel channel = Signals.toCatalogue(use.channel());
                        return new Proposal(channel, Stage.KEEP, AcquisitionRules.kpiOf(channel, answers),
                                Horizon.ONE_TO_THREE_MONTHS, Need.RUNNING, List.of(cite.use(use)));
                    })
                    .toList());

    /** A channel that only pays for itself needs a better conversion before it gets more money. */
    static final Rule BREAK_EVEN_CHANNEL = new Rule("break-even-channel",
            answers -> !Signals.uses(answers, Set.of(ChannelOutcome.BREAK_EVEN)).isEmpty(),
            (answers, cite) -> List.of(Proposal.test(OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS,
                    Need.UNPROFITABLE_SPEND, cite.uses(Signals.uses(answers, Set.of(ChannelOutcome.BREAK_EVEN))))));

    /**
     * A growth goal with numbers to work from: first lift conversion, the growth that costs nothing extra.
     * Not at the limit of capacity, where more enquiries turned into orders could not be served.
     */
    static final Rule GROW_WITHOUT_COSTS = new Rule("grow-without-costs",
            answers -> answers.isAnswered(GROWTH_GOAL) && !Signals.analyticsAbsent(answers) && !Signals.atCapacity(answers)
                    && answers.isAnswered(CHANNELS) && !Signals.freeTier(answers),
            (answers, cite) -> List.of(Proposal.test(OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS,
                    Need.GROWTH, List.of(cite.answer(answers, GROWTH_GOAL), cite.answer(answers, ANALYTICS)))));

    /**
     * Most enquiries are lost between the call and the sale (a lead-to-sale conversion of a few percent
     * where a decision takes days or weeks): the handling of enquiries is fixed before more traffic
     * is bought — it multiplies sales with no new money.
     */
    static final Rule LEADS_LOST = new Rule("leads-lost", Signals::leadsLost,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.OPTIMISATION, Kpi.CONVERSION_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.LEADS_LOST,
                    cite.answered(answers, AnswerField.LEAD_CONVERSION, AnswerField.LEADS_PER_MONTH))));

    static final List<Rule> ALL = List.of(NO_ANALYTICS, PARTIAL_ANALYTICS, MEASURE_BEFORE_SPENDING, SWITCH_OFF_AT_CAPACITY,
            UNMEASURED_CHANNEL, SPLIT_MIXED_CHANNEL,
            RUNNING_CHANNEL, BREAK_EVEN_CHANNEL, GROW_WITHOUT_COSTS, LEADS_LOST);

    private MeasurementRules() {
    }
}
