package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.base.Messages;
import com.discoverybrief.base.Translations;
import com.discoverybrief.base.ui.TranslationProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The screens and the PDF brief fill a translated text the same way: an apostrophe stays an apostrophe. */
class OneMessageFormatI18nTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final TranslationProvider screens = new TranslationProvider();

    @Test
    void anEnglishTextWithAnApostropheAndAnArgumentReadsTheSameOnScreenAndInThePdf() {
        // java.text.MessageFormat (Vaadin's DefaultI18NProvider) printed "the new markets demand" here
        String onScreen = screens.getTranslation("plan.rule.NEW_MARKET_LEADS", Locale.ENGLISH, 3);
        String inThePdf = BriefText.of(Locale.ENGLISH).get("plan.rule.NEW_MARKET_LEADS", 3);

        assertThat(onScreen).contains("the new market's demand").contains("(week 3)");
        assertThat(inThePdf).isEqualTo(onScreen);
    }

    @Test
    void theDoubledApostropheWorkaroundIsGone() {
        assertThat(screens.getTranslation("wizard.summary.kept", Locale.ENGLISH, "v2"))
                .isEqualTo("Recommendations as of the session's completion (rules v2).");
    }

    @Test
    void everyTextReadsTheSameOnScreenAndInThePdfInBothLanguages() throws IOException {
        Object[] args = {"A", "B", "C", "D", "E", "F"};
        for (Locale locale : Translations.LANGUAGES) {
            BriefText pdf = BriefText.of(locale);
            for (String key : load("translations.properties").stringPropertyNames()) {
                assertThat(screens.getTranslation(key, locale, args)).as("%s %s", locale, key)
                        .isEqualTo(pdf.get(key, args));
            }
        }
    }

    @Test
    void noBundleDoublesAnApostrophe() throws IOException {
        for (String file : List.of("translations.properties", "translations_ru.properties")) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).doesNotContain("''"));
        }
    }

    @Test
    void russianAndEnglishAreProvidedRussianFirstAndEnglishIsTheFallback() {
        assertThat(screens.getProvidedLocales()).containsExactly(RUSSIAN, Locale.ENGLISH);

        Locale before = Locale.getDefault();
        Locale.setDefault(RUSSIAN); // a Russian server must still answer a German browser in English
        try {
            assertThat(screens.getTranslation("wizard.summary.kept", Locale.GERMAN, "v1")).startsWith("Recommendations");
            assertThat(screens.getTranslation("wizard.summary.kept", RUSSIAN, "v1")).startsWith("Рекомендации");
        } finally {
            Locale.setDefault(before);
        }
        assertThat(screens.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!{no.such.key}!");
    }

    @Test
    void anArgumentIsInsertedOnceAndABraceThatIsNoArgumentStays() {
        assertThat(Messages.format("{0} and {1}, {x} {9}", "typed {1}", "two")).isEqualTo("typed {1} and two, {x} {9}");
        assertThat(Messages.format("client's {0}", "goal")).isEqualTo("client's goal");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OneMessageFormatI18nTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
