package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.SOURCE_DEPENDENCE;

import java.util.List;
import java.util.Map;

/**
 * A business supplier that gets half of its orders or more from one platform — a tender platform, a
 * freight exchange, a B2B marketplace (finding 81: an FTL carrier living on B2B-Center). There the
 * cheapest bid wins and the buyer belongs to the platform; map cards, referral rewards and "repeat
 * purchases in eight weeks" do not answer it. The second source is direct sales to named accounts, as for one
 * client bringing half of the orders: a list of companies like the best regular clients, a script and
 * stages in the CRM, the regulars' results as case studies, and a pipeline started now because the deal
 * takes months. Consumer businesses keep the answer of {@link CircumstanceRules#ONE_PLATFORM_DEPENDENCE}.
 */
final class PlatformDependence {

    private PlatformDependence() {
    }

    /** Half of the orders or more come from one platform, and the client sells to businesses only. */
    static boolean businessBuyers(Answers answers) {
        return answers.choice(SOURCE_DEPENDENCE, SourceDependence.class) == SourceDependence.ONE_PLATFORM
                && Signals.sellsToBusinessesOnly(answers);
    }

    /** Direct sales to named accounts first: the second source of orders, beside the platform. */
    static final Rule DIRECT_SALES = new Rule("platform-direct-sales", PlatformDependence::businessBuyers,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH,
                    Horizon.ONE_TO_THREE_MONTHS, Need.ONE_PLATFORM_RISK, cite.answers(answers, SOURCE_DEPENDENCE))));

    static final List<Rule> ALL = List.of(DIRECT_SALES);

    /**
     * Search the client does not run — contextual ads, SEO — while the orders come from named companies on a platform:
     * those buyers are reached directly, and a search for the trade's words brings other buyers (a carrier's
     * «грузоперевозки» is the field of forwarders and private people). Not now: {@link VerdictReason#NAMED_ACCOUNTS_FIRST}.
     */
    static VerdictReason unfit(Answers answers, Channel channel) {
        boolean search = channel == Channel.CONTEXTUAL_ADS || channel == Channel.SEO_CONTENT;
        return search && businessBuyers(answers) && !Signals.runs(answers, channel) ? VerdictReason.NAMED_ACCOUNTS_FIRST : null;
    }

    /**
     * The direct sales are a new programme with money of its own, not the calls made now and then kept while they are
     * measured: the sentence "its budget stays while we measure it, more only once the numbers show profit" goes.
     */
    static void apply(Map<Channel, Draft> drafts) {
        Draft outreach = drafts.get(Channel.COLD_OUTREACH);
        if (outreach != null && outreach.reasons().stream().anyMatch(reason -> reason.rule().equals(DIRECT_SALES.id()))) {
            outreach.forget(MeasurementRules.RUNNING_CHANNEL.id());
        }
    }

    /**
     * The direct sales start at once: the list, the deal stages and the case studies are prepared from the first week,
     * and the calls follow the positioning they wait for. The sentence "this tool waits until the audience and the USP
     * are clear" goes; the positioning stays ranked above them (finding 81).
     */
    static void startAtOnce(Map<Channel, Draft> drafts) {
        Draft outreach = drafts.get(Channel.COLD_OUTREACH);
        if (outreach != null && outreach.reasons().stream().anyMatch(reason -> reason.rule().equals(DIRECT_SALES.id()))) {
            outreach.forget(Invariants.STRATEGY_BEFORE_TOOLS);
        }
    }

    /**
     * The share of the monthly budget the direct sales get while they run: a person calling and writing to the
     * list, the list itself, the case studies — a pipeline of months is started with money now, not left in
     * reserve because the deal is long.
     */
    static final int PIPELINE_PERCENT = 40;

    /** Whether this line is the direct sales that answer the platform dependence. */
    static boolean pipeline(Recommendation recommendation) {
        return recommendation.channel() == Channel.COLD_OUTREACH
                && recommendation.reasons().stream().anyMatch(reason -> reason.rule().equals(DIRECT_SALES.id()));
    }

    /** What the direct sales get over {@code months} (a fraction of the plan's months), {@code monthly} the budget. */
    static double pipelineMoney(long monthly, double months) {
        return monthly * PIPELINE_PERCENT / 100.0 * months;
    }
}
