package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHANNELS;
import static com.discoverybrief.strategy.AnswerField.DECISION_MAKERS;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.LOYALTY;
import static com.discoverybrief.strategy.AnswerField.PAINS;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;
import static com.discoverybrief.strategy.AnswerField.SEGMENTS;
import static com.discoverybrief.strategy.AnswerField.USP_CLARITY;
import static com.discoverybrief.strategy.Channel.CONTEXTUAL_ADS;
import static com.discoverybrief.strategy.Channel.CRM_MARKETING;
import static com.discoverybrief.strategy.Channel.LOYALTY_BRANDING;
import static com.discoverybrief.strategy.Channel.PARTNER_MARKETING;
import static com.discoverybrief.strategy.Channel.SEO_CONTENT;
import static com.discoverybrief.strategy.Channel.SMM;
import static com.discoverybrief.strategy.Channel.TARGETED_ADS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acquisition, the seed's second process: how people learn about the client and get interested.
 * Everything new here is a test with a KPI; only what already brings profit is scaled.
 */
final class AcquisitionRules {

    /** What already brings profit is kept and scaled — tested further only while nothing is measured. */
    static final Rule KEEP_PROFITABLE_CHANNEL = new Rule("keep-profitable-channel",
            answers -> !Signals.profitableChannels(answers).isEmpty(),
            (answers, cite) -> {
                Map<Channel, List<Reason>> byChannel = new LinkedHashMap<>();
                for (ChannelUse use : Signals.profitableChannels(answers)) {
                    byChannel.computeIfAbsent(Signals.toCatalogue(use.channel()), c -> new ArrayList<>())
                            .add(cite.use(use));
                }
                Stage stage = Signals.analyticsAbsent(answers) ? Stage.TEST : Stage.SCALE;
                return byChannel.entrySet().stream()
                        .map(e -> new Proposal(e.getKey(), stage, kpiOf(e.getKey()), Horizon.ONE_TO_THREE_MONTHS,
                                null, e.getValue()))
                        .toList();
            });

