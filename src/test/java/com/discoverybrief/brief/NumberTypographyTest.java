package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Numbers in each language's typography: English writes "28%" and "1,200 ₽"; Russian "28 %" and
 * "1 200 ₽" with a narrow no-break space (U+202F) before the per cent sign and in the thousands, a
 * no-break space before the rouble sign — the same in every figure and every sentence of the bundle.
 */
class NumberTypographyTest {

    private static final char NARROW = '\u202F';
    private static final char NO_BREAK = '\u00A0';

    @Test
    void aPercentageIsWrittenAsEachLanguageWritesIt() {
        assertThat(AdviceText.of(Locale.ENGLISH).number(BigDecimal.valueOf(28), Unit.PERCENT)).isEqualTo("28%");
        assertThat(AdviceText.of(Locale.ENGLISH).number(new BigDecimal("8.8"), Unit.PERCENT)).isEqualTo("8.8%");
        assertThat(AdviceText.of(BriefFixtures.RUSSIAN).number(BigDecimal.valueOf(28), Unit.PERCENT))
                .isEqualTo("28" + NARROW + "%");
        assertThat(AdviceText.of(BriefFixtures.RUSSIAN).number(new BigDecimal("8.8"), Unit.PERCENT))
                .isEqualTo("8,8" + NARROW + "%");
    }

    @Test
    void otherUnitsFollowTheNumberAfterANoBreakSpace() {
        assertThat(AdviceText.of(Locale.ENGLISH).rubles(1_200_000)).isEqualTo("1,200,000" + NO_BREAK + "₽");
        assertThat(AdviceText.of(BriefFixtures.RUSSIAN).rubles(1_200_000))
                .isEqualTo("1" + NARROW + "200" + NARROW + "000" + NO_BREAK + "₽");
        assertThat(AdviceText.of(Locale.ENGLISH).number(BigDecimal.valueOf(30), Unit.PER_MONTH))
                .isEqualTo("30" + NO_BREAK + "a month");
    }

    /** Every sentence of the bundles with a number or a {placeholder} before a per cent sign. */
    @Test
    void everyPercentageInTheBundlesFollowsItsLanguage() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle russian = bundle(BriefFixtures.RUSSIAN);
        Pattern spacedInEnglish = Pattern.compile("[\\d}][\\s\\u00A0\\u202F]+%");
        Pattern wideInRussian = Pattern.compile("[\\d}]([ \\u00A0]+%|%)");
        english.keySet().forEach(key -> assertThat(english.getString(key)).as(key).doesNotContainPattern(spacedInEnglish));
        russian.keySet().forEach(key -> assertThat(russian.getString(key)).as(key).doesNotContainPattern(wideInRussian));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
