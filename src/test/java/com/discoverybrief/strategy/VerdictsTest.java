package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private final StrategyEngine engine = new StrategyEngine();

    private List<Verdict> verdicts(Answers answers) {
        return engine.assess(answers).verdicts();
    }

    private static Answers asking(AnswersFixtures.Builder builder, Channel channel, RequestMotive motive) {
        return builder.with(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(channel, motive))).build();
    }

    @Test
    void aChannelThatFitsIsRecommendedWithItsPlaceInThePlan() {
        Assessment assessment = engine.assess(asking(complete(), Channel.SMM, RequestMotive.HUNCH));

        Verdict smm = assessment.verdicts().get(0);
        assertThat(smm.kind()).isEqualTo(VerdictKind.RECOMMENDED);
        assertThat(smm.reason()).isEqualTo(VerdictReason.IN_PLAN);
        assertThat(smm.priority()).isEqualTo(InvariantsTest.find(assessment.recommendations(), Channel.SMM).priority());
        assertThat(smm.rule()).isEqualTo("client-asks");
    }

    @Test
    void aChannelWaitingForTheStrategyIsLaterAndSaysWhatItWaitsFor() {
        Verdict smm = verdicts(asking(complete().withUspClarity(UspClarity.VAGUE), Channel.SMM, RequestMotive.COMPETITORS))
                .get(0);

        assertThat(smm.kind()).isEqualTo(VerdictKind.LATER);
        assertThat(smm.condition()).isEqualTo(Condition.AFTER_POSITIONING);
    }

    @Test
    void aLoyaltyProgrammeForAOneOffPurchaseIsNotNowAndTheBriefSaysWhyEvenUnasked() {
        // one-off with no figure saying clients come back (a high repeat share contradicts the tick: finding 57)
        AnswersFixtures.Builder oneOff = complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .withRepeatShare(RepeatShare.LOW);

        assertThat(verdicts(asking(oneOff, Channel.LOYALTY_BRANDING, RequestMotive.COMPETITORS))).containsExactly(
                new Verdict(Channel.LOYALTY_BRANDING, RequestMotive.COMPETITORS, VerdictKind.NOT_NOW,
                        VerdictReason.ONE_OFF_PURCHASES, 0, null, null));
        assertThat(verdicts(oneOff.with(AnswerField.REQUESTED_CHANNELS, null).build())).containsExactly(
                new Verdict(Channel.LOYALTY_BRANDING, null, VerdictKind.NOT_NOW, VerdictReason.ONE_OFF_PURCHASES, 0,
                        null, null));
    }

    @Test
    void aLoyaltyProgrammeAskedForByAClientWhoseClientsComeOnceAYearIsNotNowWithAReminderInstead() {
        AnswersFixtures.Builder yearly = complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.YEARLY);

        assertThat(verdicts(asking(yearly, Channel.LOYALTY_BRANDING, RequestMotive.COMPETITORS))).containsExactly(
                new Verdict(Channel.LOYALTY_BRANDING, RequestMotive.COMPETITORS, VerdictKind.NOT_NOW,
                        VerdictReason.YEARLY_PURCHASES, 0, null, null));
    }

    @Test
    void whatDoesNotFitTheBuyerIsNotNowWithTheReason() {
        AnswersFixtures.Builder b2b = complete().withBusinessModel(BusinessModel.B2B);

        assertThat(verdicts(asking(b2b, Channel.SMM, RequestMotive.COMPETITORS)).get(0).reason())
                .isEqualTo(VerdictReason.NOT_FOR_BUSINESS_BUYERS);
        assertThat(verdicts(asking(complete().withBusinessModel(BusinessModel.B2C), Channel.COLD_OUTREACH,
                RequestMotive.HUNCH)).get(0).reason()).isEqualTo(VerdictReason.NOT_FOR_CONSUMERS);
        assertThat(verdicts(asking(complete().with(AnswerField.CAPACITY, Capacity.AT_LIMIT), Channel.CONTEXTUAL_ADS,
                RequestMotive.HUNCH)).get(0).reason()).isEqualTo(VerdictReason.CAPACITY_AT_LIMIT);
    }

    @Test
    void aChannelThatAlreadyPaysIsRecommendedAsWorking() {
        Verdict seo = verdicts(asking(complete(), Channel.SEO_CONTENT, RequestMotive.DATA)).get(0);

        assertThat(seo.kind()).isEqualTo(VerdictKind.RECOMMENDED);
        assertThat(seo.reason()).isEqualTo(VerdictReason.ALREADY_WORKS);
    }

    @Test
    void aChannelRunningWithoutAKnownReturnIsKeptWhileMeasuredAndGetsMoreOnlyLater() {
        Verdict smm = verdicts(asking(complete().withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN), Channel.SMM,
                RequestMotive.TRIED_BEFORE)).get(0);

        assertThat(smm.kind()).isEqualTo(VerdictKind.LATER);
        assertThat(smm.reason()).isEqualTo(VerdictReason.ALREADY_RUNS);
    }
}
