package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The strategist's findings 178 and 180 (review adv13u). 178: the numeric bar of 174 reached only the KPIs that had
 * one; a direct-sales, SEO or offline line over a tenth of the roubles still went on at «встреч становится больше» and
 * stopped only at «встреч нет». Whatever the channel, no trend word stands on such a line without an N or a level.
 * 180: an N asked at the meeting, however it is worded (a new place's sign-ups, a new map card), is a numbered question
 * on «Вопросы к следующей встрече»; a brief with such an N always prints that list.
 */
class NumericBarWhateverTheChannelW13bwTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    /** The words that judge a line on a trend, with no number to reach. */
    private static final Pattern TREND = Pattern.compile(
            "растёт|растут|становится больше|роста нет|ничего не сдвинулось|ничего не изменилось|не изменилась"
                    + "|больше, чем раньше|меньше, чем раньше");
    /** An N the row asks for, or a level written in it. */
    private static final Pattern LEVEL = Pattern.compile("\\bN\\b");

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void noLineOverATenthOfTheRoublesIsJudgedOnATrendWithoutANumberWhateverItsChannel() {
        List<String> onTrend = new ArrayList<>();
        int barred = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = engine.assess(ScenarioRun.answers(scenario));
            TestPlan plan = assessment.testPlan();
            if (plan == null) {
                continue;
            }
            for (PlannedTest line : plan.lines()) {
                if (!plan.needsNumericBar(line) || plan.decidedNextQuarter(line)) {
                    continue;
                }
                String ru = AdviceText.of(RU).planDecision(plan, line, assessment.recommendations());
                String en = AdviceText.of(EN).planDecision(plan, line, assessment.recommendations());
                boolean figures = line.target() != null || line.stop() != null;
                if (TREND.matcher(ru).find() && !LEVEL.matcher(ru).find() && !figures) {
                    onTrend.add(scenario.name() + " " + line.channel() + " " + line.kpi() + ": " + ru);
                }
                if (LEVEL.matcher(ru).find()) {
                    barred++;
                    assertThat(en).as(scenario.name() + " " + line.channel()).containsPattern(LEVEL);
                }
            }
        }
        assertThat(onTrend).isEmpty();
        assertThat(barred).isGreaterThan(0);
    }

    @Test
    void theBiggestDirectSalesLineGoesOnAtMeetingsPerHundredContacts() {
        Assessment assessment = engine.assess(ScenarioClients.client("76-logistics-tenders.scenario"));
        TestPlan plan = assessment.testPlan();
        PlannedTest outreach = plan.lines().stream().filter(l -> l.kpi() == Kpi.MEETINGS_FROM_OUTREACH).findFirst()
                .orElseThrow();
        assertThat(AdviceText.of(RU).planDecision(plan, outreach, assessment.recommendations()))
                .contains("встреч на 100 контактов не меньше N (N — вопрос к встрече)")
                .doesNotContain("становится больше");
        assertThat(AdviceText.of(EN).planDecision(plan, outreach, assessment.recommendations()))
                .contains("at least N meetings per 100 contacts (N — a question for the next meeting)");
    }

    @Test
    void everyRowThatAsksItsNumberAtTheMeetingPutsAQuestionOnTheList() {
        int asked = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = engine.assess(ScenarioRun.answers(scenario));
            TestPlan plan = assessment.testPlan();
            if (plan == null) {
                continue;
            }
            for (Locale locale : List.of(RU, EN)) {
                AdviceText advice = AdviceText.of(locale);
                String marker = locale == RU ? "вопрос к встрече" : "question for the next meeting";
                for (PlannedTest line : plan.lines()) {
                    String row = advice.planDecision(plan, line, assessment.recommendations());
                    boolean asks = row.contains(marker);
                    assertThat(advice.question(plan, line, assessment.recommendations()) != null)
                            .as(scenario.name() + " " + line.channel() + " " + locale + ": " + row).isEqualTo(asks);
                    asked += asks ? 1 : 0;
                }
            }
        }
        assertThat(asked).isGreaterThan(20);
    }

    @Test
    void aNewPlacesSignUpsAreAskedOnTheMeetingsList() throws Exception {
        String ru = ScenarioBriefs.text("41-kids-dentistry-full-opening-branch", RU);
        assertThat(ru.substring(ru.indexOf("опросы к следующей встрече")))
                .contains("Сколько новых клиентов новое место должно принять за первый месяц");
        String en = ScenarioBriefs.text("41-kids-dentistry-full-opening-branch", EN);
        assertThat(en.substring(en.indexOf("uestions for our next meeting")))
                .contains("How many new customers should the new place take in its first month");
    }
}
