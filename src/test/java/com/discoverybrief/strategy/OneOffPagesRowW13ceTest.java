package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 194 and 195 (adv13w: 04, 10, 22, 42, 48, 52, 62). 194: «отвечают на вопросы, с которыми покупатели
 * сравнивают» read like a translation. 195: the plan row of a one-off set of pages said «готово к 12-й неделе» in its KPI
 * cell and again in its target cell, and «Итоги: через 6–12 месяцев» next to a job done by week 12 without saying what
 * comes then. Rule: the row's KPI cell names the pages only (the target cell says when they are done; page 1 keeps the
 * week beside the step), and the row's results say they are the search positions, in the line's own horizon.
 */
class OneOffPagesRowW13ceTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theRowSaysTheWeekOnceAndWhatTheHorizonIsAbout() throws Exception {
        int checked = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            TestPlan plan = assessment.testPlan();
            PlannedTest slow = plan == null ? null : SlowTests.slowLine(plan);
            if (slow == null || !SlowTests.pagesOnly(plan, slow)) {
                continue;
            }
            checked++;
            AdviceText ru = AdviceText.of(RU);
            int done = SlowTests.lastWeekInPlan(plan, slow);
            assertThat(ru.planBaseline(plan, slow)).as(scenario.name()).isNull();
            assertThat(ru.planDecision(plan, slow, assessment.recommendations())).as(scenario.name())
                    .contains("готово к " + done + "-й неделе");
            for (Recommendation recommendation : assessment.recommendations()) {
                if (recommendation.channel() == slow.channel()) {
                    assertThat(ru.stepReading(recommendation, plan)).as(scenario.name())
                            .isEqualTo("Страницы опубликованы · готово к " + done + "-й неделе");
                    assertThat(ru.planResults(plan, slow, recommendation.horizon())).as(scenario.name())
                            .startsWith("позиции в поиске — через ");
                    assertThat(AdviceText.of(Locale.ENGLISH).planResults(plan, slow, recommendation.horizon()))
                            .as(scenario.name()).startsWith("search positions in ");
                }
            }
            String brief = ScenarioBriefs.text(scenario.name(), RU).replaceAll("\\s+", " ");
            assertThat(brief).as(scenario.name()).contains("позиции в поиске —")
                    .doesNotContain("с которыми покупатели сравнивают");
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }
}
