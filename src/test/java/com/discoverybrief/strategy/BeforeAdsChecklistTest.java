package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeforeAdsChecklistTest {

    @Test
    void listsEveryCheckOnceInOrder() {
        assertThat(BeforeAdsChecklist.of(Answers.EMPTY)).extracting(ChecklistItem::check)
                .containsExactly(ChecklistItem.Check.values());
    }

    @Test
    void nothingIsDoneInAnEmptySession() {
        assertThat(BeforeAdsChecklist.of(Answers.EMPTY)).noneMatch(ChecklistItem::done);
    }

    @Test
    void everythingIsDoneForAClientReadyForAds() {
        assertThat(BeforeAdsChecklist.of(complete().build())).allMatch(ChecklistItem::done);
    }

    @Test
    void ticksOffEachCheckFromItsOwnAnswers() {
        Answers answers = complete().withPains(null).withUspClarity(UspClarity.VAGUE)
                .withAnalytics(AnalyticsLevel.PARTLY).withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN)
                .withCustomerBase(CustomerBase.SPREADSHEET).withGrowthHorizon(null)
                .with(AnswerField.SITE, Site.BUSINESS_CARD).with(AnswerField.GROSS_MARGIN, null).build();

        assertThat(BeforeAdsChecklist.of(answers)).noneMatch(ChecklistItem::done);
        assertThat(BeforeAdsChecklist.of(complete().withChannels(List.of()).build()))
                .filteredOn(item -> !item.done()).extracting(ChecklistItem::check)
                .containsExactly(ChecklistItem.Check.LOSING_CHANNELS_MEASURED);
    }

    @Test
    void anAudienceOfEveryoneIsNotADefinedAudienceHoweverMuchIsWritten() {
        Answers answers = complete().with(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVERYONE).build();

        assertThat(BeforeAdsChecklist.isDone(ChecklistItem.Check.AUDIENCE_DEFINED, answers)).isFalse();
    }
}
