package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.CustomerArrival;
import com.discoverybrief.strategy.PurchaseFrequency;
import com.discoverybrief.strategy.RegulatedCategory;
import com.discoverybrief.strategy.UspClarity;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Defects found proofreading the rendered briefs (issue 14), each kept from coming back. */
class BriefProofreadingTest {

    /** adv13d finding 53: a vague USP and a regulated category print their plain value too. */
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

    @Test
    void anOptionPrintsItsPlainValueNotTheExamplesOfAnotherBusiness() {
        BriefText russian = BriefText.of(BriefFixtures.RUSSIAN);
        BriefText english = BriefText.of(Locale.ENGLISH);

        assertThat(russian.value(PurchaseFrequency.ONE_OFF)).isEqualTo("Один раз");
        assertThat(english.value(PurchaseFrequency.ONE_OFF)).isEqualTo("Once");
        assertThat(russian.value(CustomerArrival.THEY_SEARCH)).isEqualTo("Ищут нас сами");
        // the wizard keeps the examples that help the salesperson choose
        assertThat(russian.label(PurchaseFrequency.ONE_OFF)).contains("свадьба");
    }

    @Test
    void aReasonAfterItsLabelReadsOnWithoutASecondColon() {
        assertThat(AdviceText.afterLabel("Сейчас не сезон: платный тест купил бы клики."))
                .isEqualTo("сейчас не сезон — платный тест купил бы клики.");
        assertThat(AdviceText.afterLabel("К вам заходят с улицы: реклама в поиске их не приведёт."))
                .isEqualTo("к вам заходят с улицы — реклама в поиске их не приведёт.");
        // a colon in a later sentence is that sentence's own
        assertThat(AdviceText.afterLabel("Уже приносит прибыль. Дальше: масштабируем."))
                .isEqualTo("уже приносит прибыль. Дальше: масштабируем.");
        assertThat(AdviceText.lowerFirst("I think so")).isEqualTo("I think so");
        assertThat(AdviceText.lowerFirst("SEO и контент")).isEqualTo("SEO и контент");
    }

    @Test
    void theChecklistOpensWithThisClientsCountAndFirstItemNotOneSentenceForAll() {
        String russian = ReadBack.text(pdf(BriefFixtures.russianClinic()));

        assertThat(russian).doesNotContain("Реклама лишь усиливает то, что уже есть");
        // the count is said once, under the headline (finding 107), with the first open condition (answer (b)); the
        // checklist opens with where to start
        assertThat(russian.replaceAll("\\s+", " ")).containsPattern("Это готовность стратегии; из условий для запуска рекламы "
                + "выполнено \\d+ из \\d+; первое — УТП\\.").contains("Начать стоит с пункта «");
    }

    @Test
    void theEnglishBriefSaysEnquiryAndUsesItsOwnQuotes() {
        BriefText english = BriefText.of(Locale.ENGLISH);
        for (String key : List.of("enum.Kpi.COST_PER_LEAD", "enum.Kpi.PARTNER_LEADS", "enum.Kpi.CONVERSION_RATE",
                "enum.Check.ANALYTICS_IN_PLACE", "plan.done.POSITIONING", "rule.usp-unclear")) {
            assertThat(english.get(key)).as(key).doesNotContainPattern("(?i)\\bleads?\\b").doesNotContain("\"", "«");
        }
    }

    /**
     * The agency's client is the business; the people who buy from it are its customers. The English texts
     * said "clients" for both, so a brief read "we help you find more clients" to the client itself.
     */
    @Test
    void theEnglishTextsCallTheBusinessesBuyersCustomers() {
        BriefText english = BriefText.of(Locale.ENGLISH);
        for (String key : List.of("summary.intro", "question.CLIENT.title", "question.ATTRACTION.title",
                "question.RETENTION.title", "field.SEGMENTS.label", "field.CHURN_REASONS.label", "enum.Kpi.COST_PER_ACQUISITION",
                "enum.Kpi.RETENTION_RATE", "enum.Channel.UNIT_ECONOMICS", "enum.VerdictReason.ONE_OFF_PURCHASES",
                "rule.buys-once", "plan.rule.COST_PER_ACQUISITION", "field.SOURCE_DEPENDENCE.label")) {
            assertThat(english.get(key)).as(key).doesNotContainPattern("(?i)\\bclients?\\b").containsPattern("(?i)customer");
        }
        // the business itself stays the client: the salesperson's words about the person across the table
        assertThat(english.get("field.USP_CLARITY.hint")).contains("the client");
        assertThat(english.get("enum.SalesCycle.UNKNOWN")).isEqualTo("The client does not know");
    }

    /** English quotes in English, including the client's words quoted inside a sentence. */
    @Test
    void theEnglishTextsUseEnglishQuotesOnly() throws java.io.IOException {
        java.util.Properties english = new java.util.Properties();
        try (var in = BriefProofreadingTest.class.getResourceAsStream("/vaadin-i18n/translations.properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).as(key)
                .doesNotContain("«", "»", "\""));
    }

    /** Russian numbers group thousands with a thin space, also in the helper texts. */
    @Test
    void theRussianTextsGroupThousandsWithAThinSpace() {
        assertThat(BriefText.of(BriefFixtures.RUSSIAN).get("agency-note.helper")).contains("2\u202F000")
                .doesNotContain("2 000");
    }

    private static byte[] pdf(BriefDocument brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefRenderer().render(brief, out);
        return out.toByteArray();
    }
}
