package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strategist's finding 158 (review adv13q): 40's three lines of 599 400 ₽ printed «7 %», «7 %» and «6 %» —
 * largest-remainder rounding gave the last whole percent to one twin and not the other. The percents follow the
 * printed roubles: each line prints its nearest whole percent, so equal sums print equal shares, and the reserve
 * (or, with no reserve, the largest line) takes what rounding leaves, so the plan still adds up to 100.
 */
class EqualSumsEqualSharesW13biTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theThreeEqualLinesOfTheLongDealPrintTheSameShare() {
        TestPlan plan = engine.assess(client("40-cnc-machines-large-budget.scenario")).testPlan();
        List<PlannedTest> twins = plan.lines().stream().filter(l -> l.rubles() == 599_400).toList();
        assertThat(twins).hasSize(3);
        assertThat(twins).extracting(PlannedTest::percent).containsOnly(7);
    }

    @Test
    void inEveryScenarioEqualSumsPrintEqualSharesEachLineItsNearestPercentAndThePlanAddsUpToOneHundred() {
        for (Scenario scenario : Scenario.all()) {
            TestPlan plan = ScenarioRun.assess(scenario).testPlan();
            if (plan == null || plan.total() <= 0) {
                continue;
            }
            List<PlannedTest> lines = plan.lines();
            int sum = plan.reservePercent();
            for (PlannedTest line : lines) {
                sum += line.percent();
                for (PlannedTest other : lines) {
                    if (other.rubles() == line.rubles()) {
                        assertThat(other.percent()).as(scenario.name() + " " + line.channel() + " / " + other.channel())
                                .isEqualTo(line.percent());
                    }
                }
            }
            assertThat(sum).as(scenario.name()).isEqualTo(100);
            for (PlannedTest line : lines) {
                // the nearest whole percent, or the next one where rounding's leftover went to the line
                assertThat((double) line.percent()).as(scenario.name() + " " + line.channel())
                        .isCloseTo(line.rubles() * 100.0 / plan.total(), org.assertj.core.data.Offset.offset(1.0));
                if (plan.reserve() > 0) {
                    assertThat(line.percent()).as(scenario.name() + " " + line.channel())
                            .isEqualTo(Math.round(line.rubles() * 100.0 / plan.total()));
                }
            }
        }
    }
}
