package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.InvariantsTest.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clients of {@link AnswersFixtures}, whose answers predate the structured facts (site, frequency,
 * numbers…): what the brief tells each of them first. The scenario suite ({@link ScenarioSuiteTest})
 * covers thirty-odd more with every fact filled in.
 */
class ClientScenariosTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aDentalClinicInKazanMeasuresItsDrainingAdsKeepsItsReferralsAndSettlesItsPositioning() {
        Assessment assessment = engine.assess(AnswersFixtures.dentalClinicInKazan());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations).subList(0, 3)).containsExactly(Channel.ANALYTICS_SETUP,
                Channel.REFERRAL_PROGRAMME, Channel.POSITIONING);
        assertThat(recommendations.get(0).reasons()).contains(Reason.of("measure-before-spending",
                AnswerField.CHANNELS, CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET));
        assertThat(recommendations.get(1).stage()).isEqualTo(Stage.KEEP);
        Recommendation optimisation = find(recommendations, Channel.OPTIMISATION);
        assertThat(optimisation.prerequisites()).contains(Channel.POSITIONING);
        assertThat(find(recommendations, Channel.CONTEXTUAL_ADS).prerequisites())
                .contains(Channel.ANALYTICS_SETUP, Channel.POSITIONING);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
    }

    @Test
    void anOnlineShopKeepsItsProfitableAdsAheadOfEveryNewTest() {
        Assessment assessment = engine.assess(AnswersFixtures.petFoodOnlineShop());
        List<Recommendation> recommendations = assessment.recommendations();

        Recommendation ads = find(recommendations, Channel.TARGETED_ADS);
        assertThat(ads.isKept()).isTrue();
        assertThat(recommendations).filteredOn(r -> r.stage() == Stage.TEST)
                .allSatisfy(test -> assertThat(test.priority()).isGreaterThan(ads.priority()));
        assertThat(find(recommendations, Channel.CONTEXTUAL_ADS).stage()).isEqualTo(Stage.KEEP);
        assertThat(find(recommendations, Channel.ANALYTICS_SETUP).stage()).isEqualTo(Stage.DO_FIRST);
    }

    @Test
    void aB2bMakerWithCommitteeDecisionsKeepsItsEventsAndWarmsUpLeadsWithoutTargetedAds() {
        Assessment assessment = engine.assess(AnswersFixtures.industrialEquipmentMaker());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(recommendations.get(0).channel()).isEqualTo(Channel.EVENTS);
        assertThat(recommendations.get(0).stage()).isEqualTo(Stage.KEEP);
        assertThat(channels(recommendations)).contains(Channel.LEAD_NURTURING, Channel.SEO_CONTENT)
                .doesNotContain(Channel.TARGETED_ADS, Channel.SMM);
        assertThat(find(recommendations, Channel.SEO_CONTENT).horizon()).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
        assertThat(recommendations).filteredOn(r -> r.kpi() == Kpi.COST_PER_ACQUISITION)
                .allSatisfy(r -> assertThat(r.horizon()).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS));
    }

    @Test
    void aFirmGrowingOnlyByReferralsKeepsThemAndMeasuresFirst() {
        Assessment assessment = engine.assess(AnswersFixtures.accountingFirmGrowingByReferrals());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(recommendations.get(0).channel()).isEqualTo(Channel.REFERRAL_PROGRAMME);
        assertThat(recommendations.get(0).stage()).isEqualTo(Stage.KEEP);
        assertThat(recommendations.get(1).channel()).isEqualTo(Channel.ANALYTICS_SETUP);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
    }

    @Test
    void aFitnessClubLosingMembersFixesTheFirstWeeksBeforeAnythingElseAndKeepsItsAds() {
        Assessment assessment = engine.assess(AnswersFixtures.fitnessClubWithHighChurn());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(channels(recommendations).subList(0, 2)).containsExactly(Channel.ONBOARDING_CHURN,
                Channel.TARGETED_ADS);
        assertThat(recommendations.get(0).reasons()).contains(
                Reason.quoting("churn-reasons-known", AnswerField.CHURN_REASONS,
                        "People stop coming after the first month and do not renew"));
        assertThat(find(recommendations, Channel.TARGETED_ADS).stage()).isEqualTo(Stage.KEEP);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @Test
    void aWorkshopWithoutAUspFindsItsPositioningBeforeAnyTool() {
        Assessment assessment = engine.assess(AnswersFixtures.furnitureWorkshopWithoutUsp());
        List<Recommendation> recommendations = assessment.recommendations();

        Recommendation positioning = find(recommendations, Channel.POSITIONING);
        assertThat(positioning.reasons()).containsExactly(Reason.of("usp-unclear", AnswerField.USP_CLARITY, UspClarity.NONE));
        assertThat(recommendations).filteredOn(r -> r.channel().needsPositioning())
                .allSatisfy(tool -> assertThat(tool.priority()).isGreaterThan(positioning.priority()));
        assertThat(assessment.beforeAdsChecklist()).filteredOn(ChecklistItem::done).extracting(ChecklistItem::check)
                .containsExactly(ChecklistItem.Check.AUDIENCE_DEFINED);
    }

    @Test
    void aStrongBrandEnteringNewCitiesStudiesThemAndScalesWhatWorksAtHome() {
        Assessment assessment = engine.assess(AnswersFixtures.coffeeChainEnteringNewCities());
        List<Recommendation> recommendations = assessment.recommendations();

        assertThat(find(recommendations, Channel.SMM).stage()).isEqualTo(Stage.SCALE);
        assertThat(find(recommendations, Channel.SEO_CONTENT).stage()).isEqualTo(Stage.SCALE);
        assertThat(find(recommendations, Channel.MARKET_ANALYSIS).reasons()).contains(
                Reason.quoting("new-markets", AnswerField.NEW_MARKETS, "Open in Kazan and Saint Petersburg"));
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.SCALE_WHAT_WORKS);
    }

    @Test
    void aFloristOnATinyBudgetStartsWithTwoCheapMeasurableTests() {
        Assessment assessment = engine.assess(AnswersFixtures.floristOnSmallBudget());

        assertThat(assessment.recommendations()).filteredOn(r -> r.stage() == Stage.TEST
                && r.channel().group() == Channel.Group.ACQUISITION).extracting(Recommendation::channel)
                .containsExactlyInAnyOrder(Channel.SMM, Channel.TARGETED_ADS);
        assertThat(assessment.testPlan().waiting()).contains(Channel.CONTEXTUAL_ADS);
    }

    @Test
    void anEmptySessionRecommendsOnlyStrategyWorkEachCitingTheMissingAnswer() {
        Assessment assessment = engine.assess(Answers.EMPTY);

        assertThat(channels(assessment.recommendations())).containsExactly(Channel.AUDIENCE_RESEARCH,
                Channel.POSITIONING, Channel.ANALYTICS_SETUP, Channel.MARKET_ANALYSIS);
        assertThat(assessment.recommendations()).allSatisfy(r -> {
            assertThat(r.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(r.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.isAnswer()).isFalse());
        });
        assertThat(assessment.readiness()).isZero();
        assertThat(assessment.rulesVersion()).isEqualTo(StrategyEngine.RULES_VERSION);
        assertThat(assessment.testPlan()).isNull();
        assertThat(engine.assess(null)).isEqualTo(assessment);
    }

    private static List<Channel> channels(List<Recommendation> recommendations) {
        return recommendations.stream().map(Recommendation::channel).toList();
    }
}
