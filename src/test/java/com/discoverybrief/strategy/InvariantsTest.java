package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    @Test
    void neverRanksPaidAdsAboveTheStrategyWorkThatClosesTheGap() {
        Answers answers = complete().withUspClarity(UspClarity.NONE).withUsp(null).withAnalytics(AnalyticsLevel.NO)
                .withDecision(DecisionProcess.IMPULSE).build();

        List<Recommendation> recommendations = StrategyEngine.recommend(answers);

        Recommendation ads = find(recommendations, Channel.TARGETED_ADS);
        assertThat(ads.stage()).isEqualTo(Stage.TEST);
        assertThat(ads.condition()).contains(Condition.AFTER_POSITIONING);
        assertThat(ads.priority()).isGreaterThan(find(recommendations, Channel.POSITIONING).priority())
                .isGreaterThan(find(recommendations, Channel.ANALYTICS_SETUP).priority());
        assertThat(ads.reasons()).contains(
                Reason.of("strategy-before-ads", AnswerField.USP_CLARITY, UspClarity.NONE),
                Reason.of("strategy-before-ads", AnswerField.ANALYTICS, AnalyticsLevel.NO));
    }

    @Test
    void keepsTheConditionARuleChoseWhenItWaitsForAnOpenGap() {
        Answers answers = complete().withSegments(null).withDecision(DecisionProcess.COMMITTEE).build();

        Recommendation ads = find(StrategyEngine.recommend(answers), Channel.TARGETED_ADS);

        assertThat(ads.condition()).contains(Condition.AFTER_AUDIENCE_RESEARCH);
        assertThat(ads.reasons()).contains(Reason.missing("strategy-before-ads", AnswerField.SEGMENTS));
    }

    @Test
    void postponesAProfitablePaidChannelUntilThePositioningIsSettledButNeverDropsIt() {
        Answers answers = complete().withUspClarity(UspClarity.VAGUE)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT).build();

        Recommendation ads = find(StrategyEngine.recommend(answers), Channel.TARGETED_ADS);

        assertThat(ads.stage()).isEqualTo(Stage.TEST);
        assertThat(ads.condition()).contains(Condition.AFTER_POSITIONING);
        assertThat(ads.reasons()).contains(Reason.of("keep-profitable-channel", AnswerField.CHANNELS,
                CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT));
    }

    @Test
    void scalesAProfitableChannelThatAnotherRuleWouldOnlyTest() {
        Answers answers = complete().withCustomerBase(CustomerBase.SPREADSHEET)
                .withChannel(CurrentChannel.EMAIL, ChannelOutcome.PROFIT).build();

        Recommendation email = find(StrategyEngine.recommend(answers), Channel.EMAIL);

        assertThat(email.stage()).isEqualTo(Stage.SCALE);
        assertThat(email.condition()).isEmpty();
        assertThat(email.reasons()).extracting(Reason::rule).contains("keep-profitable-channel", "no-customer-base");
    }

    @Test
    void letsPaidAdsRunAsAnOrdinaryTestOnceTheStrategyIsClear() {
        Answers answers = complete().withDecision(DecisionProcess.IMPULSE).build();

        Recommendation ads = find(StrategyEngine.recommend(answers), Channel.TARGETED_ADS);

        assertThat(ads.stage()).isEqualTo(Stage.TEST);
        assertThat(ads.condition()).isEqualTo(Optional.empty());
        assertThat(ads.reasons()).extracting(Reason::rule).doesNotContain("strategy-before-ads");
    }

    @Test
    void measuresALosingChannelFirstCitingThatChannel() {
        Answers answers = complete().withChannel(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.DRAINS_BUDGET).build();

        Recommendation first = StrategyEngine.recommend(answers).get(0);

        assertThat(first.channel()).isEqualTo(Channel.OPTIMISATION);
        assertThat(first.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(first.reasons()).contains(Reason.of("measure-before-spending", AnswerField.CHANNELS,
                CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.DRAINS_BUDGET));
    }

    static Recommendation find(List<Recommendation> recommendations, Channel channel) {
        return recommendations.stream().filter(r -> r.channel() == channel).findFirst()
                .orElseThrow(() -> new AssertionError(channel + " not recommended in " + recommendations));
    }
}
