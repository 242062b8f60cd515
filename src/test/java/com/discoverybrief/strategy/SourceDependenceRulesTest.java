package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One client or one platform bringing half of the orders: the risk is named and a second source sought. */
class SourceDependenceRulesTest {

    /** A handyman service: nine orders in ten from one service board, not on the maps, a base in a spreadsheet. */
    static Answers handymanOnOnePlatform() {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "Владельцы квартир в спальных районах")
                .set(AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_PLATFORM)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT)))
                .set(AnswerField.MAPS, MapListings.NONE)
                .set(AnswerField.REVIEWS, Reviews.GOOD)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)
                .build();
    }

    @Test
    void onePlatformBringingHalfTheOrdersGetsChannelsOfTheClientsOwnBesideItEachSayingWhy() {
        List<Proposal> proposals = CircumstanceRules.ONE_PLATFORM_DEPENDENCE.fire(handymanOnOnePlatform());

        assertThat(proposals).extracting(Proposal::channel)
                .containsExactly(Channel.MAP_LISTINGS, Channel.REFERRAL_PROGRAMME, Channel.CRM_MARKETING);
        assertThat(proposals).allSatisfy(p -> assertThat(p.reasons())
                .contains(Reason.of("one-platform-dependence", AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_PLATFORM)));
        assertThat(CircumstanceRules.ONE_CLIENT_DEPENDENCE.fire(handymanOnOnePlatform())).isEmpty();
    }

    @Test
    void oneClientBringingHalfTheOrdersOfABusinessSupplierGetsOutreachWithItsReferenceAndPartners() {
        Answers cleaning = handymanOnOnePlatform().toBuilder().businessModel(BusinessModel.B2B)
                .set(AnswerField.SOURCE_DEPENDENCE, SourceDependence.ONE_CLIENT).build();

        assertThat(CircumstanceRules.ONE_CLIENT_DEPENDENCE.fire(cleaning)).extracting(Proposal::channel)
                .containsExactly(Channel.COLD_OUTREACH, Channel.PARTNER_MARKETING);
        // a consumer business is not cold-called
        assertThat(CircumstanceRules.ONE_CLIENT_DEPENDENCE.fire(cleaning.toBuilder().businessModel(BusinessModel.B2C)
                .build())).extracting(Proposal::channel).containsExactly(Channel.PARTNER_MARKETING);
    }

    @Test
    void theEngineNamesTheDependenceInTheReasonsOfItsAdvice() {
        Assessment assessment = new StrategyEngine().assess(handymanOnOnePlatform());

        assertThat(assessment.recommendations()).flatExtracting(Recommendation::reasons).extracting(Reason::rule)
                .contains("one-platform-dependence");
    }

    @Test
    void ordersFromManySourcesOrNoAnswerNameNoDependence() {
        for (SourceDependence spread : new SourceDependence[] {SourceDependence.SPREAD, SourceDependence.UNKNOWN, null}) {
            Answers answers = handymanOnOnePlatform().toBuilder().set(AnswerField.SOURCE_DEPENDENCE, spread).build();
            assertThat(CircumstanceRules.ONE_PLATFORM_DEPENDENCE.fire(answers)).isEmpty();
            assertThat(CircumstanceRules.ONE_CLIENT_DEPENDENCE.fire(answers)).isEmpty();
            assertThat(new StrategyEngine().assess(answers).recommendations()).flatExtracting(Recommendation::reasons)
                    .extracting(Reason::rule).doesNotContain("one-platform-dependence", "one-client-dependence");
        }
    }
}
