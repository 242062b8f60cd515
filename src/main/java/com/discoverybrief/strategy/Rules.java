package com.discoverybrief.strategy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogue of recommendation rules, grouped by the seed's processes. To change what the engine
 * advises, find the rule by its id in one of these classes; the order here does not affect the ranking
 * (see {@link Ranking}).
 */
final class Rules {

    /**
     * Rules whose reason leads the work they put first, ahead of other rules' reasons for the same work: the
     * law on advertising (the trust work it puts first) and one client bringing half of the orders (the
     * outreach for a second source; likewise one platform for a business supplier), enquiries lost before the sale
     * (the handling of enquiries, finding 76) — the brief then quotes the answer the step is really about.
     */
    private static final List<Rule> LEADING = List.of(RegulatedAdvertising.TRUST_BEFORE_ADS,
            CircumstanceRules.ONE_CLIENT_DEPENDENCE, PlatformDependence.DIRECT_SALES, LostCalls.ENQUIRIES_LOST);

    static final List<Rule> ALL = Stream.concat(LEADING.stream(), Stream.of(MarginRules.ALL, StrategyRules.ALL, MeasurementRules.ALL,
            FoundationRules.ALL, AcquisitionRules.ALL, RetentionRules.ALL, GrowthRules.ALL, CircumstanceRules.ALL,
            RegulatedAdvertising.ALL, LocationRules.ALL, SeasonalCapacity.ALL, LostCalls.ALL, RecallReminders.ALL, LongDecisions.ALL,
            SelfServe.ALL, PlatformDependence.ALL, SellingSeason.ALL,
            PartnerChurn.ALL, SensitiveCategory.ALL, DatedOpening.ALL).flatMap(List::stream).filter(rule -> !LEADING.contains(rule)))
            .toList();

    /**
     * Every id a {@link Reason} can carry — the rules plus the passes that add reasons of their own —
     * each of which needs a {@code rule.<id>} translation.
     */
    static final List<String> IDS = Stream.concat(Stream.concat(ALL.stream().map(Rule::id),
            Stream.of(Invariants.STRATEGY_BEFORE_TOOLS, Invariants.SITE_BEFORE_TRAFFIC, BudgetFocus.RULE,
                    RetentionRules.KEEP_CONTACTS.rule(), AcquisitionRules.NUMBERS_DISAGREE, AcquisitionRules.ASKS_TO_SCALE,
                    RetentionRules.MARKETPLACE_BUYERS.rule(), BlockedPlatforms.MOVE_AUDIENCE,
                    RetentionRules.MARKETPLACE_BUYERS_LOCAL.rule(), RetentionRules.MARKETPLACE_BUYERS_DELIVERY.rule(),
                    RetentionRules.MARKETPLACE_BUYERS_BOOKING.rule(),
                    AcquisitionRules.KEEP_AT_CAPACITY.rule(), RetentionRules.BASE_IN_TABLE.rule(),
                    AcquisitionRules.LONG_DECISION_PEOPLE.rule(), AcquisitionRules.LONG_DECISION_BUSINESSES.rule(),
                    RetentionRules.REMIND_BEFORE_NEXT_SEASON.rule(), RetentionRules.CHURN_OUTGROWN.rule(),
                    RetentionRules.CHURN_PRICE.rule(), RetentionRules.CHURN_TERMS.rule(), RetentionRules.CHURN_SEASONAL.rule(), TenderPlatform.MARGIN, TenderPlatform.SELLER,
                    MoneyOrder.PAYING_HALF, MoneyOrder.PAYING_HALF_NOW, OwnSources.CAPPED.rule(),
                    OwnSources.PARTNERS.rule(), RetentionRules.COME_BACK_DESPITE_THE_TICK.rule(), DatedOpening.MOVED)),
            RegulatedAdvertising.IDS.stream()).toList();

    /**
     * Ids older rules gave their reasons, which kept assessments still carry: their explanations stay
     * translated so an old brief still reads in full.
     */
    static final List<String> RETIRED_IDS = List.of("strategy-before-ads");

    private Rules() {
    }
}
