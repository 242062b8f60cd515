package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcquisitionRulesTest {

    @Test
    void keepsEveryProfitableChannelAtScaleWhenAnalyticsExist() {
        Answers answers = complete().withChannels(List.of())
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET).build();

        List<Proposal> proposals = AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers);

        assertThat(proposals).extracting(Proposal::channel, Proposal::stage).containsExactly(
                tuple(Channel.LOYALTY_BRANDING, Stage.SCALE), tuple(Channel.SEO_CONTENT, Stage.SCALE));
        assertThat(proposals.get(0).reasons()).containsExactly(Reason.of("keep-profitable-channel",
                AnswerField.CHANNELS, CurrentChannel.REFERRALS, ChannelOutcome.PROFIT));
    }

    @Test
    void keepsTestingAProfitableChannelWhileNothingIsMeasured() {
        Answers answers = complete().withAnalytics(AnalyticsLevel.NO).build();

        assertThat(AcquisitionRules.KEEP_PROFITABLE_CHANNEL.fire(answers))
                .extracting(Proposal::channel, Proposal::stage).containsExactly(tuple(Channel.SEO_CONTENT, Stage.TEST));
    }

    @Test
    void continuesEveryCurrentChannelWithTheMatchingCatalogueWork() {
        assertThat(Signals.toCatalogue(CurrentChannel.TARGETED_ADS)).isEqualTo(Channel.TARGETED_ADS);
        assertThat(Signals.toCatalogue(CurrentChannel.SEO_CONTENT)).isEqualTo(Channel.SEO_CONTENT);
        assertThat(Signals.toCatalogue(CurrentChannel.SMM)).isEqualTo(Channel.SMM);
        assertThat(Signals.toCatalogue(CurrentChannel.EMAIL)).isEqualTo(Channel.EMAIL);
        assertThat(Signals.toCatalogue(CurrentChannel.PARTNERS)).isEqualTo(Channel.PARTNER_MARKETING);
        assertThat(Signals.toCatalogue(CurrentChannel.REFERRALS)).isEqualTo(Channel.LOYALTY_BRANDING);
        assertThat(Signals.toCatalogue(CurrentChannel.MARKETPLACES)).isEqualTo(Channel.CONTEXTUAL_ADS);
        assertThat(Signals.toCatalogue(CurrentChannel.COLD_OUTREACH)).isEqualTo(Channel.CRM_MARKETING);
    }

    @Test
    void recommendsContentAndCrmAndOnlyLaterTargetingWhenACommitteeDecides() {
        Answers answers = complete().withDecision(DecisionProcess.COMMITTEE).withSalesCycle(SalesCycle.MONTHS).build();

        List<Proposal> proposals = AcquisitionRules.LONG_DECISION_CYCLE.fire(answers);

        assertThat(proposals).extracting(Proposal::channel, Proposal::stage, Proposal::condition).containsExactly(
                tuple(Channel.SEO_CONTENT, Stage.TEST, null), tuple(Channel.CRM_MARKETING, Stage.TEST, null),
                tuple(Channel.TARGETED_ADS, Stage.TEST, Condition.AFTER_AUDIENCE_RESEARCH));
        assertThat(proposals.get(0).reasons()).containsExactly(
                Reason.of("long-decision-cycle", AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE),
                Reason.of("long-decision-cycle", AnswerField.SALES_CYCLE, SalesCycle.MONTHS));
        assertThat(proposals.get(2).reasons())
                .contains(Reason.quoting("long-decision-cycle", AnswerField.DECISION_MAKERS, "Mothers, 28-40"));
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
    void recommendsContentThatAnswersThePainsWhenClientsCompareBeforeBuying() {
        assertThat(AcquisitionRules.CONSIDERED_PURCHASE.fire(complete().build())).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.SEO_CONTENT);
            assertThat(p.reasons()).containsExactly(
                    Reason.of("considered-purchase", AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED),
                    Reason.quoting("considered-purchase", AnswerField.PAINS, "No time to cook healthy meals"));
        });
        assertThat(AcquisitionRules.CONSIDERED_PURCHASE.fire(complete().withDecision(null).build())).isEmpty();
    }

    @Test
    void testsLocalSearchAdsForABusinessThatServesItsCity() {
        Answers answers = complete().withGeography(Geography.CITY).build();

        assertThat(AcquisitionRules.LOCAL_MARKET.fire(answers)).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.CONTEXTUAL_ADS);
            assertThat(p.stage()).isEqualTo(Stage.TEST);
            assertThat(p.reasons()).containsExactly(new Reason("local-market", AnswerField.SEGMENTS,
                    List.of(Geography.CITY), "Young parents in large cities"));
        });
        assertThat(AcquisitionRules.LOCAL_MARKET.fire(complete().build())).isEmpty();
    }

    @Test
    void turnsWorkingReferralsIntoPartnerAndLoyaltyProgrammes() {
        Answers answers = complete().withChannel(CurrentChannel.REFERRALS, ChannelOutcome.BREAK_EVEN)
                .withLoyalty("Clients bring their friends").build();

        List<Proposal> proposals = AcquisitionRules.REFERRALS_WORK.fire(answers);

        assertThat(proposals).extracting(Proposal::channel)
                .containsExactly(Channel.PARTNER_MARKETING, Channel.LOYALTY_BRANDING);
        assertThat(proposals.get(1).reasons()).containsExactly(
                Reason.of("referrals-work", AnswerField.CHANNELS, CurrentChannel.REFERRALS, ChannelOutcome.BREAK_EVEN),
                Reason.quoting("referrals-work", AnswerField.LOYALTY, "Clients bring their friends"));
        assertThat(AcquisitionRules.REFERRALS_WORK.fire(complete()
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.DRAINS_BUDGET).build())).isEmpty();
    }

    @Test
    void startsWithSearchAndContentWhenAClearOfferHasNoChannelYet() {
        Answers answers = complete().withChannels(List.of()).build();

        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(answers)).extracting(Proposal::channel)
                .containsExactly(Channel.CONTEXTUAL_ADS, Channel.SEO_CONTENT);
        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(answers).get(0).reasons())
                .contains(Reason.missing("no-channels-yet", AnswerField.CHANNELS));
        assertThat(AcquisitionRules.NO_CHANNELS_YET.fire(complete().withChannels(List.of())
                .withUspClarity(UspClarity.VAGUE).build())).isEmpty();
    }
}
