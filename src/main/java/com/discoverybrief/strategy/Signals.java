package com.discoverybrief.strategy;

import java.util.List;
import java.util.Set;

/**
 * The readings of the answers that more than one part of the engine relies on — rules, the
 * invariants, the checklist and the summary — so that "the USP is unclear" means the same thing
 * everywhere.
 */
final class Signals {

    private Signals() {
    }

    /** No USP the client can state clearly: vague, none, or not asked yet. */
    static boolean uspUnclear(Answers answers) {
        return answers.uspClarity() != UspClarity.CLEAR;
    }

    /** The seed's "who is our client, what hurts them": segments or pains still missing. */
    static boolean audienceUnknown(Answers answers) {
        return !answers.isAnswered(AnswerField.SEGMENTS) || !answers.isAnswered(AnswerField.PAINS);
    }

    /** No tracking at all, or not asked yet; partial analytics still measure something. */
    static boolean analyticsAbsent(Answers answers) {
        return answers.analytics() == null || answers.analytics() == AnalyticsLevel.NO;
    }

    /** Nothing a retention campaign could be sent to: no base or a spreadsheet. */
    static boolean noCustomerBase(Answers answers) {
        return answers.customerBase() == CustomerBase.NONE || answers.customerBase() == CustomerBase.SPREADSHEET;
    }

    static boolean lowRepeatPurchases(Answers answers) {
        return answers.repeatShare() == RepeatShare.LOW;
    }

    /** Channels that drain budget or whose return nobody knows. */
    static List<ChannelUse> losingChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.DRAINS_BUDGET, ChannelOutcome.UNKNOWN));
    }

    static List<ChannelUse> profitableChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.PROFIT));
    }

    /** Whether the client already earns with a channel that maps onto this catalogue entry. */
    static boolean profitsFrom(Answers answers, Channel channel) {
        return profitableChannels(answers).stream().anyMatch(use -> toCatalogue(use.channel()) == channel);
    }

    /** The client's channel uses with one of these outcomes, without repeats, in the order given. */
    static List<ChannelUse> uses(Answers answers, Set<ChannelOutcome> outcomes) {
        return answers.channels().stream().filter(use -> outcomes.contains(use.outcome())).distinct().toList();
    }

    /**
     * The catalogue entry that continues a channel the client already runs. Channels the catalogue has
     * no entry for go to the nearest work: marketplace promotion is paid search inside the marketplace,
     * offline ads build the brand, cold outreach is work with a prospect base, events are
     * collaborations with partners, and referrals come from clients who love the company.
     */
    static Channel toCatalogue(CurrentChannel current) {
        return switch (current) {
            case TARGETED_ADS -> Channel.TARGETED_ADS;
            case CONTEXTUAL_ADS, MARKETPLACES -> Channel.CONTEXTUAL_ADS;
            case SEO_CONTENT -> Channel.SEO_CONTENT;
            case SMM -> Channel.SMM;
            case EMAIL -> Channel.EMAIL;
            case PARTNERS, EVENTS -> Channel.PARTNER_MARKETING;
            case REFERRALS, OFFLINE_ADS -> Channel.LOYALTY_BRANDING;
            case COLD_OUTREACH -> Channel.CRM_MARKETING;
        };
    }
}
