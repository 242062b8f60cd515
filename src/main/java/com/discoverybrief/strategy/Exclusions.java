package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Work that does not fit the client, however a rule or the client came to propose it: taken out, with
 * the reason, so the verdict on it says why and what would change the answer. A channel that already
 * brings profit is never taken out — unless the law forbids advertising the client's product there.
 */
final class Exclusions {

    /** A channel left out of the plan and why. */
    record Exclusion(Channel channel, VerdictReason reason) {
    }

    private Exclusions() {
    }

    static List<Exclusion> apply(Answers answers, Map<Channel, Draft> drafts) {
        List<Exclusion> excluded = new ArrayList<>();
        Iterator<Draft> iterator = drafts.values().iterator();
        while (iterator.hasNext()) {
            Draft draft = iterator.next();
            // the law outranks keeping what works: forbidden ads the client runs are switched off (finding 73)
            VerdictReason reason = RegulatedAdvertising.unfit(answers, draft.channel());
            if (reason == null && !draft.isKept()) {
                reason = unfit(answers, draft.channel(), draft);
            }
            if (reason != null) {
                iterator.remove();
                excluded.add(new Exclusion(draft.channel(), reason));
            }
        }
        // The brief always says why a loyalty programme would not pay for a one-off purchase — in the words of
        // the real interval where the client's figures say clients come back (finding 57)
        if (answers.purchaseFrequency() == PurchaseFrequency.ONE_OFF
                && excluded.stream().noneMatch(e -> e.channel() == Channel.LOYALTY_BRANDING)) {
            excluded.add(new Exclusion(Channel.LOYALTY_BRANDING, Signals.buysOnce(answers) ? VerdictReason.ONE_OFF_PURCHASES
                    : Signals.buysYearly(answers) ? VerdictReason.YEARLY_PURCHASES : VerdictReason.RARE_PURCHASES));
        }
        return excluded;
    }

