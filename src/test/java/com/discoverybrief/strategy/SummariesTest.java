package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummariesTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void clarifiesTheStrategyWhileTheAudienceOrUspIsUnclear() {
        assertThat(Summaries.focus(complete().withUspClarity(UspClarity.VAGUE).build()))
                .isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
        assertThat(Summaries.focus(complete().withSegments("").build())).isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
    }

    @Test
    void measuresBeforeGrowingWhenAChannelLosesMoneyOrNothingIsMeasured() {
        assertThat(Summaries.focus(complete().withChannel(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET).build()))
                .isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
        assertThat(Summaries.focus(complete().withAnalytics(AnalyticsLevel.NO).build()))
                .isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
    }

    @Test
    void keepsClientsWhenFewComeBack() {
        assertThat(Summaries.focus(complete().withRepeatShare(RepeatShare.LOW).build()))
                .isEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @Test
    void scalesWhatWorksOrElseGrowsAcquisition() {
        assertThat(Summaries.focus(complete().build())).isEqualTo(Summary.Focus.SCALE_WHAT_WORKS);
        assertThat(Summaries.focus(complete().withChannels(java.util.List.of()).build()))
                .isEqualTo(Summary.Focus.GROW_ACQUISITION);
    }

    @Test
    void startsWithTheDoFirstStepsAndPromisesNoMoreThanTheSlowestOfThem() {
        Summary summary = engine.assess(Answers.EMPTY).summary();

        assertThat(summary.firstSteps()).containsExactly(Channel.AUDIENCE_RESEARCH, Channel.MARKET_ANALYSIS,
                Channel.POSITIONING, Channel.ANALYTICS_SETUP);
        assertThat(summary.horizon()).isEqualTo(Horizon.ONE_TO_THREE_MONTHS);
        assertThat(summary.growthGoal()).isNull();
    }

    @Test
    void takesTheTopThreeAsFirstStepsWhenNothingMustBeDoneFirstAndQuotesTheGoal() {
        Assessment assessment = engine.assess(complete().build());

        assertThat(assessment.summary().firstSteps()).containsExactlyElementsOf(
                assessment.recommendations().stream().limit(3).map(Recommendation::channel).toList());
        assertThat(assessment.summary().growthGoal()).isEqualTo("Double the subscribers");
    }
}
