package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementRulesTest {

    @Test
    void setsUpAnalyticsFirstWhenNothingIsMeasured() {
        assertThat(MeasurementRules.NO_ANALYTICS.fire(complete().withAnalytics(AnalyticsLevel.NO).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.channel()).isEqualTo(Channel.ANALYTICS_SETUP);
                    assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
                    assertThat(p.reasons()).containsExactly(
                            Reason.of("no-analytics", AnswerField.ANALYTICS, AnalyticsLevel.NO));
                });
        assertThat(MeasurementRules.NO_ANALYTICS.fire(complete().withAnalytics(null).build())).singleElement()
                .extracting(Proposal::reasons).isEqualTo(List.of(Reason.missing("no-analytics", AnswerField.ANALYTICS)));
        assertThat(MeasurementRules.NO_ANALYTICS.fire(complete().build())).isEmpty();
    }

    @Test
    void completesPartialAnalyticsInTheFirstWeeks() {
        assertThat(MeasurementRules.PARTIAL_ANALYTICS.fire(complete().withAnalytics(AnalyticsLevel.PARTLY).build()))
                .extracting(Proposal::channel, Proposal::stage).containsExactly(tuple(Channel.ANALYTICS_SETUP, Stage.DO_FIRST));
        assertThat(MeasurementRules.PARTIAL_ANALYTICS.fire(complete().build())).isEmpty();
    }

    @Test
    void measuresAndFixesAChannelThatDrainsTheBudgetBeforeAnythingGrows() {
        Answers answers = complete().withAnalytics(AnalyticsLevel.PARTLY)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET).build();

        List<Proposal> proposals = MeasurementRules.MEASURE_BEFORE_SPENDING.fire(answers);

        assertThat(proposals).extracting(Proposal::channel, Proposal::stage, Proposal::need).containsExactly(
                tuple(Channel.ANALYTICS_SETUP, Stage.DO_FIRST, Need.DRAINING_CHANNEL),
                tuple(Channel.OPTIMISATION, Stage.DO_FIRST, Need.DRAINING_CHANNEL));
        assertThat(proposals).allSatisfy(p -> assertThat(p.reasons()).containsExactly(
                Reason.of("measure-before-spending", AnswerField.CHANNELS, CurrentChannel.TARGETED_ADS,
                        ChannelOutcome.DRAINS_BUDGET)));
    }

    @Test
    void atTheLimitOfCapacityADrainingChannelIsSwitchedOffNotTuned() {
        Answers answers = complete().withAnalytics(AnalyticsLevel.PARTLY).with(AnswerField.CAPACITY, Capacity.AT_LIMIT)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET).build();

        assertThat(MeasurementRules.MEASURE_BEFORE_SPENDING.fire(answers)).isEmpty();
        assertThat(MeasurementRules.GROW_WITHOUT_COSTS.fire(answers)).isEmpty();
        assertThat(MeasurementRules.SWITCH_OFF_AT_CAPACITY.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.PRICING);
            assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(p.need()).isEqualTo(Need.AT_CAPACITY);
            assertThat(p.reasons()).containsExactly(Reason.of("switch-off-at-capacity", AnswerField.CHANNELS,
                    CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET));
        });
        assertThat(MeasurementRules.SWITCH_OFF_AT_CAPACITY.fire(complete()
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET).build())).isEmpty();
    }

    @Test
    void measuresAChannelWhoseReturnNobodyKnowsAndKeepsItRunningMeanwhile() {
        Answers unmeasured = complete().withAnalytics(AnalyticsLevel.NO)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN).build();

        assertThat(MeasurementRules.UNMEASURED_CHANNEL.fire(unmeasured)).extracting(Proposal::channel, Proposal::stage)
                .containsExactly(tuple(Channel.ANALYTICS_SETUP, Stage.DO_FIRST));
        assertThat(MeasurementRules.UNMEASURED_CHANNEL.fire(complete().withChannel(CurrentChannel.SMM,
                ChannelOutcome.UNKNOWN).build())).extracting(Proposal::channel).containsExactly(Channel.OPTIMISATION);
        assertThat(MeasurementRules.RUNNING_CHANNEL.fire(unmeasured)).extracting(Proposal::channel, Proposal::stage)
                .containsExactly(tuple(Channel.SMM, Stage.KEEP));
    }

    @Test
    void optimisesLosingChannelsWithoutNewSetupWhenAnalyticsAreInPlace() {
        Answers answers = complete().withChannel(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET).build();

        assertThat(MeasurementRules.MEASURE_BEFORE_SPENDING.fire(answers)).extracting(Proposal::channel)
                .containsExactly(Channel.OPTIMISATION);
        assertThat(MeasurementRules.MEASURE_BEFORE_SPENDING.fire(complete().build())).isEmpty();
    }

    @Test
    void improvesTheConversionOfAChannelThatOnlyPaysForItself() {
        Answers answers = complete().withChannel(CurrentChannel.SMM, ChannelOutcome.BREAK_EVEN).build();

        assertThat(MeasurementRules.BREAK_EVEN_CHANNEL.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.OPTIMISATION);
            assertThat(p.kpi()).isEqualTo(Kpi.CONVERSION_RATE);
            assertThat(p.reasons()).containsExactly(Reason.of("break-even-channel", AnswerField.CHANNELS,
                    CurrentChannel.SMM, ChannelOutcome.BREAK_EVEN));
        });
        assertThat(MeasurementRules.BREAK_EVEN_CHANNEL.fire(complete().build())).isEmpty();
    }

    @Test
    void growsWithoutGrowingCostsWhenThereIsAGoalAndNumbersToWorkFrom() {
        assertThat(MeasurementRules.GROW_WITHOUT_COSTS.fire(complete().build())).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.OPTIMISATION);
            assertThat(p.stage()).isEqualTo(Stage.TEST);
            assertThat(p.reasons()).containsExactly(
                    Reason.quoting("grow-without-costs", AnswerField.GROWTH_GOAL, "Double the subscribers"),
                    Reason.of("grow-without-costs", AnswerField.ANALYTICS, AnalyticsLevel.YES));
        });
        assertThat(MeasurementRules.GROW_WITHOUT_COSTS.fire(complete().withAnalytics(AnalyticsLevel.NO).build()))
                .isEmpty();
    }
}
