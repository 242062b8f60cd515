package com.discoverybrief.strategy;

import java.util.List;

/**
 * At the limit of capacity, a channel the client asks for that already runs and is kept (finding 64: "double
 * contextual" from a tyre service booked five days ahead) is answered "keep at today's level, not more" —
 * never "yes, it pays, scale it step by step": more enquiries would be turned away. What would change the
 * answer is free capacity, not numbers. A business opening a new place is not held to this: the new place
 * is where clients go.
 */
final class KeepTodaysLevel {

    private KeepTodaysLevel() {
    }

    /** Whether a kept channel is held at today's level because no more clients can be served. */
    static boolean holds(Answers answers, Channel channel) {
        return Signals.atCapacity(answers) && !Summaries.opensNewPlace(answers)
                && (channel.group() == Channel.Group.ACQUISITION || channel == Channel.REFERRAL_PROGRAMME)
                && Signals.runs(answers, channel);
    }

    /** The verdict on a requested channel the plan keeps while no more clients can be served, else the verdict as it is. */
    static Verdict verdict(Answers answers, Verdict verdict, List<Recommendation> recommendations) {
        if (!verdict.requested() || !holds(answers, verdict.channel())) {
            return verdict;
        }
        return recommendations.stream().filter(r -> r.channel() == verdict.channel() && r.isKept()).findFirst()
                .map(kept -> new Verdict(verdict.channel(), verdict.motive(), VerdictKind.LATER,
                        VerdictReason.KEEP_TODAYS_LEVEL, kept.priority(), null, null))
                .orElse(verdict);
    }
}
