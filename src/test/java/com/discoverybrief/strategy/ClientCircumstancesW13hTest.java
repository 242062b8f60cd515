package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, round 4 findings 40, 43, 44 and 46: a regulated category, Instagram ads, one client bringing
 * half of the orders, a chain whose one location lags — each as a rule for every client, not a scenario.
 */
class ClientCircumstancesW13hTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** A private clinic in one city: contextual ads pay, targeted ads asked "because competitors do". */
    private static Answers clinic(RegulatedCategory category, Reviews reviews) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "женщины 30-55").set(AnswerField.PAINS, "боятся боли")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.TARGETED_ADS, RequestMotive.COMPETITORS)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.REVIEWS, reviews).set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .set(AnswerField.REGULATED_CATEGORY, category).build();
    }

    private static List<String> rules(Recommendation r) {
        return r.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void whereTheLawRestrictsAdvertisingTrustComesFirstAndEveryAdCarriesTheLegalCondition() {
        Assessment few = engine.assess(clinic(RegulatedCategory.MEDICAL, Reviews.FEW));
        Recommendation reviews = few.recommendations().stream().filter(r -> r.channel() == Channel.REVIEWS_REPUTATION)
                .findFirst().orElseThrow();
        assertThat(reviews.stage()).isEqualTo(Stage.DO_FIRST);
        // only what already pays comes before it
        assertThat(few.recommendations().get(0).channel()).isEqualTo(Channel.CONTEXTUAL_ADS);
        assertThat(reviews.priority()).isEqualTo(2);
        assertThat(few.recommendations()).filteredOn(r -> r.channel().isPaidAds())
                .isNotEmpty().allSatisfy(r -> assertThat(rules(r)).contains("regulated-ads-medical"));
        Verdict targeted = few.verdicts().stream().filter(v -> v.channel() == Channel.TARGETED_ADS).findFirst().orElseThrow();
        assertThat(targeted.kind()).isNotEqualTo(VerdictKind.RECOMMENDED);
        assertThat(targeted.rule()).isEqualTo(RegulatedAdvertising.ASKED);
        assertThat(few.summary().focus()).isEqualTo(Summary.Focus.TRUST_WITHIN_THE_LAW);

        // good reviews already: the happy clients' recommendations are the trust work put first
        Assessment good = engine.assess(clinic(RegulatedCategory.FINANCIAL, Reviews.GOOD));
        assertThat(good.recommendations().get(1).channel()).isEqualTo(Channel.REFERRAL_PROGRAMME);
        assertThat(good.recommendations().get(1).stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(good.recommendations()).filteredOn(r -> r.channel().isPaidAds())
                .allSatisfy(r -> assertThat(rules(r)).contains("regulated-ads-financial"));
    }

    @Test
    void noRestrictionOrNoAnswerChangesNothing() {
        for (RegulatedCategory free : new RegulatedCategory[] {RegulatedCategory.NONE, RegulatedCategory.UNKNOWN, null}) {
            Assessment assessment = engine.assess(clinic(free, Reviews.FEW));
            assertThat(assessment.recommendations()).flatExtracting(ClientCircumstancesW13hTest::rules)
                    .noneMatch(rule -> rule.startsWith("regulated-"));
            assertThat(assessment.verdicts()).allSatisfy(v -> assertThat(v.rule()).isNotEqualTo(RegulatedAdvertising.ASKED));
        }
    }

    @Test
    void alcoholIsNotAdvertisedOnline() {
        Answers bar = clinic(RegulatedCategory.ALCOHOL_TOBACCO, Reviews.FEW).toBuilder()
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.SMM, ChannelOutcome.PROFIT))).build();
        Assessment assessment = engine.assess(bar);

        assertThat(assessment.recommendations()).extracting(Recommendation::channel)
                .doesNotContain(Channel.TARGETED_ADS, Channel.CONTEXTUAL_ADS);
        assertThat(assessment.verdicts()).filteredOn(v -> v.channel() == Channel.TARGETED_ADS).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo(VerdictReason.AD_LAW_FORBIDS));
    }

    /** A solo lash master: her clients are on Instagram, she asks for ads there; social media pays. */
    private static Answers lashMaster(String presence) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY).companySize(CompanySize.SOLO)
                .budget(BudgetRange.UP_TO_50K)
                .set(AnswerField.SEGMENTS, "девушки 18-35 рядом").set(AnswerField.PAINS, "нет времени")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.SMM, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.TARGETED_ADS, RequestMotive.TRIED_BEFORE)))
                .set(AnswerField.ONLINE_PRESENCE, presence).set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.FREQUENT)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET).set(AnswerField.MONTHLY_BUDGET, new BigDecimal("30000"))
                .build();
    }

    @Test
    void instagramAdsAreAnsweredAsUnavailableWithWhereTheSamePeopleAreReached() {
        Assessment assessment = engine.assess(lashMaster("Инстаграм 4 000 подписчиц, до 2022 года крутила там рекламу"));

        Verdict targeted = assessment.verdicts().stream().filter(v -> v.channel() == Channel.TARGETED_ADS).findFirst()
                .orElseThrow();
        assertThat(targeted.reason()).isEqualTo(VerdictReason.PLATFORM_BLOCKED);
        assertThat(targeted.kind()).isNotEqualTo(VerdictKind.RECOMMENDED);
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.SMM).singleElement()
                .satisfies(smm -> assertThat(rules(smm)).contains(BlockedPlatforms.MOVE_AUDIENCE));
        // a one-person local service reminds its clients by messenger, from the base: no e-mail newsletters
        assertThat(assessment.recommendations()).extracting(Recommendation::channel).doesNotContain(Channel.EMAIL);

        Assessment vk = engine.assess(lashMaster("сообщество ВКонтакте 4 000 подписчиц"));
        assertThat(vk.verdicts()).allSatisfy(v -> assertThat(v.reason()).isNotEqualTo(VerdictReason.PLATFORM_BLOCKED));
    }

    /** B2B cleaning: one management company brings 65 % of revenue, 18 % margin, outreach runs unmeasured. */
    private static Answers cleaning(SourceDependence dependence) {
        return Answers.builder().businessModel(BusinessModel.B2B).geography(Geography.CITY).companySize(CompanySize.MEDIUM)
                .budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "управляющие компании, клиники").set(AnswerField.PAINS, "клинеры не выходят")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.NAMED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE).set(AnswerField.SALES_CYCLE, SalesCycle.MONTHS)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("350000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("18"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.COLD_OUTREACH, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.SOURCE_DEPENDENCE, dependence).set(AnswerField.ANALYTICS, AnalyticsLevel.NO)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("120000")).build();
    }

    @Test
    void oneClientBringingHalfTheOrdersOutweighsAThinMarginAndTheOutreachRunsAsAChannel() {
        Assessment assessment = engine.assess(cleaning(SourceDependence.ONE_CLIENT));

        assertThat(assessment.recommendations().get(0).channel()).isEqualTo(Channel.COLD_OUTREACH);
        assertThat(rules(assessment.recommendations().get(0)).get(0)).isEqualTo("one-client-dependence");
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.REDUCE_DEPENDENCE);
        assertThat(assessment.testPlan().lines()).filteredOn(l -> l.channel() == Channel.COLD_OUTREACH).singleElement()
                .satisfies(line -> assertThat(line.kind()).isEqualTo(PlannedTest.Kind.KEEP));

        // without the dependence the thin margin is the headline again
        Assessment spread = engine.assess(cleaning(SourceDependence.SPREAD));
        assertThat(spread.summary().focus()).isEqualTo(Summary.Focus.MIND_THE_MARGIN);
        assertThat(spread.recommendations().get(0).channel()).isNotEqualTo(Channel.COLD_OUTREACH);
    }

    /** Three self-service car washes: one lags; people drive by; VK ads for it drain. */
    private static Answers carWashes(LocationSpread locations) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY).companySize(CompanySize.SMALL)
                .budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "автовладельцы района").set(AnswerField.PAINS, "очереди")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET)))
                .set(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.WALK_IN).set(AnswerField.MAPS, MapListings.MAINTAINED)
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.LOCATIONS, locations)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("80000")).build();
    }

    @Test
    void aLaggingLocationIsDiagnosedBeforeAnyAdForItAndItsMapCardLookedAfter() {
        List<Recommendation> lagging = engine.assess(carWashes(LocationSpread.ONE_LAGS)).recommendations();

        assertThat(lagging.subList(0, 3)).extracting(Recommendation::channel).contains(Channel.MARKET_ANALYSIS);
        assertThat(lagging).filteredOn(r -> r.channel() == Channel.MAP_LISTINGS).singleElement()
                .satisfies(maps -> assertThat(rules(maps)).contains("lagging-location"));
        assertThat(lagging).extracting(Recommendation::channel).doesNotContain(Channel.WEBSITE, Channel.CONTEXTUAL_ADS);

        List<Recommendation> even = engine.assess(carWashes(LocationSpread.SEVERAL_EVEN)).recommendations();
        assertThat(even).flatExtracting(ClientCircumstancesW13hTest::rules).doesNotContain("lagging-location");
    }
}
