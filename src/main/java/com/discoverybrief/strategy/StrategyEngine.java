package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a session's answers into an {@link Assessment}: the three levels with readiness, gaps and what
 * caps them, the ranked recommendations with the answers behind each, the "before any ads" checklist,
 * the summary, a verdict on every channel the client asked for, and the test plan.
 * <p>
 * How a recommendation comes about: every rule in the catalogue reads the answers and proposes work,
 * citing what it read and weighing the need it answers; proposals for one channel are merged (union of
 * reasons, earliest stage, heaviest need); what already brings profit is kept; work that does not fit
 * the client is taken out with its reason; a budget keeps only the tests it can pay for; every tool
 * waits for what it depends on (strategy, the site, measurement, the base); assumptions become things
 * to verify; horizons are made realistic; and the rest is ordered by need and dependency
 * ({@link Ranking}).
 * <p>
 * Stateless and thread-safe; never throws, whatever the answers — {@code null} counts as an empty
 * session. {@link #RULES_VERSION} changes whenever a rule changes, so a stored assessment says which
 * rules produced it.
 */
public final class StrategyEngine {

    /** The version of the rule catalogue; bump it whenever a rule, its order or an invariant changes. */
    public static final String RULES_VERSION = "2026.12-15";

    public Assessment assess(Answers answers) {
        // a tick the client's own words contradict is read as an assumption: verified first, never believed blindly
        Answers known = Contradictions.apply(answers == null ? Answers.EMPTY : answers);
        Map<Channel, Draft> drafts = Ranking.merge(Rules.ALL.stream().flatMap(rule -> rule.fire(known).stream()).toList());
        Invariants.keepProfitableChannels(known, drafts);
        PlatformDependence.apply(drafts);
        FewDeals.apply(known, drafts);
        DatedOpening.apply(known, drafts);
        TenderPlatform.apply(known, drafts);
        RetentionRules.readRareRemindersOnEnquiries(known, drafts);
        MoneyOrder.apply(known, drafts);
        SelfServe.apply(known, drafts);
        List<Exclusions.Exclusion> excluded = new ArrayList<>(Exclusions.apply(known, drafts));
        excluded.addAll(PartnerChurn.apply(known, drafts));
        excluded.addAll(BudgetFocus.apply(known, drafts));
        excluded = new ArrayList<>(ReputationFirst.relabel(known, excluded));
        // ... and, beside the referral line that stays, a one-off buyer's base asks for reviews, with photos where the work
        // leaves a visible result (154, 162)
        RetentionRules.askOneOffBuyersForReviews(known, drafts);
        SiteFirst.apply(known, drafts);
        Invariants.prerequisites(known, drafts);
        PlatformDependence.startAtOnce(drafts);
        ReputationFirst.apply(known, drafts);
        RegulatedAdvertising.apply(known, drafts);
        BlockedPlatforms.apply(known, drafts);
        drafts.values().forEach(Draft::forgetTestReasonsOnceProfitable);
        Verification.apply(known, drafts);
        drafts.values().forEach(draft -> draft.atLeast(Horizons.minimum(draft.kpi(), known)));
        List<Draft> ranked = Ranking.order(drafts.values());
        List<Recommendation> recommendations = Ranking.prioritise(ranked);
        TestPlan plan = TestPlans.of(known, recommendations, excluded);
        // the summary's horizon is the business's (a committee's deal of months), read before the labels below
        Summary summary = Summaries.of(known, ranked, recommendations);
        // ... and a long deal's recommendations carry the stage and KPI its plan gives their lines (w13az)
        recommendations = FewDeals.relabel(known, recommendations, plan);
        // ... and a full place's paid line moved to a new place's opening carries its sign-ups' KPI (w13bc, 143)
        recommendations = DatedOpening.relabel(known, recommendations, plan);
        // ... and the client's request for that line is answered from it: paused, then around the new address (155)
        List<Verdict> verdicts = DatedOpening.verdicts(known, Verdicts.of(known, recommendations, ranked, excluded),
                recommendations, plan);
        return new Assessment(RULES_VERSION, Levels.assess(known), recommendations, BeforeAdsChecklist.of(known),
                summary, verdicts, plan);
    }

    /** The recommendations alone, for tests of the ranking. */
    static List<Recommendation> recommend(Answers answers) {
        return new StrategyEngine().assess(answers).recommendations();
    }
}
