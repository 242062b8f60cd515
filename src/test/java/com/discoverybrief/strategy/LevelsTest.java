package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void anEmptySessionIsZeroPercentReadyWithEveryRequiredFieldAsAGap() {
        for (Level level : Level.values()) {
            LevelAssessment assessment = Levels.assess(Answers.EMPTY, level);

            assertThat(assessment.readiness()).isZero();
            assertThat(assessment.known()).isEmpty();
            assertThat(assessment.gaps()).extracting(Gap::field).containsExactlyElementsOf(RequiredFields.of(level));
        }
    }

    @Test
    void aLevelIsFullyReadyWhenEveryRequiredFieldIsKnownAndNothingCapsIt() {
        assertThat(Levels.assess(complete().build()).values()).allSatisfy(level -> {
            assertThat(level.readiness()).isEqualTo(100);
            assertThat(level.gaps()).isEmpty();
            assertThat(level.caps()).isEmpty();
        });
    }

    @Test
    void treatsDontKnowAsAGapNotAFact() {
        LevelAssessment macro = Levels.assess(complete().withSalesCycle(SalesCycle.UNKNOWN).build(), Level.MACRO);

        assertThat(macro.gaps()).containsExactly(new Gap(AnswerField.SALES_CYCLE));
        assertThat(macro.known()).extracting(Fact::field).doesNotContain(AnswerField.SALES_CYCLE);
        assertThat(macro.readiness()).isEqualTo(7 * 100 / 8);
    }

    @Test
    void neverReachesHundredPercentWhileOneRequiredFieldIsMissing() {
        LevelAssessment micro = Levels.assess(complete().with(AnswerField.SITE, null).build(), Level.MICRO);

        assertThat(micro.readiness()).isEqualTo(80);
        assertThat(micro.gaps()).containsExactly(new Gap(AnswerField.SITE));
    }

    @Test
    void aBlurryUspCapsTheMarketingStrategyEvenWhenEveryFieldIsFilled() {
        LevelAssessment meso = Levels.assess(complete().withUspClarity(UspClarity.VAGUE).build(), Level.MESO);

        assertThat(meso.gaps()).isEmpty();
        assertThat(meso.readiness()).isEqualTo(Levels.USP_CAP);
        assertThat(meso.caps()).containsExactly(new Cap(CapReason.USP_BLURRY, Levels.USP_CAP));
    }

    @Test
    void anAudienceOfEveryoneCapsItLowerStill() {
        LevelAssessment meso = Levels.assess(complete().with(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVERYONE)
                .withUspClarity(UspClarity.VAGUE).build(), Level.MESO);

        assertThat(meso.readiness()).isEqualTo(Levels.AUDIENCE_CAP);
        assertThat(meso.caps()).extracting(Cap::reason).containsExactly(CapReason.AUDIENCE_UNDEFINED, CapReason.USP_BLURRY);
    }

    @Test
    void everyOpenBeforeAdsCheckTakesReadinessOffTheOperationalLevelAndIsNamed() {
        Answers answers = complete().with(AnswerField.SITE, Site.BUSINESS_CARD).withCustomerBase(CustomerBase.NONE)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET)
                .withAnalytics(AnalyticsLevel.PARTLY).build();
        LevelAssessment micro = Levels.assess(answers, Level.MICRO);

        assertThat(micro.gaps()).isEmpty();
        assertThat(micro.readiness()).isEqualTo(100 - 4 * Levels.OPEN_CHECK_STEP);
        assertThat(micro.caps()).extracting(Cap::reason).containsExactly(CapReason.SITE_NOT_CAPTURING,
                CapReason.NO_CUSTOMER_BASE, CapReason.DRAINING_UNMEASURED, CapReason.TRACKING_PARTIAL);
        assertThat(BeforeAdsChecklist.of(answers)).filteredOn(item -> !item.done()).hasSize(4);
    }

    @Test
    void aBaseKeptInASpreadsheetIsNamedAsSuchNotAsNoBase() {
        LevelAssessment micro = Levels.assess(complete().withCustomerBase(CustomerBase.SPREADSHEET).build(), Level.MICRO);

        // finding 107: "no customer base is kept" is a wrong fact to a client whose base is a spreadsheet
        assertThat(micro.caps()).extracting(Cap::reason).containsExactly(CapReason.BASE_IN_SPREADSHEET);
        assertThat(micro.readiness()).isEqualTo(100 - Levels.OPEN_CHECK_STEP);
    }

    @Test
    void oneOpenBeforeAdsCheckKeepsTheOperationalLevelBelowHundred() {
        LevelAssessment micro = Levels.assess(complete().with(AnswerField.SITE, Site.NONE).build(), Level.MICRO);

        assertThat(micro.readiness()).isEqualTo(100 - Levels.OPEN_CHECK_STEP);
        assertThat(micro.caps()).containsExactly(new Cap(CapReason.SITE_NOT_CAPTURING, 100 - Levels.OPEN_CHECK_STEP));
    }

    @Test
    void aChannelWhoseReturnIsUnknownIsNoOpenCheckWhileNothingDrains() {
        LevelAssessment micro = Levels.assess(complete().withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN).build(),
                Level.MICRO);

        assertThat(micro.readiness()).isEqualTo(100);
    }

    @Test
    void unknownEconomicsCapTheBusinessStrategy() {
        LevelAssessment macro = Levels.assess(complete().with(AnswerField.GROSS_MARGIN, null).build(), Level.MACRO);

        assertThat(macro.gaps()).isEmpty();
        assertThat(macro.readiness()).isEqualTo(Levels.ECONOMICS_CAP);
    }

    @Test
    void anAssumptionCapsTheLevelItBelongsTo() {
        Answers answers = complete().withEvidence(AnswerField.CHANNELS, Evidence.ASSUMPTION).build();

        assertThat(Levels.assess(answers, Level.MICRO).readiness()).isEqualTo(Levels.ASSUMPTION_CAP);
        assertThat(Levels.assess(answers, Level.MICRO).known()).filteredOn(f -> f.field() == AnswerField.CHANNELS)
                .extracting(Fact::evidence).containsExactly(Evidence.ASSUMPTION);
        assertThat(Levels.assess(answers, Level.MESO).readiness()).isEqualTo(100);
    }

    @Test
    void theRepeatShareIsKnownFromItsPercentageToo() {
        LevelAssessment meso = Levels.assess(complete().withRepeatShare(null)
                .with(AnswerField.REPEAT_PERCENT, new BigDecimal("35")).build(), Level.MESO);

        assertThat(meso.gaps()).isEmpty();
        assertThat(meso.known()).contains(new Fact(AnswerField.REPEAT_PERCENT, List.of(), "35"));
    }

    @Test
    void listsOptionalAnswersAsFactsWithoutRequiringThem() {
        LevelAssessment macro = Levels.assess(complete().withNewMarkets("Kazakhstan").build(), Level.MACRO);

        assertThat(macro.known()).contains(new Fact(AnswerField.NEW_MARKETS, List.of(), "Kazakhstan"));
        assertThat(macro.readiness()).isEqualTo(100);
    }

    @Test
    void statesChoicesAsConstantsAndChannelsAsChannelAndOutcome() {
        Answers answers = complete().withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.UNKNOWN).build();

        assertThat(Levels.assess(answers, Level.MICRO).known()).contains(
                new Fact(AnswerField.CHANNELS, List.of(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT,
                        CurrentChannel.SMM, ChannelOutcome.UNKNOWN), null),
                new Fact(AnswerField.ANALYTICS, List.of(AnalyticsLevel.YES), null));
    }

    @Test
    void requiresOnlyFieldsOfTheLevelItself() {
        for (Level level : Level.values()) {
            assertThat(AnswerField.of(level)).containsAll(RequiredFields.of(level));
        }
    }
}
