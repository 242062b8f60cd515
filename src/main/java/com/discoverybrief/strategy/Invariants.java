package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The seed's principles that no rule may break, enforced in one pass after all rules have been merged,
 * so a rule someone edits tomorrow cannot undo them:
 * <ol>
 * <li><b>A profitable channel is kept</b>: it is present, and unless something must be done with it
 * first it is scaled — or, while nothing is measured, tested — with no precondition, since it already
 * works.</li>
 * <li><b>Strategy before ads</b>, applied last because it outranks everything: while the audience is
 * unknown, the USP unclear or analytics absent, the strategy work that closes each gap is done first,
 * and paid ads are only a test that waits for it, citing the gaps as reasons.</li>
 * </ol>
 * The other principles hold by construction: every proposal carries a KPI and a horizon and cites an
 * answer ({@link Proposal}), and losing channels are measured first by {@code measure-before-spending}.
 */
final class Invariants {

    static final String STRATEGY_BEFORE_ADS = "strategy-before-ads";

    /** A strategy gap, the rule whose work closes it, and the condition paid ads wait for meanwhile. */
    private record Blocker(Predicate<Answers> open, Rule closer, Condition condition) {
    }

    // In the seed's order: who the client is, what makes the offer unique, then how to measure.
    private static final List<Blocker> BLOCKERS = List.of(
            new Blocker(Signals::audienceUnknown, StrategyRules.AUDIENCE_UNKNOWN, Condition.AFTER_AUDIENCE_RESEARCH),
            new Blocker(Signals::uspUnclear, StrategyRules.USP_UNCLEAR, Condition.AFTER_POSITIONING),
            new Blocker(Signals::analyticsAbsent, MeasurementRules.NO_ANALYTICS, Condition.AFTER_ANALYTICS_SETUP));

    private Invariants() {
    }

    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        keepProfitableChannels(answers, drafts);
        strategyBeforeAds(answers, drafts);
    }

    private static void keepProfitableChannels(Answers answers, Map<Channel, Draft> drafts) {
        for (Proposal kept : AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers)) {
            Draft draft = drafts.get(kept.channel());
            if (draft == null) {
                drafts.put(kept.channel(), new Draft(kept));
            } else if (draft.stage() != Stage.DO_FIRST) {
                draft.settle(kept);
            }
        }
    }

    private static void strategyBeforeAds(Answers answers, Map<Channel, Draft> drafts) {
        List<Blocker> open = BLOCKERS.stream().filter(blocker -> blocker.open().test(answers)).toList();
        if (open.isEmpty()) {
            return;
        }
        Set<Condition> waitable = EnumSet.noneOf(Condition.class);
        List<Reason> gapsCited = new ArrayList<>();
        for (Blocker blocker : open) {
            waitable.add(blocker.condition());
            for (Proposal closing : blocker.closer().fire(answers)) {
                closing.reasons().forEach(reason -> gapsCited.add(
                        new Reason(STRATEGY_BEFORE_ADS, reason.field(), reason.values(), reason.excerpt())));
                Draft draft = drafts.get(closing.channel());
                if (draft == null) {
                    drafts.put(closing.channel(), new Draft(closing));
                } else if (draft.stage() != Stage.DO_FIRST || draft.condition() != null) {
                    draft.settle(closing);
                }
            }
        }
        for (Draft ad : drafts.values()) {
            if (ad.channel().isPaidAds()) {
                Condition until = waitable.contains(ad.condition()) ? ad.condition() : open.get(0).condition();
                ad.postpone(Stage.TEST, until);
                gapsCited.forEach(ad::addReason);
            }
        }
    }
}
