package com.discoverybrief.strategy;

import java.util.Map;

/**
 * Marks where each reason comes from, and turns advice that rests on an assumption into "verify first":
 * every answer a recommendation cites that is only an assumption goes on its list of things to check
 * before money is spent on it. A channel said to pay while the client's own numbers say a client costs
 * more than it brings is verified first too.
 */
final class Verification {

    private Verification() {
    }

    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        for (Draft draft : drafts.values()) {
            draft.stamp(answers);
            draft.reasons().stream()
                    .filter(reason -> reason.isAnswer() && reason.evidence() == Evidence.ASSUMPTION)
                    .forEach(reason -> draft.verify(reason.field()));
            // paid ads or search said to pay while nothing is tracked: nobody can know it yet
            if (draft.isProfitable() && Contradictions.adsProfitUntracked(answers, draft.channel())) {
                draft.verify(AnswerField.CHANNELS);
            }
            if (draft.isProfitable() && Signals.numbersDisputeProfit(answers)) {
                draft.verify(AnswerField.CHANNELS);
            }
            // "one-off" ticked against the client's own repeat figures: the retention advice says to check it
            if (Signals.repeatContradictsOneOff(answers) && draft.channel().group() == Channel.Group.RETENTION) {
                draft.verify(AnswerField.PURCHASE_FREQUENCY);
            }
            // tracking said to be in place, yet the return of no channel is known: check it reaches the sale
            if (answers.analytics() == AnalyticsLevel.YES && !answers.channels().isEmpty() && draft.isKept()
                    && answers.channels().stream().allMatch(use -> use.outcome() == ChannelOutcome.UNKNOWN)) {
                draft.verify(AnswerField.ANALYTICS);
            }
            // search said to pay with no site to land on: most likely calls from maps or classifieds — ask
            // (a marketplace is the storefront itself: selling there without a site of one's own is no contradiction)
            if (draft.isKept() && draft.channel().needsSite() && draft.channel() != Channel.MARKETPLACES
                    && Signals.siteMissing(answers)
                    && Signals.runs(answers, draft.channel())) {
                draft.verify(AnswerField.SITE);
                draft.verify(AnswerField.CHANNELS);
            }
        }
    }
}
