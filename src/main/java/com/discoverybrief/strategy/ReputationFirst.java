package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * A bad rating comes before every channel that brings new people (finding 61): whoever sees an ad, a flyer,
 * a post or a partner's word opens the map card before calling, so every such channel waits for the work on
 * the reviews — as search waits for the site. Asked for, it hears why in its own words ("the ad leads people
 * to your rating"), and what would change the answer is the rating, never a bigger budget. In the test plan a
 * channel kept while nobody knows what it brings gets no more than the reputation work.
 */
final class ReputationFirst {

    private ReputationFirst() {
    }

    static boolean applies(Answers answers) {
        return answers.reviews() == Reviews.BAD;
    }

    /** A channel that sends new people who then look the business up; the map card is where the rating is. */
    static boolean leadsToTheRating(Channel channel) {
        return channel.group() == Channel.Group.ACQUISITION && channel != Channel.MAP_LISTINGS
                && channel != Channel.WEBSITE && channel != Channel.LEAD_NURTURING;
    }

    /** Every new channel that brings people waits for the reputation work, while that work is in the plan. */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        Draft reputation = drafts.get(Channel.REVIEWS_REPUTATION);
        if (!applies(answers) || reputation == null || reputation.isKept()) {
            return;
        }
        drafts.values().stream().filter(d -> !d.isKept() && leadsToTheRating(d.channel()))
                .forEach(d -> d.requires(Channel.REVIEWS_REPUTATION));
    }

    /** Left out "for the budget", such a channel is left out for the rating: that is what would change it. */
    static List<Exclusions.Exclusion> relabel(Answers answers, List<Exclusions.Exclusion> excluded) {
        if (!applies(answers)) {
            return excluded;
        }
        return excluded.stream().map(e -> byBudget(e.reason()) && leadsToTheRating(e.channel())
                ? new Exclusions.Exclusion(e.channel(), VerdictReason.BAD_RATING) : e).toList();
    }

    /** The verdict on a requested channel that brings people: after the rating, in those words. */
    static Verdict verdict(Answers answers, Verdict verdict) {
        if (!applies(answers) || !verdict.requested() || !leadsToTheRating(verdict.channel())
                || !(byBudget(verdict.reason()) || verdict.reason() == VerdictReason.WAITS_FOR_PREREQUISITE)) {
            return verdict;
        }
        return new Verdict(verdict.channel(), verdict.motive(), verdict.priority() > 0 ? VerdictKind.LATER
                : VerdictKind.NOT_NOW, VerdictReason.BAD_RATING, verdict.priority(), null, null);
    }

    private static boolean byBudget(VerdictReason reason) {
        return reason == VerdictReason.SMALL_BUDGET || reason == VerdictReason.SLOT_TAKEN;
    }

    /**
     * A channel kept running while nobody knows what it brings gets no more than the reputation work: the
     * money above that goes to the reviews, the problem the client named. {@code parts} are the plan's
     * roubles per line, the reserve last.
     */
    static void capUnknown(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        if (!applies(answers)) {
            return;
        }
        int reputation = -1;
        for (int i = 0; i < timed.size(); i++) {
            if (timed.get(i).recommendation().channel() == Channel.REVIEWS_REPUTATION) {
                reputation = i;
            }
        }
        if (reputation < 0) {
            return;
        }
        for (int i = 0; i < timed.size(); i++) {
            Channel channel = timed.get(i).recommendation().channel();
            if (timed.get(i).kind().keeps() && leadsToTheRating(channel) && resultUnknown(answers, channel)
                    && parts[i] > parts[reputation]) {
                double even = (parts[i] + parts[reputation]) / 2;
                parts[i] = even;
                parts[reputation] = even;
            }
        }
    }

    private static boolean resultUnknown(Answers answers, Channel channel) {
        return answers.channels().stream().anyMatch(use -> Signals.toCatalogue(use.channel()) == channel
                && use.outcome() == ChannelOutcome.UNKNOWN);
    }
}
