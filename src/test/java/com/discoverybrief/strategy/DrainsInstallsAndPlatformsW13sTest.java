package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, findings 74, 80 and 81 (adv13f): the money of a draining channel is cut and held, not handed to an
 * unmeasured one; installs of an app and trial starts are not enquiries lost by sales; a business supplier living
 * on one platform gets direct sales to named accounts first.
 */
class DrainsInstallsAndPlatformsW13sTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** A subscription app buying installs at a loss: 14 000 installs × 140 ₽, a payer worth ≈1 273 ₽ of margin. */
    static Answers appBuyingInstalls(String product) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.COUNTRY)
                .budget(BudgetRange.OVER_500K)
                .set(AnswerField.PRODUCT, product)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE)
                .set(AnswerField.SALES_CYCLE, SalesCycle.UNDER_A_WEEK)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET),
                        new ChannelUse(CurrentChannel.PARTNERS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.SMM, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.TARGETED_ADS, RequestMotive.HUNCH)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES)
                .set(AnswerField.LEADS_PER_MONTH, new BigDecimal("14000"))
                .set(AnswerField.LEAD_CONVERSION, new BigDecimal("2.7"))
                .set(AnswerField.COST_PER_LEAD, new BigDecimal("140"))
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("1000"))
                .set(AnswerField.GROSS_MARGIN, new BigDecimal("70"))
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("2000000"))
                .build();
    }

    static Answers meditationApp() {
        return appBuyingInstalls("приложение для iOS и Android: медитации и сон; подписка 399 ₽ в месяц, 7 дней бесплатно");
    }

    /** A carrier: 70 % of orders from a tender platform, deals of months, direct calls now and then. */
    static Answers carrierOnTenders() {
        return Answers.builder().businessModel(BusinessModel.B2B).geography(Geography.COUNTRY)
                .budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "производители FMCG, от 20 фур в месяц")
                .set(AnswerField.USP, "свой парк, статус груза онлайн")
                .set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_PLATFORM)
                .set(AnswerField.SALES_CYCLE, SalesCycle.MONTHS)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.BREAK_EVEN),
                        new ChannelUse(CurrentChannel.COLD_OUTREACH, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("250000"))
                .build();
    }

    private static Answers product(String text) {
        return Answers.builder().set(AnswerField.PRODUCT, text).build();
    }

    // ---- finding 80: installs and trials are not enquiries lost by sales

    @Test
    void aTrialOfDaysOrAWeekFreeIsReadFromTheProductWords() {
        for (String trial : List.of("подписка 399 ₽ в месяц, 7 дней бесплатно", "14 дней бесплатно, потом 990 ₽",
                "первая неделя бесплатно", "первые 3 дня бесплатно", "7-day free trial, then $5", "free for 14 days")) {
            assertThat(SelfServe.trial(product(trial))).as(trial).isTrue();
        }
    }

    @Test
    void freeThingsThatAreNoTrialOfTheProductAreNotReadAsOne() {
        // the suite's own clients: a gym's free first session, a florist's promise, a cleaner's free pick-up
        for (String notTrial : List.of("первая тренировка с тренером бесплатно", "доставка за 60 минут или букет бесплатно",
                "химчистка ковров с бесплатным вывозом и доставкой", "замена бесплатно, если не понравился",
                "месяц бесплатного обслуживания после покупки", "гарантия 12 месяцев", "доставка 2 дня")) {
            assertThat(SelfServe.trial(product(notTrial))).as(notTrial).isFalse();
        }
    }

    @Test
    void anAppIsTheProductOnlyWhenTheProductWordsBeginWithIt() {
        assertThat(SelfServe.app(product("приложение для iOS и Android: медитации, сон"))).isTrue();
        assertThat(SelfServe.app(product("мобильное приложение по подписке для бегунов"))).isTrue();
        assertThat(SelfServe.app(product("A mobile app for iOS that plans meals"))).isTrue();
        // an app beside the product is not the product
        assertThat(SelfServe.app(product("кофе навынос; приложение сети в App Store с кешбэком"))).isFalse();
        assertThat(SelfServe.app(product("анализы и врачи за один визит, результаты в приложении"))).isFalse();
        assertThat(SelfServe.app(product("приложение к договору поставки"))).isFalse();
        assertThat(SelfServe.app(Answers.EMPTY)).isFalse();
    }

    @Test
    void installsOfAnAppAreNeverCalledBackAsLostEnquiries() {
        Answers app = meditationApp();
        assertThat(Signals.leadsLost(app)).isFalse();
        assertThat(MeasurementRules.LEADS_LOST.fire(app)).isEmpty();
        // the same numbers for a service people enquire about are lost enquiries
        Answers service = appBuyingInstalls("ремонт iPhone за час с выездом");
        assertThat(Signals.leadsLost(service)).isTrue();
        assertThat(SelfServe.TRIAL_ACTIVATION.fire(service)).isEmpty();
    }

    @Test
    void anAppBuyingPayersAtALossGetsTheMoveToPaidFirstAndTheEconomicsBesideIt() {
        List<Proposal> proposals = SelfServe.TRIAL_ACTIVATION.fire(meditationApp());
        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.ONBOARDING_CHURN);
            assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(p.need()).isEqualTo(Need.SELF_SERVE_LOSING);
        });

        Assessment assessment = engine.assess(meditationApp());
        assertThat(assessment.recommendations()).extracting(Recommendation::channel).startsWith(Channel.UNIT_ECONOMICS,
                Channel.ONBOARDING_CHURN);
        assertThat(assessment.recommendations()).flatExtracting(Recommendation::reasons).extracting(Reason::rule)
                .contains("self-serve-activation").doesNotContain("leads-lost");
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.RAISE_CLIENT_VALUE);
    }

    @Test
    void aFreePlanKeepsItsOwnRuleAndFocus() {
        Answers freePlan = appBuyingInstalls("онлайн-запись для мастеров, бесплатный тариф до 2 мастеров");
        assertThat(SelfServe.applies(freePlan)).isTrue();
        assertThat(SelfServe.TRIAL_ACTIVATION.fire(freePlan)).isEmpty();
        assertThat(SelfServe.losing(freePlan)).isFalse();
    }

    // ---- finding 74: a draining channel's money

    @Test
    void theSpendOfADrainingChannelIsCutAndHeldNotHandedToTheChannelsNobodyMeasured() {
        TestPlan plan = engine.assess(meditationApp()).testPlan();

        assertThat(plan.spendCut()).isEqualTo(Channel.TARGETED_ADS);
        // the client's main source keeps only a capped line on what brings payers (finding 98), not its money
        assertThat(plan.lines()).filteredOn(line -> line.channel() == Channel.TARGETED_ADS)
                .allMatch(line -> plan.monthly(line) <= 1_960_000 * DrainingCap.CAP_PERCENT / 100 + 1);
        // SMM (result unknown) and partners keep their usual cost, not the ≈1 960 000 ₽ a month the ads cost
        for (Channel kept : List.of(Channel.SMM, Channel.PARTNER_MARKETING)) {
            PlannedTest line = plan.lines().stream().filter(l -> l.channel() == kept).findFirst().orElseThrow();
            assertThat(plan.monthly(line)).as(kept.name()).isLessThanOrEqualTo(kept.testBudget() * TestPlans.KEPT_WEIGHT
                    * TestPlans.STRETCH);
        }
        assertThat(plan.reserve()).isGreaterThan(plan.total() / 2);
    }

    @Test
    void theVerdictOnADrainingChannelAgreesWithItsZeroRoubles() {
        Assessment assessment = engine.assess(meditationApp());
        Verdict targeted = assessment.verdicts().stream().filter(v -> v.channel() == Channel.TARGETED_ADS).findFirst()
                .orElseThrow();

        assertThat(targeted.kind()).isEqualTo(VerdictKind.NOT_NOW);
        assertThat(targeted.reason()).isEqualTo(VerdictReason.DRAINS_BUDGET);
    }

    @Test
    void theBriefSaysWhereTheMoneyOfTheDrainingChannelGoes() {
        TestPlan plan = engine.assess(meditationApp()).testPlan();

        String today = String.join(" ", AdviceText.of(Locale.forLanguageTag("ru")).planIntro(plan));
        assertThat(today).contains("Таргетированная реклама", "сливает бюджет", "1\u202F960\u202F000", "в резерве")
                .doesNotContain("сохраняют нынешние деньги");
        assertThat(String.join(" ", AdviceText.of(Locale.ENGLISH).planIntro(plan)))
                .contains("drains the budget", "held in reserve");
        assertThat(AdviceText.of(Locale.forLanguageTag("ru")).planReserve(plan)).contains("сливает бюджет");
    }

    @Test
    void aChannelOfUnknownReturnKeepsTodaysMoneyAsBefore() {
        Answers unknown = meditationApp().toBuilder().set(AnswerField.CHANNELS, List.of(
                new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.UNKNOWN),
                new ChannelUse(CurrentChannel.PARTNERS, ChannelOutcome.PROFIT))).build();

        TestPlan plan = engine.assess(unknown).testPlan();
        assertThat(plan.spendCut()).isNull();
        assertThat(engine.assess(unknown).verdicts()).noneMatch(v -> v.reason() == VerdictReason.DRAINS_BUDGET);
    }

    // ---- finding 81: a business supplier living on one platform

    @Test
    void aBusinessSupplierOnOnePlatformGetsDirectSalesToNamedAccountsNotMapsOrRepeatPurchases() {
        Answers carrier = carrierOnTenders();

        assertThat(PlatformDependence.DIRECT_SALES.fire(carrier)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.COLD_OUTREACH);
            assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(p.need()).isEqualTo(Need.ONE_PLATFORM_RISK);
        });
        assertThat(CircumstanceRules.ONE_PLATFORM_DEPENDENCE.fire(carrier)).isEmpty();
        // a consumer business on one platform keeps the channels of its own
        Answers consumer = carrier.toBuilder().businessModel(BusinessModel.B2C).build();
        assertThat(PlatformDependence.DIRECT_SALES.fire(consumer)).isEmpty();
        assertThat(CircumstanceRules.ONE_PLATFORM_DEPENDENCE.fire(consumer)).isNotEmpty();
        Answers oneClient = carrier.toBuilder().set(AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_CLIENT).build();
        assertThat(PlatformDependence.DIRECT_SALES.fire(oneClient)).isEmpty();
    }

    @Test
    void theDirectSalesStartThePipelineWithMoneyNotWithTheSentenceOfAChannelKeptWhileMeasured() {
        Assessment assessment = engine.assess(carrierOnTenders());

        Recommendation outreach = assessment.recommendations().stream().filter(r -> r.channel() == Channel.COLD_OUTREACH)
                .findFirst().orElseThrow();
        assertThat(outreach.priority()).isLessThanOrEqualTo(3);
        assertThat(outreach.reasons()).extracting(Reason::rule).contains("platform-direct-sales")
                .doesNotContain("running-channel");
        PlannedTest line = assessment.testPlan().lines().stream().filter(l -> l.channel() == Channel.COLD_OUTREACH)
                .findFirst().orElseThrow();
        assertThat(line.kind()).isEqualTo(PlannedTest.Kind.TEST);
        assertThat(assessment.testPlan().monthly(line)).isGreaterThanOrEqualTo(
                250_000L * PlatformDependence.PIPELINE_PERCENT / 100 - 1);
        assertThat(assessment.recommendations()).extracting(Recommendation::channel)
                .doesNotContain(Channel.MAP_LISTINGS, Channel.REFERRAL_PROGRAMME);
    }

    @Test
    void theRetentionOfContractsSignedOverMonthsIsNotReadWithinAQuarter() {
        Answers carrier = carrierOnTenders().toBuilder()
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.FREQUENT).build();
        assertThat(Horizons.minimum(Kpi.RETENTION_RATE, carrier)).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
        assertThat(Horizons.minimum(Kpi.REPEAT_PURCHASE_RATE, carrier)).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
        // a consumer who buys every few weeks is read within months, as before
        Answers consumer = carrier.toBuilder().businessModel(BusinessModel.B2C).build();
        assertThat(Horizons.minimum(Kpi.RETENTION_RATE, consumer)).isEqualTo(Horizon.ONE_TO_THREE_MONTHS);
        Answers weeks = carrier.toBuilder().set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS).build();
        assertThat(Horizons.minimum(Kpi.RETENTION_RATE, weeks)).isEqualTo(Horizon.ONE_TO_THREE_MONTHS);
    }
}
