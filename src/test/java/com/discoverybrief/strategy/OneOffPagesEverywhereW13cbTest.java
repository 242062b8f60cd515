package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 187 and 188 (adv13v: 04, 10, 22, 35, 42, 48, 52, 62, 72). 188: the plan named SEO whose money buys only
 * pages «Страницы под ваши предложения (SEO) · Разовая работа», while page 1's steps and the «Почему» table still said
 * «SEO и контент · Тест» with «Органический трафик и заявки» for the same money. Rule: a line the plan renamed carries its
 * name, its stage and its number to every table that lists it — a one-off is read on its pages, done by its last week.
 * 187: the pages were «давать клиентам и партнёрам в письмах» for a pet-food shop with no partners. Rule: where
 * consumers choose for themselves and no partners sell, the pages answer the questions buyers compare by.
 */
class OneOffPagesEverywhereW13cbTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void everyTableNamesTheOneOffAsThePlanDoes() throws Exception {
        int checked = 0;
        for (Pages pages : pagesLines()) {
            Scenario scenario = pages.scenario();
            Assessment assessment = pages.assessment();
            TestPlan plan = assessment.testPlan();
            PlannedTest slow = pages.line();
            checked++;
            int done = SlowTests.lastWeekInPlan(plan, slow);
            AdviceText ru = AdviceText.of(RU);
            for (Recommendation recommendation : assessment.recommendations()) {
                if (recommendation.channel() != slow.channel()) {
                    continue;
                }
                assertThat(ru.stepTitle(recommendation, plan)).as(scenario.name()).isEqualTo(ru.lineTitle(plan, slow))
                        .isEqualTo("Страницы под ваши предложения (SEO)");
                assertThat(ru.stageLabel(recommendation, plan)).as(scenario.name()).isEqualTo("Разовая работа");
                assertThat(ru.stepReading(recommendation, plan)).as(scenario.name())
                        .isEqualTo("Страницы опубликованы · готово к " + done + "-й неделе");
            }
            // the plan row says the week once, in its target cell (finding 195)
            assertThat(ru.lineKpi(plan, slow)).as(scenario.name()).isEqualTo("Страницы опубликованы");
            assertThat(AdviceText.of(Locale.ENGLISH).lineKpi(plan, slow)).isEqualTo("Pages published");
            // the brief: no table reads the one-off as a test of traffic; every title of it carries its stage
            String brief = ScenarioBriefs.text(scenario.name(), RU);
            assertThat(brief).as(scenario.name()).doesNotContain("Органический трафик");
            assertThat(count(brief, "Разовая работа")).as(scenario.name()).isEqualTo(count(brief, "Страницы под"));
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void thePagesServeWhoeverTheClientsBuyersAre() {
        int consumers = 0;
        int letters = 0;
        for (Pages pages : pagesLines()) {
            Scenario scenario = pages.scenario();
            Assessment assessment = pages.assessment();
            TestPlan plan = assessment.testPlan();
            PlannedTest slow = pages.line();
            Answers answers = ScenarioRun.answers(scenario);
            boolean partners = answers.channels().stream()
                    .anyMatch(use -> Signals.toCatalogue(use.channel()) == Channel.PARTNER_MARKETING);
            boolean buyersCompare = answers.businessModel() == BusinessModel.B2C && !partners;
            String ru = AdviceText.of(RU).planDecision(plan, slow, assessment.recommendations());
            String en = AdviceText.of(Locale.ENGLISH).planDecision(plan, slow, assessment.recommendations());
            if (buyersCompare) {
                consumers++;
                assertThat(ru).as(scenario.name()).contains("отвечают на вопросы, которые покупатели задают, когда сравнивают варианты")
                        .doesNotContain("партнёр");
                assertThat(en).as(scenario.name()).contains("answer the questions customers compare by")
                        .doesNotContain("partner");
            } else {
                letters++;
                assertThat(ru).as(scenario.name()).contains("давать клиентам и партнёрам в письмах");
                assertThat(en).as(scenario.name()).contains("sent to customers and partners in your letters");
            }
        }
        assertThat(consumers).isGreaterThanOrEqualTo(3);
        assertThat(letters).isGreaterThanOrEqualTo(4);
    }

    /** A client whose plan spends on SEO only a one-off set of pages, and that line. */
    private record Pages(Scenario scenario, Assessment assessment, PlannedTest line) {
    }

    private static List<Pages> pagesLines() {
        List<Pages> found = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            TestPlan plan = assessment.testPlan();
            PlannedTest slow = plan == null ? null : SlowTests.slowLine(plan);
            if (slow != null && SlowTests.pagesOnly(plan, slow)) {
                found.add(new Pages(scenario, assessment, slow));
            }
        }
        return found;
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }
}
