package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.UspClarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerValuesTest {

    @Test
    void channelsInUseSurviveTheStoredForm() {
        List<ChannelUse> uses = List.of(new ChannelUse(CurrentChannel.SMM, ChannelOutcome.DRAINS_BUDGET),
                new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT));

        String stored = AnswerValues.format(uses);

        assertThat(stored).isEqualTo("SMM=DRAINS_BUDGET;REFERRALS=PROFIT");
        assertThat(AnswerValues.parse(AnswerField.CHANNELS, stored)).isEqualTo(uses);
    }

    @Test
    void aChoiceIsStoredAsItsConstantsName() {
        assertThat(AnswerValues.format(UspClarity.VAGUE)).isEqualTo("VAGUE");
        assertThat(AnswerValues.parse(AnswerField.USP_CLARITY, "VAGUE")).isEqualTo(UspClarity.VAGUE);
    }

    @Test
    void refusesValuesAFieldCannotHold() {
        assertThat(AnswerValues.isValid(AnswerField.USP_CLARITY, "MAYBE")).isFalse();
        assertThat(AnswerValues.isValid(AnswerField.CHANNELS, "SMM")).isFalse();
        assertThat(AnswerValues.isValid(AnswerField.CHANNELS, "TV=PROFIT")).isFalse();
        assertThat(AnswerValues.isValid(AnswerField.PAINS, "anything <b>at all</b> 😀")).isTrue();
    }

    @Test
    void emptyMeansNotAnswered() {
        assertThat(AnswerValues.format(List.of())).isNull();
        assertThat(AnswerValues.format("")).isNull();
        assertThat(AnswerValues.parse(AnswerField.CHANNELS, null)).isEqualTo(List.of());
        assertThat(AnswerValues.parse(AnswerField.USP_CLARITY, null)).isNull();
    }
}
