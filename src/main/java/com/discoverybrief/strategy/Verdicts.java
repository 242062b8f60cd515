package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A verdict in plain words on every channel the client asked for — yes (it is in the plan, or already
 * pays), later (once what it waits for is done) or not now (why, and what would change the answer) —
 * then the work left out that clients often expect, such as a loyalty programme for a one-off purchase.
 */
final class Verdicts {

    private static final Set<VerdictReason> PRINCIPLED = EnumSet.of(VerdictReason.ONE_OFF_PURCHASES,
            VerdictReason.RARE_PURCHASES, VerdictReason.YEARLY_PURCHASES, VerdictReason.AD_LAW_SWITCH_OFF);

    private Verdicts() {
    }

    static List<Verdict> of(Answers answers, List<Recommendation> recommendations, List<Draft> ranked,
            List<Exclusions.Exclusion> excluded) {
        List<Verdict> verdicts = new ArrayList<>();
        Set<Channel> answered = EnumSet.noneOf(Channel.class);
        for (ChannelRequest request : answers.requestedChannels()) {
            if (answered.add(request.channel())) {
                Verdict verdict = ReputationFirst.verdict(answers,
                        verdict(answers, request.channel(), request.motive(), recommendations, ranked, excluded));
                verdict = OneUnit.explain(answers, ScaleRequests.verdict(answers, verdict, recommendations));
                verdict = MarginRoom.explain(answers, verdict);
                verdict = EnquiriesFirst.verdict(answers, KeepTodaysLevel.verdict(answers, BlockedPlatforms.verdict(answers,
                        RegulatedAdvertising.verdict(answers, verdict), recommendations), recommendations), recommendations);
                verdicts.add(DrainingChannels.verdict(answers, verdict, recommendations));
            }
        }
        for (Exclusions.Exclusion exclusion : excluded) {
            // unasked, only the work clients expect and the engine leaves out on principle gets a verdict;
            // what the budget leaves for later is in the test plan's waiting list
            if (PRINCIPLED.contains(exclusion.reason()) && answered.add(exclusion.channel())) {
                verdicts.add(new Verdict(exclusion.channel(), null, VerdictKind.NOT_NOW, exclusion.reason(), 0, null, null));
            }
        }
        verdicts.addAll(DrainingChannels.verdicts(answers, recommendations, answered));
        return verdicts;
    }

    /** The rule of the gate that holds a waiting channel back, when the last thing it waits for is one. */
    private static String gate(Recommendation waiting) {
        Condition last = waiting.condition().orElse(null);
        String gate = last == Condition.AFTER_WEBSITE ? Invariants.SITE_BEFORE_TRAFFIC
                : last == Condition.AFTER_POSITIONING || last == Condition.AFTER_AUDIENCE_RESEARCH
                        ? Invariants.STRATEGY_BEFORE_TOOLS : null;
        return waiting.reasons().stream().map(Reason::rule).anyMatch(rule -> rule.equals(gate)) ? gate : null;
    }

    private static Verdict verdict(Answers answers, Channel channel, RequestMotive motive, List<Recommendation> recommendations,
            List<Draft> ranked, List<Exclusions.Exclusion> excluded) {
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            if (r.channel() != channel) {
                continue;
            }
            String rule = ranked.get(i).strongestRule();
            if (r.isKept() && !ranked.get(i).isProfitable()) {
                return new Verdict(channel, motive, VerdictKind.LATER, VerdictReason.ALREADY_RUNS, r.priority(), rule, null);
            }
            if (r.isKept()) {
                return new Verdict(channel, motive, VerdictKind.RECOMMENDED, VerdictReason.ALREADY_WORKS, r.priority(),
                        rule, null);
            }
            // a paid test that sells an open booking window starts in its 2nd week, after the first week's tracking,
            // not after the whole of it (finding 116): it is in the plan, not «Позже»
            if (!r.prerequisites().isEmpty() && !BookingWindow.sells(answers, channel, PlannedTest.Kind.TEST)) {
                return new Verdict(channel, motive, VerdictKind.LATER, VerdictReason.WAITS_FOR_PREREQUISITE,
                        r.priority(), gate(r), r.condition().orElse(null));
            }
            return new Verdict(channel, motive, VerdictKind.RECOMMENDED, VerdictReason.IN_PLAN, r.priority(), rule, null);
        }
        VerdictReason reason = excluded.stream().filter(e -> e.channel() == channel).map(Exclusions.Exclusion::reason)
                .findFirst().orElse(VerdictReason.SMALL_BUDGET);
        if (reason == VerdictReason.ALREADY_RUNS) {
            int fix = recommendations.stream().filter(r -> r.channel() == Channel.OPTIMISATION
                    || r.channel() == Channel.ANALYTICS_SETUP).mapToInt(Recommendation::priority).findFirst().orElse(0);
            return new Verdict(channel, motive, VerdictKind.LATER, reason, fix, null, null);
        }
        return new Verdict(channel, motive, VerdictKind.NOT_NOW, reason, 0, null, null);
    }
}
