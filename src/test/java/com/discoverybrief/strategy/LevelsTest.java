package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

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
    void aLevelIsFullyReadyWhenEveryRequiredFieldIsKnown() {
        assertThat(Levels.assess(complete().build()).values()).allSatisfy(level -> {
            assertThat(level.readiness()).isEqualTo(100);
            assertThat(level.gaps()).isEmpty();
        });
    }

    @Test
    void treatsDontKnowAsAGapNotAFact() {
        LevelAssessment macro = Levels.assess(complete().withSalesCycle(SalesCycle.UNKNOWN).build(), Level.MACRO);

        assertThat(macro.gaps()).containsExactly(new Gap(AnswerField.SALES_CYCLE));
        assertThat(macro.known()).extracting(Fact::field).doesNotContain(AnswerField.SALES_CYCLE);
        assertThat(macro.readiness()).isEqualTo(5 * 100 / 6);
    }

    @Test
    void neverReachesHundredPercentWhileOneRequiredFieldIsMissing() {
        LevelAssessment micro = Levels.assess(complete().withOnlinePresence(" ").build(), Level.MICRO);

        assertThat(micro.readiness()).isEqualTo(75);
        assertThat(micro.gaps()).containsExactly(new Gap(AnswerField.ONLINE_PRESENCE));
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
