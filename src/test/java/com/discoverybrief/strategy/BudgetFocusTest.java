package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
    void keepsTheCheapestOfEquallyNeededTestsNotTheFirstInTheCatalogue() {
        List<Recommendation> recommendations = StrategyEngine.recommend(AnswersFixtures.floristOnSmallBudget());

        // impulse buyers in one city: social media and targeted ads are cheaper than search ads plus a site
        assertThat(recommendations).extracting(Recommendation::channel)
                .contains(Channel.SMM, Channel.TARGETED_ADS).doesNotContain(Channel.CONTEXTUAL_ADS);
    }

    @Test
    void citesTheFigureTheClientGaveRatherThanTheBand() {
        Answers answers = AnswersFixtures.florist().with(AnswerField.MONTHLY_BUDGET, new BigDecimal("30000")).build();

        assertThat(StrategyEngine.recommend(answers)).filteredOn(r -> r.stage() == Stage.TEST
                && r.channel().group() == Channel.Group.ACQUISITION).allSatisfy(r -> assertThat(r.reasons())
                .contains(Reason.quoting("small-budget-focus", AnswerField.MONTHLY_BUDGET, "30000")));
    }

    @Test
    void runsEveryTestTheAnswersCallForOnALargerBudget() {
        Answers roomier = AnswersFixtures.florist().withBudget(BudgetRange.FROM_50K_TO_150K).build();

        assertThat(StrategyEngine.recommend(roomier)).extracting(Recommendation::channel)
                .contains(Channel.SMM, Channel.TARGETED_ADS, Channel.CONTEXTUAL_ADS);
    }

    @Test
    void leavesOutATestWhoseFirstMonthAloneCostsMoreThanTheBudget() {
        Answers answers = complete().withBudget(BudgetRange.UP_TO_50K).withChannels(List.of())
                .with(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.EVENTS, RequestMotive.HUNCH)))
                .build();

        Assessment assessment = new StrategyEngine().assess(answers);

        assertThat(assessment.recommendations()).extracting(Recommendation::channel).doesNotContain(Channel.EVENTS);
        assertThat(assessment.verdicts()).contains(new Verdict(Channel.EVENTS, RequestMotive.HUNCH, VerdictKind.NOT_NOW,
                VerdictReason.SMALL_BUDGET, 0, null, null));
    }

    @Test
    void neverCutsStrategyWorkOrAChannelThatAlreadyPaysOff() {
        Answers answers = complete().withBudget(BudgetRange.UP_TO_50K).withGeography(Geography.CITY)
                .withDecision(DecisionProcess.IMPULSE).withUspClarity(UspClarity.VAGUE)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.PARTNERS, ChannelOutcome.BREAK_EVEN).build();

        List<Recommendation> recommendations = StrategyEngine.recommend(answers);

        assertThat(recommendations).extracting(Recommendation::channel)
                .contains(Channel.POSITIONING, Channel.SEO_CONTENT, Channel.SMM, Channel.PARTNER_MARKETING);
        assertThat(InvariantsTest.find(recommendations, Channel.SMM).isKept()).isTrue();
    }

    @Test
    void aBudgetTooSmallForAnyTestStillKeepsTheMostNeededOneCitingTheBudget() {
        // found by StrategyEnginePropertiesTest (seed -2824761936549444004): audience, offer and competitors named,
        // analytics in place, 1 ₽ a month — every new test was cut and the brief had no recommendation at all
        Answers answers = AnswersFixtures.answers().withSegments("x").withPains("x").withUspClarity(UspClarity.CLEAR)
                .withCompetitors("x").withAnalytics(AnalyticsLevel.YES)
                .with(AnswerField.AVERAGE_CHECK, new BigDecimal("1")).with(AnswerField.GROSS_MARGIN, new BigDecimal("20"))
                .with(AnswerField.MONTHLY_BUDGET, new BigDecimal("1")).build();

        List<Recommendation> recommendations = StrategyEngine.recommend(answers);

        assertThat(recommendations).hasSize(1);
        assertThat(recommendations.get(0).reasons()).extracting(Reason::rule).contains(BudgetFocus.RULE);
    }
}
