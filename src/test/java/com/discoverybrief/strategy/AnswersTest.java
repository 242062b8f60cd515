package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void readsEveryKindOfAnswerThroughItsTypedAccessor() {
        Answers answers = Answers.builder().businessModel(BusinessModel.B2C)
                .set(AnswerField.SEGMENTS, "Families")
                .set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("9000"))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.SMM, RequestMotive.HUNCH)))
                .evidence(AnswerField.SEGMENTS, Evidence.ASSUMPTION)
                .build();

        assertThat(answers.segments()).isEqualTo("Families");
        assertThat(answers.site()).isEqualTo(Site.CONVERTING);
        assertThat(answers.averageCheck()).isEqualByComparingTo("9000");
        assertThat(answers.requestedChannels()).containsExactly(new ChannelRequest(Channel.SMM, RequestMotive.HUNCH));
        assertThat(answers.evidence(AnswerField.SEGMENTS)).isEqualTo(Evidence.ASSUMPTION);
        assertThat(answers.evidence(AnswerField.SITE)).isEqualTo(Evidence.CLIENT_SAID);
        assertThat(answers.assumptions()).containsExactly(AnswerField.SEGMENTS);
    }

    @Test
    void aFieldNobodyAnsweredReadsAsNotAnswered() {
        assertThat(Answers.EMPTY.isAnswered(AnswerField.PURCHASE_FREQUENCY)).isFalse();
        assertThat(Answers.EMPTY.purchaseFrequency()).isNull();
        assertThat(Answers.EMPTY.channels()).isEmpty();
        assertThat(Answers.EMPTY.valueOf(AnswerField.REQUESTED_CHANNELS)).isEqualTo(List.of());
    }

    @Test
    void blankTextAndEmptyListsMeanNotAnswered() {
        Answers answers = Answers.builder().set(AnswerField.PAINS, " \n").set(AnswerField.CHANNELS, List.of()).build();

        assertThat(answers).isEqualTo(Answers.EMPTY);
    }

    @Test
    void refusesAValueOfTheWrongTypeWhereItIsSet() {
        assertThatThrownBy(() -> Answers.builder().set(AnswerField.SITE, UspClarity.CLEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SITE");
        assertThatThrownBy(() -> Answers.builder().set(AnswerField.CHANNELS, List.of("SMM")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answers.builder().set(AnswerField.AVERAGE_CHECK, 9000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesIntoABuilderToChangeAFewAnswers() {
        Answers answers = AnswersFixtures.complete().build();

        assertThat(answers.toBuilder().build()).isEqualTo(answers);
        assertThat(answers.toBuilder().set(AnswerField.USP, null).build().usp()).isNull();
    }
}
