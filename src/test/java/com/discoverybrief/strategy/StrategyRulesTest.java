package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyRulesTest {

    @Test
    void researchesTheAudienceWhileSegmentsOrPainsAreMissing() {
        assertThat(StrategyRules.AUDIENCE_UNKNOWN.fire(complete().withSegments(null).withPains(" ").build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.channel()).isEqualTo(Channel.AUDIENCE_RESEARCH);
                    assertThat(p.stage()).isEqualTo(Stage.DO_FIRST);
                    assertThat(p.kpi()).isEqualTo(Kpi.SALES_FROM_TARGET_SEGMENTS);
                    assertThat(p.reasons()).containsExactly(Reason.missing("audience-unknown", AnswerField.SEGMENTS),
                            Reason.missing("audience-unknown", AnswerField.PAINS));
                });
        assertThat(StrategyRules.AUDIENCE_UNKNOWN.fire(complete().build())).isEmpty();
    }

    @Test
    void anAudienceOfEveryoneIsNoAudienceHoweverMuchTextTheSegmentsHold() {
        Answers answers = complete().withSegments("Everybody who likes good food")
                .with(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVERYONE).build();

        assertThat(StrategyRules.AUDIENCE_EVERYONE.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.AUDIENCE_RESEARCH);
            assertThat(p.need()).isEqualTo(Need.STRATEGY_GAP);
            assertThat(p.reasons()).containsExactly(
                    Reason.of("audience-everyone", AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVERYONE),
                    Reason.quoting("audience-everyone", AnswerField.SEGMENTS, "Everybody who likes good food"));
        });
    }

    @Test
    void studiesTheBuyingProcessWhenTheClientDoesNotKnowIt() {
        Answers answers = complete().withDecision(DecisionProcess.UNKNOWN).withSalesCycle(SalesCycle.UNKNOWN).build();

        assertThat(StrategyRules.BUYING_PROCESS_UNKNOWN.fire(answers)).singleElement()
                .satisfies(p -> assertThat(p.need()).isEqualTo(Need.GENERIC_GAP));
    }

    @Test
    void positionsTheOfferFirstWhenTheUspIsUnclearMeasuredByConversionNotByADeliverable() {
        Answers answers = complete().withUspClarity(UspClarity.VAGUE).withUsp("Quality and service").build();

        assertThat(StrategyRules.USP_UNCLEAR.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.POSITIONING);
            assertThat(p.kpi()).isEqualTo(Kpi.CONVERSION_RATE);
            assertThat(p.reasons()).containsExactly(Reason.of("usp-unclear", AnswerField.USP_CLARITY, UspClarity.VAGUE),
                    Reason.quoting("usp-unclear", AnswerField.USP, "Quality and service"));
        });
    }

    @Test
    void mapsTheMarketWhenNoCompetitorIsNamedAndPricesWhenThePriceIsUnknown() {
        assertThat(StrategyRules.COMPETITORS_UNKNOWN.fire(complete().withCompetitors(null).build()))
                .extracting(Proposal::channel).containsExactly(Channel.MARKET_ANALYSIS);
        assertThat(StrategyRules.PRICE_UNKNOWN.fire(complete().withPrice(PricePositioning.UNKNOWN).build()))
                .extracting(Proposal::channel).containsExactly(Channel.PRICING);
    }

    @Test
    void worksOutWhatAClientMayCostWhereMoneyIsSpentAndNobodyKnowsWhatASaleEarns() {
        Answers answers = complete().with(AnswerField.AVERAGE_CHECK, null).build();

        assertThat(StrategyRules.ECONOMICS_UNKNOWN.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.UNIT_ECONOMICS);
            assertThat(p.reasons()).containsExactly(Reason.missing("economics-unknown", AnswerField.AVERAGE_CHECK));
        });
        assertThat(StrategyRules.ECONOMICS_UNKNOWN.fire(complete().build())).isEmpty();
    }

    @Test
    void weighsAThinMarginAsABlockerForSpending() {
        Answers answers = complete().with(AnswerField.GROSS_MARGIN, new BigDecimal("12")).build();

        assertThat(StrategyRules.THIN_MARGIN.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.need()).isEqualTo(Need.THIN_MARGIN);
            assertThat(p.reasons()).contains(Reason.quoting("thin-margin", AnswerField.GROSS_MARGIN, "12"));
        });
        assertThat(StrategyRules.THIN_MARGIN.fire(complete().build())).isEqualTo(List.of());
    }
}
