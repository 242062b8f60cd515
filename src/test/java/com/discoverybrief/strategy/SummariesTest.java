package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummariesTest {

    private final StrategyEngine engine = new StrategyEngine();

    private Summary.Focus focus(Answers answers) {
        return engine.assess(answers).summary().focus();
    }

    @Test
    void clarifiesTheStrategyWhileTheAudienceOrUspIsUnclear() {
        assertThat(focus(complete().withUspClarity(UspClarity.VAGUE).build())).isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
        assertThat(focus(complete().withSegments("").build())).isEqualTo(Summary.Focus.CLARIFY_STRATEGY);
    }

    @Test
    void measuresBeforeGrowingWhenAChannelDrainsTheBudget() {
        assertThat(focus(complete().withChannel(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET).build()))
                .isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
    }

    @Test
    void aNamedProblemOutweighsAGenericGap() {
        // clients leave and nothing is measured: the churn is the summary, not "first we set up measurement"
        Answers answers = complete().withAnalytics(AnalyticsLevel.NO).withRepeatShare(RepeatShare.LOW)
                .withChurnReasons("They stop coming after a month").build();

        assertThat(focus(answers)).isEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @Test
    void aOneOffPurchaseGrowsByReputationAndReferralsNotByClientsComingBack() {
        Answers answers = complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .withAnalytics(AnalyticsLevel.PARTLY).withRepeatShare(RepeatShare.LOW)
                .with(AnswerField.REVIEWS, Reviews.FEW).build();

        assertThat(focus(answers)).isEqualTo(Summary.Focus.REPUTATION_AND_REFERRALS);
    }

    @Test
    void badReviewsOfClientsWhoComeBackPutTheReputationFirstWithoutSayingTheyBuyOnce() {
        // adv13e finding 60: a clinic with 60 % regulars and a 2.9 rating was told «ваши клиенты покупают один раз»
        Answers answers = complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR)
                .withRepeatShare(RepeatShare.HIGH).with(AnswerField.REVIEWS, Reviews.BAD).build();

        assertThat(focus(answers)).isEqualTo(Summary.Focus.FIX_REPUTATION);
    }

    @Test
    void earnsMorePerClientWhenThereIsNoRoomForMoreClients() {
        assertThat(focus(complete().with(AnswerField.CAPACITY, Capacity.AT_LIMIT).build()))
                .isEqualTo(Summary.Focus.EARN_MORE_PER_CLIENT);
    }

    @Test
    void scalesWhatWorksOrElseGrowsAcquisition() {
        assertThat(focus(complete().build())).isEqualTo(Summary.Focus.SCALE_WHAT_WORKS);
        assertThat(focus(complete().withChannels(List.of()).withDecision(DecisionProcess.IMPULSE).build()))
                .isEqualTo(Summary.Focus.GROW_ACQUISITION);
    }

    @Test
    void theHorizonIsWhenTheEarliestFirstStepChangesTheBusinessAndFollowsTheSalesCycle() {
        Summary florist = engine.assess(ScenarioRun.answers(
                Scenario.read(Scenario.DIRECTORY.resolve("09-florist-tiny-budget.scenario")))).summary();
        Summary plantMaker = engine.assess(ScenarioRun.answers(
                Scenario.read(Scenario.DIRECTORY.resolve("10-packaging-lines-manufacturer.scenario")))).summary();

        // map listings show in weeks even though reminders to rare buyers take most of a year to read
        assertThat(florist.firstSteps()).contains(Channel.MAP_LISTINGS, Channel.CRM_MARKETING);
        assertThat(florist.horizon()).isEqualTo(Horizon.ONE_TO_THREE_MONTHS);
        // setting up analytics is quick, but a committee buying a line takes more than half a year
        assertThat(plantMaker.firstSteps()).contains(Channel.ANALYTICS_SETUP);
        assertThat(plantMaker.horizon()).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
    }

    @Test
    void startsWithTheFirstNewWork() {
        Summary summary = engine.assess(Answers.EMPTY).summary();

        assertThat(summary.firstSteps()).containsExactly(Channel.AUDIENCE_RESEARCH, Channel.POSITIONING,
                Channel.ANALYTICS_SETUP);
        assertThat(summary.horizon()).isEqualTo(Horizon.ONE_TO_THREE_MONTHS);
        assertThat(summary.growthGoal()).isNull();
    }

    @Test
    void leavesWhatAlreadyPaysOutOfTheFirstStepsAndQuotesTheGoal() {
        Assessment assessment = engine.assess(complete().build());

        assertThat(assessment.summary().firstSteps()).containsExactlyElementsOf(assessment.recommendations().stream()
                .filter(r -> !r.isKept()).limit(3).map(Recommendation::channel).toList());
        assertThat(assessment.summary().growthGoal()).isEqualTo("Double the subscribers");
    }
}
