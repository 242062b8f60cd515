package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.Condition;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.Summary;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BriefTranslationsTest {

    private static final List<Class<? extends Enum<?>>> OUTPUT_VOCABULARY = List.of(Channel.class, Channel.Group.class,
            Stage.class, Horizon.class, Condition.class, Kpi.class, ChecklistItem.Check.class, Summary.Focus.class);

    @Test
    void everyOutputConstantHasAnEnglishAndARussianLabel() {
        for (Locale locale : List.of(Locale.ENGLISH, BriefFixtures.RUSSIAN)) {
            BriefText text = BriefText.of(locale);
            OUTPUT_VOCABULARY.stream().flatMap(type -> Arrays.stream(type.getEnumConstants())).forEach(constant ->
                    assertThat(text.has("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name()))
                            .as("%s %s", locale, constant).isTrue());
        }
    }

    @Test
    void everySummaryFocusHasASentenceInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, BriefFixtures.RUSSIAN)) {
            BriefText text = BriefText.of(locale);
            Arrays.stream(Summary.Focus.values()).forEach(focus ->
                    assertThat(text.has("summary.focus." + focus.name())).as("%s %s", locale, focus).isTrue());
        }
    }

    /**
     * The band of repeat purchases and their exact share are one idea asked twice: a row that names the
     * answers shown above names it once ("Your answers are above: Share of repeat purchases"), so both
     * carry one label, the number's with its unit.
     */
    @Test
    void theBandAndTheExactShareOfRepeatPurchasesCarryOneLabel() {
        for (Locale locale : List.of(Locale.ENGLISH, BriefFixtures.RUSSIAN)) {
            BriefText text = BriefText.of(locale);
            assertThat(text.get("field.REPEAT_PERCENT.label")).as(locale.toString())
                    .isEqualTo(text.get("field.REPEAT_SHARE.label") + ", %");
            // the brief prints the number with its unit ("40 %"): its label does not repeat it
            assertThat(text.fieldLabel(com.discoverybrief.strategy.AnswerField.REPEAT_PERCENT)).as(locale.toString())
                    .isEqualTo(text.get("field.REPEAT_SHARE.label"));
        }
    }

    @Test
    void theRussianBundleHasEveryBriefAndSummaryKeyOfTheEnglishOneAndNoOther() {
        assertThat(ownKeys(BriefFixtures.RUSSIAN)).isEqualTo(ownKeys(Locale.ROOT));
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglishNotToTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(BriefFixtures.RUSSIAN);
            assertThat(BriefText.of(Locale.GERMAN).get("brief.title")).isEqualTo("Marketing strategy brief");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theSummarySellsTheResultInTheClientsLanguage() {
        Summary summary = BriefFixtures.russianClinic().assessment().summary();

        assertThat(SummaryParagraph.of(summary, BriefFixtures.RUSSIAN)).isEqualTo(
                "Мы помогаем вам находить больше клиентов и больше зарабатывать: сначала проясним основу — кто ваш "
                        + "клиент и почему он должен выбрать именно вас, — чтобы каждый рубль, вложенный потом в рекламу, "
                        + "работал эффективнее. Первые шаги: позиционирование, затем настройка аналитики. Первые измеримые "
                        + "результаты реалистичны через 1–3 месяца. Всё это работает на вашу цель: «Увеличить выручку на "
                        + "30 % за год без второго филиала». Каждый канал запускаем как тест с понятным KPI и оставляем то, "
                        + "что доказало свою прибыльность.");
    }

    @Test
    void theSummaryKeepsAcronymsCapitalisedMidSentence() {
        Summary summary = new Summary(Summary.Focus.GROW_ACQUISITION, List.of(Channel.SEO_CONTENT, Channel.TARGETED_ADS),
                null, " ");

        assertThat(SummaryParagraph.of(summary, Locale.ENGLISH))
                .startsWith("We help you find more customers and earn more: your foundation is in place")
                .contains("First steps: SEO and content, then targeted ads.")
                .doesNotContain("realistic in", "goal");
    }

    @Test
    void fillsPlaceholdersOnceWithoutTouchingWhatTheClientTyped() {
        BriefText text = BriefText.of(Locale.ENGLISH);

        assertThat(text.get("summary.goal", "grow {1} and {0} 'fast'")).isEqualTo("All of it works towards your goal: “grow {1} and {0} 'fast'”.");
        assertThat(text.get("brief.footer.page", 2, 7)).isEqualTo("Page 2 of 7");
        assertThat(text.get("no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> ownKeys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.keySet().stream()
                .filter(key -> Stream.of("brief.", "summary.").anyMatch(key::startsWith))
                .collect(Collectors.toSet());
    }
}