    /**
     * A committee or a cycle of months: buyers research long, so content and nurturing the leads in a
     * CRM come first; targeting decision makers directly only once they are researched.
     */
    static final Rule LONG_DECISION_CYCLE = new Rule("long-decision-cycle",
            answers -> answers.decisionProcess() == DecisionProcess.COMMITTEE
                    || answers.salesCycle() == SalesCycle.MONTHS || answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS,
            (answers, cite) -> {
                List<Reason> reasons = new ArrayList<>();
                if (answers.decisionProcess() == DecisionProcess.COMMITTEE) {
                    reasons.add(cite.of(DECISION_PROCESS, DecisionProcess.COMMITTEE));
                }
                if (answers.salesCycle() == SalesCycle.MONTHS || answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS) {
                    reasons.add(cite.of(SALES_CYCLE, answers.salesCycle()));
                }
                return List.of(
                        Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.SIX_TO_TWELVE_MONTHS, reasons),
                        Proposal.test(CRM_MARKETING, Kpi.CONVERSION_RATE, Horizon.THREE_TO_SIX_MONTHS, reasons),
                        Proposal.test(TARGETED_ADS, Kpi.COST_PER_LEAD, Horizon.THREE_TO_SIX_MONTHS,
                                Cite.concat(reasons, cite.answered(answers, DECISION_MAKERS)))
                                .after(Condition.AFTER_AUDIENCE_RESEARCH));
            });

    /** Impulse purchases by consumers: social media warms them up, targeted ads test offers fast. */
    static final Rule IMPULSE_PURCHASE = new Rule("impulse-purchase",
            answers -> answers.decisionProcess() == DecisionProcess.IMPULSE
                    && answers.businessModel() != BusinessModel.B2B,
            (answers, cite) -> {
                List<Reason> reasons = List.of(cite.of(DECISION_PROCESS, DecisionProcess.IMPULSE));
                return List.of(
                        Proposal.test(SMM, Kpi.ENGAGED_AUDIENCE_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS, reasons),
                        Proposal.test(TARGETED_ADS, Kpi.COST_PER_ACQUISITION, Horizon.TWO_TO_FOUR_WEEKS, reasons));
            });

    /** Considered purchases: people search and compare, so content that answers their pains is found. */
    static final Rule CONSIDERED_PURCHASE = new Rule("considered-purchase",
            answers -> answers.decisionProcess() == DecisionProcess.CONSIDERED,
            (answers, cite) -> List.of(Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS,
                    Horizon.THREE_TO_SIX_MONTHS, Cite.concat(List.of(cite.of(DECISION_PROCESS, DecisionProcess.CONSIDERED)),
                            cite.answered(answers, PAINS)))));

    /**
     * A city business: people search for it nearby, so contextual ads with a local focus. Geography is a
     * session-header value, not a question, so the reason cites the segments with the geography constant.
     */
    static final Rule LOCAL_MARKET = new Rule("local-market",
            answers -> answers.geography() == Geography.CITY,
            (answers, cite) -> List.of(Proposal.test(CONTEXTUAL_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS,
                    List.of(new Reason(cite.rule(), SEGMENTS, List.of(Geography.CITY), Excerpts.of(answers.segments()))))));

    /** Referrals or partners already pay off: turn recommendations into a programme. */
    static final Rule REFERRALS_WORK = new Rule("referrals-work",
            answers -> !referralUses(answers).isEmpty(),
            (answers, cite) -> {
                List<Reason> reasons = cite.uses(referralUses(answers));
                return List.of(
                        Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.THREE_TO_SIX_MONTHS, reasons),
                        Proposal.test(LOYALTY_BRANDING, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                                Cite.concat(reasons, cite.answered(answers, LOYALTY))));
            });

    /**
     * No channel yet, but the client and the offer are clear: start with demand that already exists
     * (search) and with content, both cheap to measure.
     */
    static final Rule NO_CHANNELS_YET = new Rule("no-channels-yet",
            answers -> !answers.isAnswered(CHANNELS) && !Signals.uspUnclear(answers)
                    && !Signals.audienceUnknown(answers),
            (answers, cite) -> {
                List<Reason> reasons = List.of(Reason.missing(cite.rule(), CHANNELS), cite.of(USP_CLARITY, UspClarity.CLEAR));
                return List.of(
                        Proposal.test(CONTEXTUAL_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, reasons),
                        Proposal.test(SEO_CONTENT, Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.THREE_TO_SIX_MONTHS, reasons));
            });

    static final List<Rule> ALL = List.of(KEEP_PROFITABLE_CHANNEL, LONG_DECISION_CYCLE, IMPULSE_PURCHASE,
            CONSIDERED_PURCHASE, LOCAL_MARKET, REFERRALS_WORK, NO_CHANNELS_YET);

    private AcquisitionRules() {
    }

    private static List<ChannelUse> referralUses(Answers answers) {
        return Signals.uses(answers, Set.of(ChannelOutcome.PROFIT, ChannelOutcome.BREAK_EVEN)).stream()
                .filter(use -> use.channel() == CurrentChannel.REFERRALS || use.channel() == CurrentChannel.PARTNERS)
                .toList();
    }

    /** The number that shows whether a channel the client already runs keeps paying off. */
    static Kpi kpiOf(Channel channel) {
        return switch (channel) {
            case TARGETED_ADS, CONTEXTUAL_ADS -> Kpi.COST_PER_ACQUISITION;
            case SEO_CONTENT -> Kpi.ORGANIC_TRAFFIC_AND_LEADS;
            case SMM -> Kpi.ENGAGED_AUDIENCE_AND_LEADS;
            case PARTNER_MARKETING -> Kpi.PARTNER_LEADS;
            case EMAIL -> Kpi.REPEAT_PURCHASE_RATE;
            case CRM_MARKETING -> Kpi.CUSTOMER_LIFETIME_VALUE;
            case LOYALTY_BRANDING -> Kpi.REFERRAL_SHARE;
            default -> Kpi.CHANNELS_WITH_KNOWN_CAC;
        };
    }
}
