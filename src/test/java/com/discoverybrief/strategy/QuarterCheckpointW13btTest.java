package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The strategist's watch items (adv13r–t): 16's e-mail «останавливаем» at week 16, 30's nurturing at week 18, 57's and
 * 24's tests read after week 13, 01's e-mail in weeks 5–16, 72's SEO in weeks 9–20. Every line of the quarter's plan has a
 * checkpoint inside the quarter: no row of any client's plan, RU or EN, names a week after the plan's last one, and a
 * KPI that can be read inside the quarter is decided inside it.
 */
class QuarterCheckpointW13btTest {

    private static final Pattern WEEK = Pattern.compile(
            "(\\d+)-й недел|недел[яи] (\\d+)|недели \\d+–(\\d+)|weeks? (\\d+)|weeks \\d+–(\\d+)");

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void noRowOfAnyPlanNamesAWeekAfterThePlan() {
        int nextQuarter = 0;
        List<String> late = new java.util.ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            TestPlan plan = assessment.testPlan();
            if (plan == null) {
                continue;
            }
            for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
                AdviceText advice = AdviceText.of(locale);
                for (PlannedTest line : plan.lines()) {
                    String row = advice.planWhen(plan, line) + " | " + advice.planDecision(plan, line,
                            assessment.recommendations());
                    if (latestWeek(row) > plan.weeks()) {
                        late.add(scenario.name() + " " + locale + ": " + row);
                    }
                    if (plan.decidedNextQuarter(line)) {
                        nextQuarter++;
                    }
                }
            }
        }
        assertThat(late).isEmpty();
        assertThat(nextQuarter).as("lines whose full effect comes after the quarter").isPositive();
    }

    @Test
    void aKpiReadableInsideTheQuarterIsDecidedInsideIt() {
        for (Scenario scenario : Scenario.all()) {
            Answers answers = ScenarioRun.answers(scenario);
            TestPlan plan = engine.assess(answers).testPlan();
            if (plan == null) {
                continue;
            }
            for (PlannedTest line : plan.lines()) {
                if (line.startWeek() - 1 + Horizons.readableAfter(line.kpi(), answers) <= plan.weeks()) {
                    assertThat(line.decisionWeek()).as(scenario.name() + " " + line.channel())
                            .isLessThanOrEqualTo(plan.weeks());
                }
            }
        }
    }

    /** The latest week a text names, 0 where it names none. */
    private static int latestWeek(String text) {
        Matcher m = WEEK.matcher(text);
        int latest = 0;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    latest = Math.max(latest, Integer.parseInt(m.group(g)));
                }
            }
        }
        return latest;
    }
}
