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

    /** Whether the client says this channel drains the budget and the plan gives it no line of its own. */
    static boolean unplanned(Answers answers, Channel channel, List<Recommendation> recommendations) {
        return !Signals.atCapacity(answers) && recommendations.stream().noneMatch(r -> r.channel() == channel)
                && Signals.drainingChannels(answers).stream().anyMatch(use -> Signals.toCatalogue(use.channel()) == channel);
    }

    /**
     * The verdict on a channel the client asked for that drains the budget by their own answer and gets no money in
     * the plan (finding 74): "not now — it drains the budget", never "it keeps its money" or "more money later",
     * which the plan's 0 ₽ would contradict.
     */
    static Verdict verdict(Answers answers, Verdict verdict, List<Recommendation> recommendations) {
        if (!verdict.requested() || !unplanned(answers, verdict.channel(), recommendations)) {
            return verdict;
        }
        return new Verdict(verdict.channel(), verdict.motive(), VerdictKind.NOT_NOW, VerdictReason.DRAINS_BUDGET, 0, null,
                null, cap(answers, verdict.channel(), recommendations));
    }

    /** The monthly cap of a draining channel kept under one ({@link DrainingCap}), as the verdict's figure; else none. */
    private static List<Figure> cap(Answers answers, Channel channel, List<Recommendation> recommendations) {
        return DrainingCap.channel(answers, recommendations) == channel
                ? List.of(Figure.of(DrainingCap.monthly(answers), Unit.RUBLES)) : List.of();
    }

    /**
     * The channel the client's figures (leads × cost per lead) belong to, when it drains the budget and the plan gives
     * it no line: its money today is not handed to the other channels kept, which get their usual cost; it is held
     * in reserve while the work that measures and fixes it runs. {@code null} otherwise.
     */
    static Channel spendCut(Answers answers, List<Recommendation> planned) {
        Channel owner = ChannelNumbers.owner(answers);
        return owner != null && TestPlans.todaysSpend(answers) > 0 && unplanned(answers, owner, planned) ? owner : null;
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
                verdicts.add(new Verdict(channel, null, VerdictKind.NOT_NOW, VerdictReason.DRAINS_BUDGET, 0, null, null,
                        cap(answers, channel, recommendations)));
            }
        }
        return verdicts;
    }
}
