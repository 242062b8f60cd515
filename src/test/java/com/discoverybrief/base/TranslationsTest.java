package com.discoverybrief.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every screen and the brief exist in Russian and English: no key may be missing from either. */
class TranslationsTest {

    private static final String ENGLISH = "/vaadin-i18n/translations.properties";
    private static final String RUSSIAN = "/vaadin-i18n/translations_ru.properties";

    @Test
    void russianAndEnglishHaveExactlyTheSameKeys() throws IOException {
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> russian = load(RUSSIAN).stringPropertyNames();

        assertThat(difference(english, russian)).as("keys missing from Russian").isEmpty();
        assertThat(difference(russian, english)).as("keys missing from English").isEmpty();
    }

    @Test
    void noTranslationIsBlank() throws IOException {
        for (String bundle : List.of(ENGLISH, RUSSIAN)) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyQuestionAnswerFieldAndChoiceHasItsTexts() throws IOException {
        Properties english = load(ENGLISH);
        List<String> required = new ArrayList<>();
        for (Question question : Question.values()) {
            Stream.of("title", "ask", "listen", "tip").forEach(part -> required.add("question." + question.name() + "." + part));
        }
        for (AnswerField field : AnswerField.values()) {
            Stream.of("label", "hint", "gap").forEach(part -> required.add("field." + field.name() + "." + part));
            if (field.type().isEnum()) {
                Arrays.stream(field.type().getEnumConstants())
                        .forEach(constant -> required.add(Translations.enumKey((Enum<?>) constant)));
            }
        }

        assertThat(required).allSatisfy(key -> assertThat(english.containsKey(key)).as(key).isTrue());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
