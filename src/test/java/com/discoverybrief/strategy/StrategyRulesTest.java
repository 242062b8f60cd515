package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.answers;
import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyRulesTest {

    @Test
    void recommendsAudienceResearchFirstCitingEachMissingAudienceAnswer() {
        List<Proposal> proposals = StrategyRules.AUDIENCE_UNKNOWN.fire(answers().withSegments("Young parents").build());

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.AUDIENCE_RESEARCH);
            assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(p.reasons()).containsExactly(Reason.missing("audience-unknown", AnswerField.PAINS));
        });
    }

    @Test
    void staysSilentAboutTheAudienceOnceSegmentsAndPainsAreKnown() {
        assertThat(StrategyRules.AUDIENCE_UNKNOWN.fire(complete().build())).isEmpty();
    }

    @Test
    void researchesTheBuyingProcessWhenTheClientCannotSayHowCustomersDecide() {
        Answers answers = complete().withDecision(DecisionProcess.UNKNOWN).withSalesCycle(SalesCycle.UNKNOWN).build();

        assertThat(StrategyRules.BUYING_PROCESS_UNKNOWN.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.AUDIENCE_RESEARCH);
            assertThat(p.reasons()).containsExactly(
                    Reason.of("buying-process-unknown", AnswerField.DECISION_PROCESS, DecisionProcess.UNKNOWN),
                    Reason.of("buying-process-unknown", AnswerField.SALES_CYCLE, SalesCycle.UNKNOWN));
        });
        assertThat(StrategyRules.BUYING_PROCESS_UNKNOWN.fire(complete().build())).isEmpty();
    }

    @Test
    void recommendsPositioningWhenUspIsVagueQuotingTheClientsOwnWords() {
        Answers answers = complete().withUspClarity(UspClarity.VAGUE).withUsp("Good quality, fair prices").build();

        assertThat(StrategyRules.USP_UNCLEAR.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.POSITIONING);
            assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(p.reasons()).containsExactly(
                    Reason.of("usp-unclear", AnswerField.USP_CLARITY, UspClarity.VAGUE),
                    Reason.quoting("usp-unclear", AnswerField.USP, "Good quality, fair prices"));
        });
    }

    @Test
    void recommendsPositioningWhenTheUspWasNeverDiscussed() {
        assertThat(StrategyRules.USP_UNCLEAR.fire(Answers.EMPTY)).singleElement()
                .extracting(Proposal::reasons).isEqualTo(List.of(Reason.missing("usp-unclear", AnswerField.USP_CLARITY)));
        assertThat(StrategyRules.USP_UNCLEAR.fire(complete().build())).isEmpty();
    }

    @Test
    void mapsTheMarketFirstWhenNoCompetitorIsNamed() {
        assertThat(StrategyRules.COMPETITORS_UNKNOWN.fire(complete().withCompetitors("  ").build())).singleElement()
                .satisfies(p -> {
                    assertThat(p.channel()).isEqualTo(Channel.MARKET_ANALYSIS);
                    assertThat(p.reasons()).containsExactly(Reason.missing("competitors-unknown", AnswerField.COMPETITORS));
                });
        assertThat(StrategyRules.COMPETITORS_UNKNOWN.fire(complete().build())).isEmpty();
    }

    @Test
    void recommendsPricingWhenTheClientDoesNotKnowWhereItsPriceSits() {
        Answers answers = complete().withPrice(PricePositioning.UNKNOWN).build();

        assertThat(StrategyRules.PRICE_UNKNOWN.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.PRICING);
            assertThat(p.kpi()).isEqualTo(Kpi.MARGIN_PER_SALE);
            assertThat(p.reasons()).containsExactly(Reason.of("price-unknown", AnswerField.PRICE_POSITIONING, PricePositioning.UNKNOWN));
        });
        assertThat(StrategyRules.PRICE_UNKNOWN.fire(complete().withPrice(null).build())).isEmpty();
    }

    @Test
    void analysesANewMarketAndItsPeopleBeforeEnteringIt() {
        Answers answers = complete().withNewMarkets("Kazakhstan").build();

        assertThat(StrategyRules.NEW_MARKETS_WANTED.fire(answers))
                .extracting(Proposal::channel, Proposal::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Channel.MARKET_ANALYSIS, Stage.DO_FIRST),
                        org.assertj.core.groups.Tuple.tuple(Channel.AUDIENCE_RESEARCH, Stage.DO_FIRST));
        assertThat(StrategyRules.NEW_MARKETS_WANTED.fire(answers)).allSatisfy(p -> assertThat(p.reasons())
                .containsExactly(Reason.quoting("new-markets", AnswerField.NEW_MARKETS, "Kazakhstan")));
        assertThat(StrategyRules.NEW_MARKETS_WANTED.fire(complete().build())).isEmpty();
    }
}
