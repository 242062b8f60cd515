package com.discoverybrief.strategy;

import java.util.List;

/**
 * While enquiries are lost before the sale (calls missed, chats answered hours later, {@link LostCalls}), a
 * request to scale a channel the client runs and the plan keeps ("double Direct", finding 76) is answered "not
 * more money until the enquiries are handled": doubling the traffic buys calls nobody takes. The channel keeps
 * today's money; more comes after the handling step the verdict names. At the limit of capacity, or off-season,
 * their own verdicts answer first.
 */
final class EnquiriesFirst {

    private EnquiriesFirst() {
    }

    /** The verdict on a requested, running, kept channel while enquiries are lost before the sale, else the verdict as it is. */
    static Verdict verdict(Answers answers, Verdict verdict, List<Recommendation> recommendations) {
        Channel channel = verdict.channel();
        if (!verdict.requested() || channel.group() != Channel.Group.ACQUISITION || !Signals.runs(answers, channel)
                || !LostCalls.beforeTheSale(answers) || Signals.atCapacity(answers) || Signals.offSeason(answers)
                || verdict.kind() != VerdictKind.RECOMMENDED) {
            return verdict;
        }
        boolean kept = recommendations.stream().anyMatch(r -> r.channel() == channel && r.isKept());
        return recommendations.stream().filter(r -> r.channel() == Channel.OPTIMISATION).findFirst()
                .filter(handling -> kept)
                .map(handling -> new Verdict(channel, verdict.motive(), VerdictKind.LATER,
                        VerdictReason.ENQUIRIES_LOST_FIRST, handling.priority(), null, null))
                .orElse(verdict);
    }
}
