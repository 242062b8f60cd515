package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A channel the client says drains the budget gets its own line in the brief (finding 71: «Сливает бюджет»
 * was only a citation under analytics): no money in this plan — switched off, or held under a cap while the
 * step that measures and fixes it shows what a client from it costs — and what would change that: the
 * channel rebuilt (narrow queries, its own number or tag, a monthly cap) and brought back as a test. A
 * channel the client asked for already has its verdict; one the plan keeps is not left out; at the limit of
 * capacity the first step says it is switched off.
 */
final class DrainingChannels {

    private DrainingChannels() {
    }

    static List<Verdict> verdicts(Answers answers, List<Recommendation> recommendations, Set<Channel> answered) {
        List<Verdict> verdicts = new ArrayList<>();
        if (Signals.atCapacity(answers)) {
            // at the limit the first step already switches it off, and nothing measures it (switch-off-at-capacity)
            return verdicts;
        }
        for (ChannelUse use : Signals.drainingChannels(answers)) {
            Channel channel = Signals.toCatalogue(use.channel());
            boolean planned = recommendations.stream().anyMatch(r -> r.channel() == channel);
            if (!planned && answered.add(channel)) {
                verdicts.add(new Verdict(channel, null, VerdictKind.NOT_NOW, VerdictReason.DRAINS_BUDGET, 0, null, null));
            }
        }
        return verdicts;
    }
}
