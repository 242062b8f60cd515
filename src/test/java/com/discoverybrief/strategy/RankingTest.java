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
    void mergesProposalsForOneChannelKeepingEveryReasonAndTheEarliestStage() {
        Map<Channel, Draft> drafts = Ranking.merge(List.of(
                Proposal.scale(Channel.SMM, Kpi.ENGAGED_AUDIENCE_AND_LEADS, Horizon.ONE_TO_THREE_MONTHS, List.of(SEGMENTS)),
                Proposal.test(Channel.SMM, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, List.of(PAINS, SEGMENTS))));

        Recommendation smm = drafts.get(Channel.SMM).toRecommendation(1);

        assertThat(smm.stage()).isEqualTo(Stage.TEST);
        assertThat(smm.kpi()).isEqualTo(Kpi.COST_PER_LEAD);
        assertThat(smm.reasons()).containsExactly(SEGMENTS, PAINS);
    }

    @Test
    void keepsAConditionOfferedAtTheWinningStage() {
        Map<Channel, Draft> drafts = Ranking.merge(List.of(
                Proposal.test(Channel.EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, List.of(SEGMENTS)),
                Proposal.test(Channel.EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, List.of(PAINS))
                        .after(Condition.AFTER_CUSTOMER_BASE)));

        assertThat(drafts.get(Channel.EMAIL).condition()).isEqualTo(Condition.AFTER_CUSTOMER_BASE);
    }

    @Test
    void ordersByStageThenProcessThenNumberOfReasonsThenCatalogue() {
        List<Recommendation> ranked = Ranking.prioritise(Ranking.merge(List.of(
                Proposal.test(Channel.TARGETED_ADS, Kpi.COST_PER_LEAD, Horizon.TWO_TO_FOUR_WEEKS, List.of(SEGMENTS)),
                Proposal.test(Channel.EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, List.of(SEGMENTS)),
                Proposal.scale(Channel.POSITIONING, Kpi.USP_TESTED_WITH_CLIENTS, Horizon.TWO_TO_FOUR_WEEKS,
                        List.of(SEGMENTS)),
                Proposal.doFirst(Channel.CRM_MARKETING, Kpi.CUSTOMER_LIFETIME_VALUE, Horizon.TWO_TO_FOUR_WEEKS,
                        List.of(SEGMENTS, PAINS)),
                Proposal.doFirst(Channel.OPTIMISATION, Kpi.CONVERSION_RATE, Horizon.TWO_TO_FOUR_WEEKS, List.of(SEGMENTS)),
                Proposal.doFirst(Channel.PRICING, Kpi.MARGIN_PER_SALE, Horizon.TWO_TO_FOUR_WEEKS, List.of(SEGMENTS)),
                Proposal.doFirst(Channel.ANALYTICS_SETUP, Kpi.CHANNELS_WITH_KNOWN_CAC, Horizon.TWO_TO_FOUR_WEEKS,
                        List.of(SEGMENTS, PAINS, USP)),
                Proposal.doFirst(Channel.MARKET_ANALYSIS, Kpi.SHARE_OF_MARKET_MAPPED, Horizon.TWO_TO_FOUR_WEEKS,
                        List.of(SEGMENTS)))).values());

        assertThat(ranked).extracting(Recommendation::channel).containsExactly(
                Channel.ANALYTICS_SETUP, // do first, strategy, three reasons
                Channel.MARKET_ANALYSIS, // do first, strategy, one reason, earlier in the catalogue than pricing
                Channel.PRICING,
                Channel.CRM_MARKETING, // do first: keeping clients comes before optimising spend
                Channel.OPTIMISATION,
                Channel.EMAIL, // test: keeping clients before finding new ones
                Channel.TARGETED_ADS,
                Channel.POSITIONING); // scale comes last whatever the process
        assertThat(ranked).extracting(Recommendation::priority).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }
}
