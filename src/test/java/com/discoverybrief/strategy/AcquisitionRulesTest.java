package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcquisitionRulesTest {

    @Test
    void scalesEveryProfitableChannelThatIsMeasuredAndKeepsItOtherwise() {
        Answers answers = complete().withChannels(List.of())
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET).build();

        List<Proposal> proposals = AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers);

        assertThat(proposals).extracting(Proposal::channel, Proposal::stage).containsExactly(
                tuple(Channel.REFERRAL_PROGRAMME, Stage.SCALE), tuple(Channel.SEO_CONTENT, Stage.SCALE));
        assertThat(proposals.get(0).reasons()).containsExactly(Reason.of("keep-profitable-channel",
                AnswerField.CHANNELS, CurrentChannel.REFERRALS, ChannelOutcome.PROFIT));
        assertThat(AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(complete().withAnalytics(AnalyticsLevel.NO).build()))
                .extracting(Proposal::channel, Proposal::stage).containsExactly(tuple(Channel.SEO_CONTENT, Stage.KEEP));
    }

    @Test
    void aChannelSaidToPayIsKeptNotScaledAndVerifiedWhenTheClientsOwnNumbersSayAClientCostsMoreThanItBrings() {
        // a lead costs 1 800 and converts at 12 %: a client costs 15 000, but brings 4 900 × 80 % once
        Answers answers = complete().withChannels(List.of())
                .withChannel(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)
                .with(AnswerField.AVERAGE_CHECK, new BigDecimal("4900")).with(AnswerField.GROSS_MARGIN, new BigDecimal("80"))
                .with(AnswerField.COST_PER_LEAD, new BigDecimal("1800"))
                .with(AnswerField.LEAD_CONVERSION, new BigDecimal("12")).build();

        assertThat(Signals.numbersDisputeProfit(answers)).isTrue();
        assertThat(AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Stage.KEEP);
            assertThat(p.reasons()).contains(Reason.quoting("numbers-disagree", AnswerField.COST_PER_LEAD, "1800"));
        });
        Assessment assessment = new StrategyEngine().assess(answers);
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.CONTEXTUAL_ADS).singleElement()
                .satisfies(r -> assertThat(r.verify()).contains(AnswerField.CHANNELS));
        // at a conversion of 40 % a client costs 4 500 and the claim stands
        assertThat(Signals.numbersDisputeProfit(answers.toBuilder()
                .set(AnswerField.LEAD_CONVERSION, new BigDecimal("40")).build())).isFalse();
    }

    @Test
    void continuesEveryCurrentChannelWithItsOwnCatalogueWork() {
        for (CurrentChannel current : CurrentChannel.values()) {
            assertThat(Signals.toCatalogue(current).group()).as(current.name()).isIn(Channel.Group.ACQUISITION,
                    Channel.Group.RETENTION);
        }
        assertThat(Signals.toCatalogue(CurrentChannel.REFERRALS)).isEqualTo(Channel.REFERRAL_PROGRAMME);
        assertThat(Signals.toCatalogue(CurrentChannel.MARKETPLACES)).isEqualTo(Channel.MARKETPLACES);
        assertThat(Signals.toCatalogue(CurrentChannel.COLD_OUTREACH)).isEqualTo(Channel.COLD_OUTREACH);
        assertThat(Signals.toCatalogue(CurrentChannel.OFFLINE_ADS)).isEqualTo(Channel.OFFLINE_ADS);
        assertThat(Signals.toCatalogue(CurrentChannel.EVENTS)).isEqualTo(Channel.EVENTS);
    }

    @Test
    void warmsUpLeadsForMonthsAndApproachesNamedBusinessBuyersWhenACommitteeDecides() {
        Answers answers = complete().withBusinessModel(BusinessModel.B2B).withDecision(DecisionProcess.COMMITTEE)
                .withSalesCycle(SalesCycle.MONTHS).build();

        List<Proposal> proposals = AcquisitionRules.LONG_DECISION_CYCLE.fire(answers);

        assertThat(proposals).extracting(Proposal::channel).containsExactly(Channel.LEAD_NURTURING,
                Channel.SEO_CONTENT, Channel.COLD_OUTREACH);
        assertThat(proposals.get(0).reasons()).containsExactly(
                Reason.of("long-decision-cycle", AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE),
                Reason.of("long-decision-cycle", AnswerField.SALES_CYCLE, SalesCycle.MONTHS));
        assertThat(proposals).extracting(Proposal::channel).doesNotContain(Channel.TARGETED_ADS);
        assertThat(AcquisitionRules.LONG_DECISION_CYCLE.fire(complete().build())).isEmpty();
    }

    @Test
    void testsSocialMediaAndTargetedAdsWhenConsumersBuyOnImpulse() {
        Answers answers = complete().withDecision(DecisionProcess.IMPULSE).build();

        assertThat(AcquisitionRules.IMPULSE_PURCHASE.fire(answers)).extracting(Proposal::channel, Proposal::stage)
                .containsExactly(tuple(Channel.SMM, Stage.TEST), tuple(Channel.TARGETED_ADS, Stage.TEST));
        assertThat(AcquisitionRules.IMPULSE_PURCHASE.fire(complete().withDecision(DecisionProcess.IMPULSE)
                .withBusinessModel(BusinessModel.B2B).build())).isEmpty();
    }

    @Test
    void recommendsContentThatAnswersThePainsWhenClientsCompareAcrossTheCountry() {
        assertThat(AcquisitionRules.CONSIDERED_PURCHASE.fire(complete().build())).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.SEO_CONTENT);
            assertThat(p.reasons()).containsExactly(
                    Reason.of("considered-purchase", AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED),
                    Reason.quoting("considered-purchase", AnswerField.PAINS, "No time to cook healthy meals"));
        });
        assertThat(AcquisitionRules.CONSIDERED_PURCHASE.fire(complete().withGeography(Geography.CITY).build())).isEmpty();
    }

    @Test
    void testsLocalSearchAdsForAConsumerBusinessInOneCity() {
        Answers answers = complete().withGeography(Geography.CITY).build();

        assertThat(AcquisitionRules.LOCAL_MARKET.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.CONTEXTUAL_ADS);
            // the city is a fact of the session's header, printed in the client's line: the reason quotes who
            // the local ads reach, never "Segments: One city"
            assertThat(p.reasons()).containsExactly(
                    Reason.quoting("local-market", AnswerField.SEGMENTS, "Young parents in large cities"));
        });
        // when the client said their customers search for them, that is what search ads rely on
        assertThat(AcquisitionRules.LOCAL_MARKET.fire(complete().withGeography(Geography.CITY)
                .with(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.THEY_SEARCH).build()))
                .singleElement().satisfies(p -> assertThat(p.reasons()).containsExactly(
                        Reason.of("local-market", AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.THEY_SEARCH),
                        Reason.quoting("local-market", AnswerField.SEGMENTS, "Young parents in large cities")));
        assertThat(AcquisitionRules.LOCAL_MARKET.fire(complete().build())).isEmpty();
        assertThat(AcquisitionRules.LOCAL_MARKET.fire(complete().withGeography(Geography.CITY)
                .withBusinessModel(BusinessModel.B2B).build())).isEmpty();
    }

    @Test
    void turnsWorkingReferralsIntoAProgrammeAndPartnersIntoASystem() {
        Answers answers = complete().withChannel(CurrentChannel.REFERRALS, ChannelOutcome.BREAK_EVEN)
                .withChannel(CurrentChannel.PARTNERS, ChannelOutcome.PROFIT).build();

        assertThat(AcquisitionRules.REFERRALS_WORK.fire(answers)).extracting(Proposal::channel)
                .containsExactly(Channel.REFERRAL_PROGRAMME, Channel.PARTNER_MARKETING);
        assertThat(AcquisitionRules.REFERRALS_WORK.fire(complete()
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.DRAINS_BUDGET).build())).isEmpty();
    }

    @Test
    void startsWithSearchWhenAClearOfferHasNoChannelYetAndWithDirectSalesForBusinesses() {
        Answers answers = complete().withChannels(List.of()).build();

        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(answers)).extracting(Proposal::channel)
                .containsExactly(Channel.CONTEXTUAL_ADS, Channel.SEO_CONTENT);
        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(complete().withChannels(List.of())
                .withBusinessModel(BusinessModel.B2B).build())).extracting(Proposal::channel)
                .containsExactly(Channel.COLD_OUTREACH);
        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(complete().withChannels(List.of())
                .withUspClarity(UspClarity.VAGUE).build())).isEmpty();
    }

    @Test
    void testsWhatTheClientAsksForWeighedByWhyTheyAsk() {
        Answers answers = complete().with(AnswerField.REQUESTED_CHANNELS, List.of(
                new ChannelRequest(Channel.SMM, RequestMotive.COMPETITORS),
                new ChannelRequest(Channel.MARKETPLACES, RequestMotive.DATA))).build();

        List<Proposal> proposals = AcquisitionRules.CLIENT_ASKS.fire(answers);

        assertThat(proposals).extracting(Proposal::channel, Proposal::need).containsExactly(
                tuple(Channel.SMM, Need.CLIENT_IDEA), tuple(Channel.MARKETPLACES, Need.CLIENT_DATA));
        assertThat(proposals.get(0).reasons()).containsExactly(Reason.of("client-asks", AnswerField.REQUESTED_CHANNELS,
                Channel.SMM, RequestMotive.COMPETITORS));
    }
}
