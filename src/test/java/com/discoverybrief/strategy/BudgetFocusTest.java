package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetFocusTest {

    @Test
    void runsAtMostTwoNewAcquisitionTestsOnTheSmallestBudget() {
        List<Recommendation> recommendations = StrategyEngine.recommend(AnswersFixtures.floristOnSmallBudget());

        List<Recommendation> acquisitionTests = recommendations.stream()
                .filter(r -> r.channel().group() == Channel.Group.ACQUISITION && r.stage() == Stage.TEST).toList();
        assertThat(acquisitionTests).hasSize(BudgetFocus.PARALLEL_TESTS);
        assertThat(acquisitionTests).allSatisfy(r -> assertThat(r.reasons()).contains(new Reason("small-budget-focus",
                AnswerField.CONSTRAINTS, List.of(BudgetRange.UP_TO_50K), "The owner does everything herself")));
    }

    @Test
    void runsEveryTestTheAnswersCallForOnALargerBudget() {
        Answers roomier = AnswersFixtures.florist().withBudget(BudgetRange.FROM_50K_TO_150K).build();

        assertThat(StrategyEngine.recommend(roomier)).extracting(Recommendation::channel)
                .contains(Channel.SMM, Channel.TARGETED_ADS, Channel.CONTEXTUAL_ADS);
    }

    @Test
    void neverCutsStrategyWorkOrAChannelThatAlreadyPaysOff() {
        Answers answers = complete().withBudget(BudgetRange.UP_TO_50K).withGeography(Geography.CITY)
                .withDecision(DecisionProcess.IMPULSE).withUspClarity(UspClarity.VAGUE)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.PARTNERS, ChannelOutcome.BREAK_EVEN).build();

        List<Recommendation> recommendations = StrategyEngine.recommend(answers);

        assertThat(recommendations).extracting(Recommendation::channel)
                .contains(Channel.POSITIONING, Channel.SEO_CONTENT, Channel.SMM)
                .containsOnlyOnce(Channel.TARGETED_ADS, Channel.CONTEXTUAL_ADS)
                .doesNotContain(Channel.PARTNER_MARKETING);
    }
}
