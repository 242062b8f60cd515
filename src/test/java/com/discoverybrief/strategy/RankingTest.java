package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final Reason SEGMENTS = Reason.missing("a", AnswerField.SEGMENTS);
    private static final Reason PAINS = Reason.missing("b", AnswerField.PAINS);
    private static final Reason USP = Reason.missing("c", AnswerField.USP);

    @Test
    void mergesProposalsForOneChannelKeepingEveryReasonTheEarliestStageAndTheHeaviestNeed() {
        Map<Channel, Draft> drafts = Ranking.merge(List.of(
                Proposal.test(Channel.SMM, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.CLIENT_IDEA, List.of(PAINS)),
                Proposal.keep(Channel.SMM, Stage.KEEP, Kpi.ENGAGED_AUDIENCE_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                        List.of(SEGMENTS)),
                Proposal.test(Channel.SMM, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.NEW_MARKET,
                        List.of(USP, SEGMENTS))));

        Draft smm = drafts.get(Channel.SMM);

        assertThat(smm.stage()).isEqualTo(Stage.KEEP);
        assertThat(smm.kpi()).isEqualTo(Kpi.ENGAGED_AUDIENCE_AND_LEADS);
        assertThat(smm.need()).isEqualTo(Need.NEW_MARKET);
        assertThat(smm.reasons()).containsExactly(PAINS, SEGMENTS, USP);
    }

    @Test
    void weighsNeedsInsteadOfCountingReasons() {
        List<Draft> ranked = Ranking.order(Ranking.merge(List.of(
                Proposal.doFirst(Channel.MARKET_ANALYSIS, Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS,
                        Need.GENERIC_GAP, List.of(SEGMENTS, PAINS, USP)),
                Proposal.doFirst(Channel.ONBOARDING_CHURN, Kpi.RETENTION_RATE, Horizon.THREE_TO_SIX_MONTHS, Need.CHURN,
                        List.of(SEGMENTS)))).values());

        assertThat(ranked).extracting(Draft::channel).containsExactly(Channel.ONBOARDING_CHURN, Channel.MARKET_ANALYSIS);
    }

    @Test
    void ordersNamedProblemsThenWhatPaysThenTheRestOfTheFirstWorkThenRunningChannelsThenTests() {
        Map<Channel, Draft> drafts = Ranking.merge(List.of(
                Proposal.test(Channel.TARGETED_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, Need.GROWTH, List.of(SEGMENTS)),
                Proposal.test(Channel.EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, Need.CHURN, List.of(SEGMENTS)),
                Proposal.keep(Channel.SEO_CONTENT, Stage.KEEP, Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                        List.of(SEGMENTS)),
                new Proposal(Channel.SMM, Stage.KEEP, Kpi.ENGAGED_AUDIENCE_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS,
                        Need.RUNNING, List.of(SEGMENTS)),
                Proposal.doFirst(Channel.PRICING, Kpi.MARGIN_PER_SALE, Horizon.TWO_TO_FOUR_WEEKS, Need.GENERIC_GAP,
                        List.of(SEGMENTS)),
                Proposal.doFirst(Channel.POSITIONING, Kpi.CONVERSION_RATE, Horizon.TWO_TO_FOUR_WEEKS, Need.STRATEGY_GAP,
                        List.of(SEGMENTS)),
                Proposal.doFirst(Channel.OPTIMISATION, Kpi.COST_PER_ACQUISITION, Horizon.TWO_TO_FOUR_WEEKS,
                        Need.DRAINING_CHANNEL, List.of(SEGMENTS))));
        drafts.get(Channel.SEO_CONTENT).markProfitable();

        List<Recommendation> ranked = Ranking.prioritise(Ranking.order(drafts.values()));

        assertThat(ranked).extracting(Recommendation::channel).containsExactly(
                Channel.OPTIMISATION, // a named problem that costs money now
                Channel.SEO_CONTENT, // what already pays
                Channel.POSITIONING, // a blocker
                Channel.PRICING, // a generic gap
                Channel.SMM, // running without a known return: kept while measured
                Channel.EMAIL, // tests: the heaviest need first
                Channel.TARGETED_ADS);
        assertThat(ranked).extracting(Recommendation::priority).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void placesWhatAToolWaitsForAboveItWhateverTheNeedAndSaysSo() {
        Map<Channel, Draft> drafts = Ranking.merge(List.of(
                Proposal.doFirst(Channel.OPTIMISATION, Kpi.COST_PER_ACQUISITION, Horizon.TWO_TO_FOUR_WEEKS,
                        Need.DRAINING_CHANNEL, List.of(SEGMENTS)),
                Proposal.doFirst(Channel.POSITIONING, Kpi.CONVERSION_RATE, Horizon.TWO_TO_FOUR_WEEKS, Need.STRATEGY_GAP,
                        List.of(USP)),
                Proposal.doFirst(Channel.ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE, Horizon.TWO_TO_FOUR_WEEKS,
                        Need.NO_MEASUREMENT, List.of(PAINS))));
        drafts.get(Channel.OPTIMISATION).requires(Channel.POSITIONING);
        drafts.get(Channel.OPTIMISATION).requires(Channel.ANALYTICS_SETUP);

        List<Recommendation> ranked = Ranking.prioritise(Ranking.order(drafts.values()));

        assertThat(ranked).extracting(Recommendation::channel)
                .containsExactly(Channel.POSITIONING, Channel.ANALYTICS_SETUP, Channel.OPTIMISATION);
        assertThat(ranked.get(2).prerequisites()).containsExactly(Channel.POSITIONING, Channel.ANALYTICS_SETUP);
        assertThat(ranked.get(2).condition()).contains(Condition.AFTER_ANALYTICS_SETUP);
    }
}
