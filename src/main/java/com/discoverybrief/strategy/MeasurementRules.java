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

    /** No tracking: nobody can tell which channel brings profit and which drains the budget. */
    static final Rule NO_ANALYTICS = new Rule("no-analytics", Signals::analyticsAbsent,
            (answers, cite) -> List.of(Proposal.doFirst(ANALYTICS_SETUP, Kpi.CHANNELS_WITH_KNOWN_CAC,
                    Horizon.TWO_TO_FOUR_WEEKS, cite.answers(answers, ANALYTICS))));

    /** Some tracking exists: finish it while the first tests run. */
    static final Rule PARTIAL_ANALYTICS = new Rule("partial-analytics",
            answers -> answers.analytics() == AnalyticsLevel.PARTLY,
            (answers, cite) -> List.of(Proposal.test(ANALYTICS_SETUP, Kpi.CHANNELS_WITH_KNOWN_CAC,
                    Horizon.ONE_TO_THREE_MONTHS, cite.answers(answers, ANALYTICS))));

    /** A channel that drains budget, or whose return is unknown, is measured before anything grows. */
    static final Rule MEASURE_BEFORE_SPENDING = new Rule("measure-before-spending",
            answers -> !Signals.losingChannels(answers).isEmpty(),
            (answers, cite) -> {
                List<Reason> reasons = cite.uses(Signals.losingChannels(answers));
                List<Proposal> proposals = new ArrayList<>();
                if (answers.analytics() != AnalyticsLevel.YES) {
                    proposals.add(Proposal.doFirst(ANALYTICS_SETUP, Kpi.CHANNELS_WITH_KNOWN_CAC,
                            Horizon.TWO_TO_FOUR_WEEKS, reasons));
                }
                proposals.add(Proposal.doFirst(OPTIMISATION, Kpi.COST_PER_ACQUISITION, Horizon.ONE_TO_THREE_MONTHS,
                        reasons));
                return proposals;
            });

    /** A channel that only pays for itself needs a better conversion before it gets more money. */
    static final Rule BREAK_EVEN_CHANNEL = new Rule("break-even-channel",
            answers -> !Signals.uses(answers, Set.of(ChannelOutcome.BREAK_EVEN)).isEmpty(),
            (answers, cite) -> List.of(Proposal.test(OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS,
                    cite.uses(Signals.uses(answers, Set.of(ChannelOutcome.BREAK_EVEN))))));

    /** A growth goal with numbers to work from: first lift conversion, the growth that costs nothing extra. */
    static final Rule GROW_WITHOUT_COSTS = new Rule("grow-without-costs",
            answers -> answers.isAnswered(GROWTH_GOAL) && !Signals.analyticsAbsent(answers)
                    && answers.isAnswered(CHANNELS),
            (answers, cite) -> List.of(Proposal.test(OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS,
                    List.of(cite.answer(answers, GROWTH_GOAL), cite.answer(answers, ANALYTICS)))));

    static final List<Rule> ALL = List.of(NO_ANALYTICS, PARTIAL_ANALYTICS, MEASURE_BEFORE_SPENDING,
            BREAK_EVEN_CHANNEL, GROW_WITHOUT_COSTS);

    private MeasurementRules() {
    }
}
