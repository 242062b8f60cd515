package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The UI and the brief explain every reason by its rule, so each rule id needs a sentence in both languages. */
class RuleTranslationsTest {

    @Test
    void ruleIdsAreUnique() {
        assertThat(Rules.IDS).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_ru.properties"})
    void everyRuleIsExplainedInEachLanguage(String bundle) throws IOException {
        Properties texts = load(bundle);

        assertThat(Rules.IDS).allSatisfy(id -> assertThat(texts.getProperty("rule." + id)).as(id).isNotBlank());
        assertThat(texts.stringPropertyNames()).filteredOn(key -> key.startsWith("rule."))
                .containsExactlyInAnyOrderElementsOf(Rules.IDS.stream().map(id -> "rule." + id).toList());
    }

    @Test
    void theRussianExplanationsAreInRussian() throws IOException {
        Properties texts = load("/vaadin-i18n/translations_ru.properties");

        assertThat(Rules.IDS).allSatisfy(id -> assertThat(texts.getProperty("rule." + id)).containsPattern("[а-яё]"));
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RuleTranslationsTest.class.getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
