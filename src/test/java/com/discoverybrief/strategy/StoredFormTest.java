package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredFormTest {

    @Test
    void numbersAreStoredInPlainDecimalNotation() {
        assertThat(StoredForm.format(new BigDecimal("1.2E+4"))).isEqualTo("12000");
        assertThat(StoredForm.parse(AnswerField.LEAD_CONVERSION, "2.5")).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void refusesNumbersOutsideTheirSaneRangeOrWithTooManyDecimals() {
        assertThat(StoredForm.isValid(AnswerField.GROSS_MARGIN, "120")).isFalse();
        assertThat(StoredForm.isValid(AnswerField.AVERAGE_CHECK, "0")).isFalse();
        assertThat(StoredForm.isValid(AnswerField.AVERAGE_CHECK, "10.5")).isFalse();
        assertThat(StoredForm.isValid(AnswerField.LEAD_CONVERSION, "2.25")).isFalse();
        assertThat(StoredForm.isValid(AnswerField.LEADS_PER_MONTH, "twelve")).isFalse();
        assertThat(StoredForm.isValid(AnswerField.MONTHLY_BUDGET, "0")).isTrue();
    }

    @Test
    void requestedChannelsSurviveTheStoredForm() {
        List<ChannelRequest> requests = List.of(new ChannelRequest(Channel.SMM, RequestMotive.COMPETITORS),
                new ChannelRequest(Channel.WEBSITE, RequestMotive.HUNCH));

        String stored = StoredForm.format(requests);

        assertThat(stored).isEqualTo("SMM=COMPETITORS;WEBSITE=HUNCH");
        assertThat(StoredForm.parse(AnswerField.REQUESTED_CHANNELS, stored)).isEqualTo(requests);
        assertThat(StoredForm.isValid(AnswerField.REQUESTED_CHANNELS, "SMM=PROFIT")).isFalse();
    }

    @Test
    void anOldSessionWithoutTheNewFieldsReadsThemAsNotAnswered() {
        Map<AnswerField, String> stored = Map.of(AnswerField.USP_CLARITY, "VAGUE", AnswerField.CHANNELS, "SMM=PROFIT");

        Answers answers = StoredForm.read(Answers.builder(), stored).build();

        assertThat(answers.uspClarity()).isEqualTo(UspClarity.VAGUE);
        assertThat(answers.site()).isNull();
        assertThat(answers.purchaseFrequency()).isNull();
        assertThat(answers.requestedChannels()).isEmpty();
    }

    @Test
    void aStoredValueNoFieldCanHoldAnyMoreIsLeftOutRatherThanBreakingTheSession() {
        Answers answers = StoredForm.read(Answers.builder(), Map.of(AnswerField.SITE, "HOLOGRAM")).build();

        assertThat(answers.isAnswered(AnswerField.SITE)).isFalse();
    }
}