    /** Why this work does not fit the client now, or {@code null} if it fits. */
    static VerdictReason unfit(Answers answers, Channel channel, Draft draft) {
        // a channel the client runs without profit is measured and improved, not tested anew
        if (draft.stage() == Stage.TEST && draft.channel().group() == Channel.Group.ACQUISITION
                && Signals.runs(answers, channel) && !Signals.profitsFrom(answers, channel)) {
            return VerdictReason.ALREADY_RUNS;
        }
        // one unit of the channel the client names costs more than a test may take; a storefront that already sells
        VerdictReason dear = OneUnit.unfit(answers, channel, draft);
        if (dear != null) {
            return dear;
        }
        VerdictReason storefront = OwnStorefront.unfit(answers, channel, draft);
        if (storefront != null) {
            return storefront;
        }
        VerdictReason forbidden = RegulatedAdvertising.unfit(answers, channel);
        if (forbidden != null) {
            return forbidden;
        }
        // how often clients buy is for good; a margin can be mended — the lasting reason is the one said
        if (Signals.buysOnce(answers) && (channel == Channel.LOYALTY_BRANDING || channel == Channel.EMAIL)) {
            return VerdictReason.ONE_OFF_PURCHASES;
        }
        if (Signals.buysRarely(answers) && channel == Channel.LOYALTY_BRANDING) {
            return Signals.buysYearly(answers) ? VerdictReason.YEARLY_PURCHASES : VerdictReason.RARE_PURCHASES;
        }
        // a family in grief is not offered rewards for the next funeral, newsletters or targeted ads (finding 79)
        VerdictReason intrusive = SensitiveCategory.unfit(answers, channel);
        if (intrusive != null) {
            return intrusive;
        }
        // a sale that earns nothing: no new acquisition test, no reward paid per order, until it does
        VerdictReason noMargin = MarginRules.unfit(answers, channel, draft);
        if (noMargin != null) {
            return noMargin;
        }
        // no new paid channel while, by the client's own numbers, a client costs more than it brings
        if (channel.isPaidTraffic() && !Signals.runs(answers, channel) && Signals.clientCostsMoreThanItBrings(answers)) {
            return VerdictReason.NUMBERS_SAY_NO;
        }
        if (channel.isPaidTraffic() && !Signals.runs(answers, channel) && Signals.thinMargin(answers)) {
            return VerdictReason.THIN_MARGIN;
        }
        // a supplier's buyers on a tender platform are named companies: reached directly, not waited for in search
        VerdictReason namedAccounts = askedWithData(answers, channel) ? null : PlatformDependence.unfit(answers, channel);
        if (namedAccounts != null) {
            return namedAccounts;
        }
        // the limit is the place that is full today: a new place being opened is launched all the same
        if (Signals.atCapacity(answers) && channel.group() == Channel.Group.ACQUISITION) {
            if (!launchesANewPlace(answers, draft)) {
                return VerdictReason.CAPACITY_AT_LIMIT;
            }
            if (draft.stage() == Stage.DO_FIRST) {
                draft.raiseTo(Need.AT_CAPACITY);
            }
        }
        // people walk in from the street: search ads, a site and newsletters do not bring passers-by
        if (Signals.walkIn(answers) && !askedWithData(answers, channel)
                && (channel == Channel.CONTEXTUAL_ADS || channel == Channel.SEO_CONTENT || channel == Channel.WEBSITE
                        || channel == Channel.EMAIL && Signals.noCustomerBase(answers))) {
            return VerdictReason.WALK_IN;
        }
        // nothing to keep, measure or tune before the doors open: that work starts with the first clients
        if (Signals.notOpenYet(answers) && (channel == Channel.CRM_MARKETING || channel == Channel.EMAIL
                || channel == Channel.LOYALTY_BRANDING || channel == Channel.ONBOARDING_CHURN
                || channel == Channel.REFERRAL_PROGRAMME || channel == Channel.REVIEWS_REPUTATION
                || channel == Channel.OPTIMISATION && answers.channels().isEmpty())) {
            return VerdictReason.NOT_OPEN_YET;
        }
        // open, but nobody has bought yet: nobody to ask for a review, a referral or a second purchase
        if (Signals.noBuyersYet(answers) && (channel == Channel.CRM_MARKETING || channel == Channel.EMAIL
                || channel == Channel.LOYALTY_BRANDING || channel == Channel.ONBOARDING_CHURN
                || channel == Channel.REFERRAL_PROGRAMME || channel == Channel.REVIEWS_REPUTATION)) {
            return VerdictReason.NO_BUYERS_YET;
        }
        // before the doors open, search traffic lands on a business nobody can buy from or compare yet
        if (Signals.notOpenYet(answers) && !askedWithData(answers, channel)
                && (channel == Channel.CONTEXTUAL_ADS || channel == Channel.SEO_CONTENT)) {
            return VerdictReason.LAUNCH_FIRST;
        }
        // in season, a channel whose first results come after the season starts when it ends, for the next one
        VerdictReason afterSeason = InSeason.unfit(answers, channel, draft);
        if (afterSeason != null) {
            return afterSeason;
        }
        // off-season, a new paid test waits for the weeks just before the season when they lie beyond the plan
        if (channel.isPaidTraffic() && !Signals.runs(answers, channel) && draft.stage() == Stage.TEST
                && Signals.offSeason(answers) && Signals.firstPaidTestWeek(answers) > TestPlans.WEEKS) {
            return VerdictReason.OFF_SEASON;
        }
        if (channel == Channel.COLD_OUTREACH && answers.businessModel() == BusinessModel.B2C) {
            return VerdictReason.NOT_FOR_CONSUMERS;
        }
        if (Signals.sellsToBusinessesOnly(answers) && !Signals.runs(answers, channel)
                && (channel == Channel.SMM || channel == Channel.TARGETED_ADS || channel == Channel.OFFLINE_ADS)
                && !askedWithData(answers, channel)) {
            return VerdictReason.NOT_FOR_BUSINESS_BUYERS;
        }
        if (Signals.sellsToBusinessesOnly(answers) && channel == Channel.MARKETPLACES && !Signals.runs(answers, channel)) {
            return VerdictReason.MARKETPLACE_IS_RETAIL;
        }
        // street advertising needs a place in the street it is shown in: an online-only shop selling across
        // the country has none
        if (channel == Channel.OFFLINE_ADS && answers.site() == Site.ONLINE_SHOP && !Signals.localConsumers(answers)
                && !Signals.runs(answers, channel)) {
            return VerdictReason.NOT_LOCAL;
        }
        if (channel == Channel.MAP_LISTINGS && !Signals.localConsumers(answers) && !askedWithData(answers, channel)) {
            return VerdictReason.NOT_LOCAL;
        }
        return null;
    }

    /** Work proposed for a new district, city or region the client is opening (its reasons cite the target). */
    private static boolean launchesANewPlace(Answers answers, Draft draft) {
        ExpansionTarget target = answers.expansionTarget();
        boolean newPlace = target != null && target != ExpansionTarget.NONE && target != ExpansionTarget.UNKNOWN
                && target != ExpansionTarget.NEW_SEGMENT;
        return newPlace && draft.reasons().stream().anyMatch(reason -> reason.field() == AnswerField.EXPANSION_TARGET);
    }

    private static boolean askedWithData(Answers answers, Channel channel) {
        return answers.requestedChannels().stream()
                .anyMatch(r -> r.channel() == channel && r.motive() == RequestMotive.DATA);
    }
}
