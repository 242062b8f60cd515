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
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(Rules.IDS.stream(),
                        Rules.RETIRED_IDS.stream()).map(id -> "rule." + id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_ru.properties"})
    void everyVerdictEveryCapAndEveryKpiHasItsWordsInEachLanguage(String bundle) throws IOException {
        Properties texts = load(bundle);

        for (VerdictReason reason : VerdictReason.values()) {
            assertThat(texts.getProperty("enum.VerdictReason." + reason.name())).as(reason.name()).isNotBlank();
            if (reason != VerdictReason.IN_PLAN && reason != VerdictReason.ALREADY_WORKS) {
                assertThat(texts.getProperty("verdict.change." + reason.name())).as(reason.name()).isNotBlank();
            }
        }
        for (Kpi kpi : Kpi.values()) {
            assertThat(texts.getProperty("enum.Kpi." + kpi.name())).as(kpi.name()).isNotBlank();
            assertThat(texts.getProperty("plan.rule." + kpi.name())).as(kpi.name()).contains("{0}");
        }
        java.util.stream.Stream.of(VerdictKind.values(), CapReason.values(), Channel.values(), Stage.values(),
                Condition.values(), Summary.Focus.values(), ChecklistItem.Check.values(), PlannedTest.Kind.values(),
                Evidence.values(), Unit.values(), RequestMotive.values()).flatMap(java.util.Arrays::stream)
                .forEach(constant -> assertThat(texts.getProperty("enum." + constant.getDeclaringClass().getSimpleName()
                        + "." + constant.name())).as(constant.toString()).isNotBlank());
        for (Summary.Focus focus : Summary.Focus.values()) {
            assertThat(texts.getProperty("summary.focus." + focus.name())).as(focus.name()).isNotBlank();
        }
    }

    @Test
    void groupNamesAreNotChannelNames() throws IOException {
        for (String bundle : java.util.List.of("/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_ru.properties")) {
            Properties texts = load(bundle);
            java.util.Set<String> channels = java.util.Arrays.stream(Channel.values())
                    .map(c -> texts.getProperty("enum.Channel." + c.name())).collect(java.util.stream.Collectors.toSet());
            for (Channel.Group group : Channel.Group.values()) {
                assertThat(channels).as(bundle).doesNotContain(texts.getProperty("enum.Group." + group.name()));
            }
        }
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
