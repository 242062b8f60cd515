package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 155 and 156 (adv13q) on scenario 41: a children's dentistry booked three weeks ahead opens a second branch in
 * March. The plan pauses the paid line at the full place and, from the block's start, aims it at the new address; yet the
 * client's request was answered «Да: уже окупается, сохраняем (шаг 3)», labelled «Сохранить и измерить» and explained
 * «где они есть — масштабируем постепенно… это вопрос о масштабе». One N was the bar of the base at week 4 and of each
 * block line at weeks 9 and 10; the intro said the partners start in week 6 while the plan had them in 7.
 */
class PausedLineAnswerW13beTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final String DENTISTRY = "41-kids-dentistry-full-opening-branch";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theRequestForAPausedAndReAimedLineIsAnsweredFromThatLine() throws Exception {
        Assessment assessment = engine.assess(client(DENTISTRY + ".scenario"));
        PlannedTest targeted = line(assessment.testPlan(), Channel.TARGETED_ADS);
        Verdict verdict = assessment.verdicts().stream().filter(v -> v.channel() == Channel.TARGETED_ADS).findFirst()
                .orElseThrow();
        assertThat(verdict.kind()).isEqualTo(VerdictKind.LATER);
        assertThat(verdict.reason()).isEqualTo(VerdictReason.MOVES_TO_NEW_PLACE);
        // the advice row gives the line's reason, not "kept, scaled step by step" nor "a request to scale"
        assertThat(assessment.recommendations().stream().filter(r -> r.channel() == Channel.TARGETED_ADS).findFirst()
                .orElseThrow().reasons()).extracting(Reason::rule).contains(DatedOpening.MOVED)
                .doesNotContain(AcquisitionRules.KEEP_PROFITABLE_CHANNEL.id(), AcquisitionRules.ASKS_TO_SCALE);

        String ru = ScenarioBriefs.text(DENTISTRY, RU).replaceAll("\\s+", " ");
        assertThat(ru).doesNotContain("Да: уже окупается, сохраняем")
                .contains("Позже: на нынешнем месте пауза — запись на недели вперёд; с " + targeted.startWeek() + "-й недели")
                .contains("— на радиус нового адреса (шаг " + verdict.priority() + ")")
                .doesNotContain("это вопрос о масштабе")
                .contains("новые записи там некуда посадить")
                .doesNotContain("Сохранить и измерить Вы просите")
                .contains("Пауза, затем новое место");
        String en = ScenarioBriefs.text(DENTISTRY, EN).replaceAll("\\s+", " ");
        assertThat(en).doesNotContain("Yes: already pays")
                .contains("Later: paused at the current place")
                .contains("there is no slot for new bookings there")
                .contains("Paused, then the new place");
    }

    @Test
    void theBaseAndTheBlockShareOneBarInsteadOfEachReachingIt() throws Exception {
        String ru = ScenarioBriefs.text(DENTISTRY, RU).replaceAll("\\s+", " ");
        assertThat(ru).contains("из базы их меньше трети N (см. выше)").doesNotContain("к 4-й неделе их меньше N")
                .contains("к 9–10-й неделе на все строки блока вместе (таргетированная реклама, партнёрский маркетинг,")
                .contains("неделе на все строки блока вместе их меньше N (см. выше)")
                .doesNotContain("к 9-й неделе их меньше N").doesNotContain("к 10-й неделе их меньше N");
        String en = ScenarioBriefs.text(DENTISTRY, EN).replaceAll("\\s+", " ");
        assertThat(en).contains("fewer than a third of N").contains("from the base by week 4")
                .contains("all the block’s lines together");
        // with the full place's enquiries a month, the base reads a share of the block's count
        Answers counted = client(DENTISTRY + ".scenario").toBuilder().set(AnswerField.LEADS_PER_MONTH,
                java.math.BigDecimal.valueOf(120)).build();
        TestPlan plan = engine.assess(counted).testPlan();
        assertThat(line(plan, Channel.PARTNER_MARKETING).stop().value().intValue()).isEqualTo(30);
        assertThat(line(plan, Channel.CRM_MARKETING).stop().value().intValue()).isEqualTo(10);
    }

    @Test
    void theIntroReadsTheBlockWeeksFromThePlanLines() throws Exception {
        TestPlan plan = engine.assess(client(DENTISTRY + ".scenario")).testPlan();
        int partners = line(plan, Channel.PARTNER_MARKETING).startWeek();
        // the street around the new address is empty in the New Year holidays too: it starts with the partners
        assertThat(line(plan, Channel.OFFLINE_ADS).startWeek()).isEqualTo(partners).isEqualTo(7);
        String ru = ScenarioBriefs.text(DENTISTRY, RU).replaceAll("\\s+", " ");
        assertThat(ru).contains("ведём с " + partners + "-й недели, после новогодних каникул")
                .doesNotContain("ведём с 6-й недели");
        assertThat(ScenarioBriefs.text(DENTISTRY, EN).replaceAll("\\s+", " ")).contains("run from week " + partners
                + ", after the New Year holidays");
        // a week that does not follow the holidays is not said to
        assertThat(DatedOpening.firstAfterHolidays(client(DENTISTRY + ".scenario"), 6)).isFalse();
    }
}
