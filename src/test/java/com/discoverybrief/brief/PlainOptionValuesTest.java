package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.RegulatedCategory;
import com.discoverybrief.strategy.UspClarity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * adv13d finding 53: an option whose label carries examples or a quotation the client never said prints its
 * plain value in the brief; the wizard keeps the examples for the salesperson.
 */
class PlainOptionValuesTest {

    @Test
    void aVagueUspAndARegulatedCategoryPrintNoWordsTheClientDidNotSay() {
        BriefText russian = BriefText.of(BriefFixtures.RUSSIAN);
        BriefText english = BriefText.of(Locale.ENGLISH);

        assertThat(russian.value(UspClarity.VAGUE)).isEqualTo("Размытое");
        assertThat(english.value(UspClarity.VAGUE)).isEqualTo("Vague");
        assertThat(russian.value(RegulatedCategory.OTHER)).isEqualTo("Другое");
        assertThat(english.value(RegulatedCategory.FINANCIAL)).isEqualTo("Financial services");
        // the wizard keeps what helps the salesperson choose
        assertThat(russian.label(UspClarity.VAGUE)).contains("качество и сервис");
        assertThat(russian.label(RegulatedCategory.OTHER)).contains("оружие");
    }
}
