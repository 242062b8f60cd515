package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.InvariantsTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Realistic clients a salesperson meets, and what the brief should tell each of them first. */
class ClientScenariosTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aDentalClinicInKazanSettlesItsPositioningAndMeasuresItsAdsBeforeLocalSearchAds() {
        Assessment assessment = engine.assess(AnswersFixtures.dentalClinicInKazan());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations).subList(0, 4)).containsExactly(Channel.POSITIONING,
                Channel.ANALYTICS_SETUP, Channel.CRM_MARKETING, Channel.OPTIMISATION);
        assertThat(recommendations.get(0).reasons()).containsExactly(
                Reason.of("usp-unclear", AnswerField.USP_CLARITY, UspClarity.VAGUE),
                Reason.quoting("usp-unclear", AnswerField.USP, "Good doctors and modern equipment"));
        assertThat(recommendations.get(1).reasons()).contains(Reason.of("measure-before-spending",
                AnswerField.CHANNELS, CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET));
        Recommendation localAds = find(recommendations, Channel.CONTEXTUAL_ADS);
        assertThat(localAds.stage()).isEqualTo(Stage.TEST);
        assertThat(localAds.condition()).contains(Condition.AFTER_POSITIONING);
        assertThat(find(recommendations, Channel.LOYALTY_BRANDING).reasons()).contains(Reason.of(
                "keep-profitable-channel", AnswerField.CHANNELS, CurrentChannel.REFERRALS, ChannelOutcome.PROFIT));
        assertThat(find(recommendations, Channel.EMAIL).condition()).contains(Condition.AFTER_CUSTOMER_BASE);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
    }

    @Test
    void anOnlineShopMeasuresItsUnknownChannelThenKeepsBuyersBeforeTestingMoreSocialMedia() {
        Assessment assessment = engine.assess(AnswersFixtures.petFoodOnlineShop());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations)).containsExactly(Channel.ANALYTICS_SETUP, Channel.OPTIMISATION,
                Channel.CRM_MARKETING, Channel.EMAIL, Channel.LOYALTY_BRANDING, Channel.SMM, Channel.TARGETED_ADS);
        assertThat(recommendations.get(1).reasons()).contains(Reason.of("measure-before-spending",
                AnswerField.CHANNELS, CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.UNKNOWN));
        assertThat(recommendations.get(2).reasons())
                .contains(Reason.of("low-repeat-purchases", AnswerField.REPEAT_SHARE, RepeatShare.LOW));
        assertThat(find(recommendations, Channel.TARGETED_ADS).stage()).isEqualTo(Stage.SCALE);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
        assertThat(assessment.summary().firstSteps()).containsExactly(Channel.ANALYTICS_SETUP, Channel.OPTIMISATION);
    }

    @Test
    void aB2bMakerWithCommitteeDecisionsGetsContentAndLeadNurturingWithTargetingOnlyLater() {
        List<Recommendation> recommendations = engine.assess(AnswersFixtures.industrialEquipmentMaker())
                .recommendations();

        assertThat(recommendations).noneMatch(r -> r.stage() == Stage.DO_FIRST);
        Recommendation content = find(recommendations, Channel.SEO_CONTENT);
        assertThat(content.horizon()).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
        assertThat(content.reasons()).containsExactly(
                Reason.of("long-decision-cycle", AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE),
                Reason.of("long-decision-cycle", AnswerField.SALES_CYCLE, SalesCycle.OVER_SIX_MONTHS));
        Recommendation targeting = find(recommendations, Channel.TARGETED_ADS);
        assertThat(targeting.condition()).contains(Condition.AFTER_AUDIENCE_RESEARCH);
        assertThat(targeting.priority()).isGreaterThan(find(recommendations, Channel.CRM_MARKETING).priority());
        assertThat(find(recommendations, Channel.PARTNER_MARKETING).stage()).isEqualTo(Stage.SCALE);
    }

    @Test
    void aFirmGrowingOnlyByReferralsMeasuresFirstAndTurnsRecommendationsIntoASystem() {
        Assessment assessment = engine.assess(AnswersFixtures.accountingFirmGrowingByReferrals());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(recommendations.get(0).channel()).isEqualTo(Channel.ANALYTICS_SETUP);
        Recommendation loyalty = find(recommendations, Channel.LOYALTY_BRANDING);
        assertThat(loyalty.stage()).isEqualTo(Stage.TEST); // profitable, but nothing is measured yet
        assertThat(loyalty.reasons()).contains(
                Reason.of("keep-profitable-channel", AnswerField.CHANNELS, CurrentChannel.REFERRALS, ChannelOutcome.PROFIT),
                Reason.quoting("referrals-work", AnswerField.LOYALTY, "Clients recommend us to other shop owners"));
        assertThat(find(recommendations, Channel.PARTNER_MARKETING).kpi()).isEqualTo(Kpi.PARTNER_LEADS);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
    }

    @Test
    void aFitnessClubLosingMembersKeepsThemBeforeAnythingElseAndScalesItsProfitableAds() {
        Assessment assessment = engine.assess(AnswersFixtures.fitnessClubWithHighChurn());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations).subList(0, 3))
                .containsExactly(Channel.CRM_MARKETING, Channel.EMAIL, Channel.LOYALTY_BRANDING);
        assertThat(recommendations.get(0).reasons()).contains(
                Reason.of("low-repeat-purchases", AnswerField.REPEAT_SHARE, RepeatShare.LOW),
                Reason.quoting("churn-reasons-known", AnswerField.CHURN_REASONS,
                        "People stop coming after the first month and do not renew"));
        assertThat(find(recommendations, Channel.TARGETED_ADS).stage()).isEqualTo(Stage.SCALE);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @Test
    void aWorkshopWithoutAUspFindsItsPositioningBeforeAnyAds() {
        Assessment assessment = engine.assess(AnswersFixtures.furnitureWorkshopWithoutUsp());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(recommendations).filteredOn(r -> r.stage() == Stage.DO_FIRST).extracting(Recommendation::channel)
                .contains(Channel.POSITIONING, Channel.PRICING, Channel.ANALYTICS_SETUP, Channel.CRM_MARKETING);
        assertThat(find(recommendations, Channel.POSITIONING).reasons())
                .containsExactly(Reason.of("usp-unclear", AnswerField.USP_CLARITY, UspClarity.NONE));
        Recommendation ads = find(recommendations, Channel.TARGETED_ADS);
        assertThat(ads.condition()).contains(Condition.AFTER_POSITIONING);
        assertThat(ads.priority()).isGreaterThan(find(recommendations, Channel.POSITIONING).priority());
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
        assertThat(assessment.beforeAdsChecklist()).filteredOn(ChecklistItem::done).extracting(ChecklistItem::check)
                .containsExactly(ChecklistItem.Check.AUDIENCE_DEFINED);
    }

    @Test
    void aStrongBrandEnteringNewCitiesStudiesThemFirstAndScalesWhatWorksAtHome() {
        Assessment assessment = engine.assess(AnswersFixtures.coffeeChainEnteringNewCities());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations).subList(0, 2))
                .containsExactly(Channel.MARKET_ANALYSIS, Channel.AUDIENCE_RESEARCH);
        assertThat(recommendations.get(0).reasons()).containsExactly(
                Reason.quoting("new-markets", AnswerField.NEW_MARKETS, "Open in Kazan and Saint Petersburg"));
        assertThat(find(recommendations, Channel.SMM).stage()).isEqualTo(Stage.SCALE);
        assertThat(find(recommendations, Channel.SEO_CONTENT).stage()).isEqualTo(Stage.SCALE);
        assertThat(find(recommendations, Channel.TARGETED_ADS).condition()).isEqualTo(Optional.empty());
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.SCALE_WHAT_WORKS);
        assertThat(assessment.readiness()).isEqualTo(100);
    }

    @Test
    void aFloristOnATinyBudgetStartsWithTwoMeasurableTests() {
        Assessment assessment = engine.assess(AnswersFixtures.floristOnSmallBudget());

        assertThat(channels(assessment.recommendations()))
                .containsExactly(Channel.CONTEXTUAL_ADS, Channel.SEO_CONTENT);
        assertThat(assessment.recommendations().get(0).reasons()).contains(
                new Reason("local-market", AnswerField.SEGMENTS, List.of(Geography.CITY), "Men buying flowers for a date"),
                Reason.missing("no-channels-yet", AnswerField.CHANNELS));
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.GROW_ACQUISITION);
    }

    @Test
    void anEmptySessionRecommendsOnlyStrategyWorkEachCitingTheMissingAnswer() {
        Assessment assessment = engine.assess(Answers.EMPTY);

        assertThat(channels(assessment.recommendations())).containsExactly(Channel.AUDIENCE_RESEARCH,
                Channel.MARKET_ANALYSIS, Channel.POSITIONING, Channel.ANALYTICS_SETUP);
        assertThat(assessment.recommendations()).allSatisfy(r -> {
            assertThat(r.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(r.reasons()).isNotEmpty()
                    .allSatisfy(reason -> assertThat(reason.values().isEmpty() && reason.excerpt() == null).isTrue());
        });
        assertThat(assessment.readiness()).isZero();
        assertThat(assessment.rulesVersion()).isEqualTo(StrategyEngine.RULES_VERSION);
        assertThat(engine.assess(null)).isEqualTo(assessment);
    }

    private static List<Channel> channels(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::channel).toList();
    }
}
