package com.discoverybrief.strategy;

import java.util.List;

/**
 * A channel the client already runs and still asks for is a request to scale it (finding 68): the answer is
 * the scale condition from the client's own numbers ({@link ScaleCondition}), not "a small measurable test".
 * Where a client from it costs more than scaling can carry, the answer is no, with the conversion that would
 * change it; where it costs less and the plan scales it, yes, up to that cost. Only where the client's figures
 * are that channel's own ({@link ChannelNumbers}); the limit of capacity and the calendar answer first (their
 * verdicts stand).
 */
final class ScaleRequests {

    private ScaleRequests() {
    }

    static Verdict verdict(Answers answers, Verdict verdict, List<Recommendation> recommendations) {
        Channel channel = verdict.channel();
        if (!verdict.requested() || !Signals.runs(answers, channel) || channel.group() != Channel.Group.ACQUISITION
                || !ChannelNumbers.ownedBy(answers, channel) || Signals.atCapacity(answers)
                || Signals.offSeason(answers)) {
            return verdict;
        }
        ScaleCondition condition = ScaleCondition.of(answers);
        if (condition == null) {
            return verdict;
        }
        Recommendation step = recommendations.stream().filter(r -> r.channel() == channel).findFirst().orElse(null);
        if (!condition.pays()) {
            // later, not never: the channel stays in the plan and gets more money once the conversion is there
            return new Verdict(channel, verdict.motive(), VerdictKind.LATER, VerdictReason.SCALE_NOT_YET,
                    step == null ? 0 : step.priority(), null, null, condition.figures());
        }
        if (step != null && step.stage() == Stage.SCALE) {
            return new Verdict(channel, verdict.motive(), VerdictKind.RECOMMENDED, VerdictReason.SCALE_PAYS,
                    step.priority(), null, null, condition.figures());
        }
        return verdict;
    }
}
