package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategist's finding 134, second part (review adv13m).
 * <ul>
 * <li>A new partner test still read «Заявки от партнёров · записать к 4-й неделе» (03 47 57 58) or «записать до старта»
 * (08): a new partner channel has no enquiries before it runs, so its figure is recorded in the test's first weeks, as
 * every other new test's own figure is (127).</li>
 * <li>A line of 55 385 ₽ (40) or 18 462 ₽ (60) printed «0 %»: money that is there is never shown as nothing.</li>
 * </ul>
 */
class PartnerBaselineAndSmallSharesW13auTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aNewPartnerTestRecordsItsEnquiriesInItsFirstWeeksNotAtTheTrackingWeekNorBeforeTheStart() {
        for (String file : List.of("03-renovation-one-off.scenario", "08-coffee-chain-new-cities.scenario",
                "47-shawarma-walk-in.scenario", "57-plastic-surgery-ad-restrictions.scenario",
                "58-handyman-90-percent-avito.scenario")) {
            TestPlan plan = engine.assess(client(file)).testPlan();
            PlannedTest partners = line(plan, Channel.PARTNER_MARKETING);
            assertThat(partners.kind()).as(file).isEqualTo(PlannedTest.Kind.TEST);
            assertThat(partners.kpi()).as(file).isEqualTo(Kpi.PARTNER_LEADS);
            assertThat(partners.baseline()).as(file).isNull();

            assertThat(AdviceText.of(RU).planBaseline(plan, partners)).as(file).isEqualTo("в 1–2-ю неделю теста");
            assertThat(AdviceText.of(EN).planBaseline(plan, partners)).as(file).isEqualTo("in the test’s first 1–2 weeks");
        }
    }

    @Test
    void aLineWithMoneyButNoWholePercentOfTheBudgetPrintsUnderOnePercentNotZero() {
        for (String file : List.of("40-cnc-machines-large-budget.scenario",
                "60-dark-store-big-budget-zero-margin.scenario")) {
            TestPlan plan = engine.assess(client(file)).testPlan();
            List<PlannedTest> small = plan.lines().stream().filter(l -> l.rubles() > 0 && l.percent() == 0).toList();
            assertThat(small).as(file).isNotEmpty();
            long total = plan.total();
            for (PlannedTest line : small) {
                // by the plan's own sums the line is a sliver of the budget (its whole percent went to larger lines
                // when the percents were made to add up to 100), but not nothing
                assertThat(line.rubles() * 100.0 / total).as(file).isLessThan(1);
                assertThat(AdviceText.of(RU).planShare(line)).as(file).endsWith("< 1\u202F%").doesNotContain(" 0\u202F%");
                assertThat(AdviceText.of(EN).planShare(line)).as(file).endsWith("< 1%").doesNotContain(" 0%");
            }
        }
    }

    @Test
    void aLineWithNoMoneyAndOnesWithAWholePercentPrintTheirPercentAsBefore() {
        TestPlan plan = engine.assess(client("40-cnc-machines-large-budget.scenario")).testPlan();
        for (PlannedTest line : plan.lines().stream().filter(l -> l.rubles() == 0 || l.percent() > 0).toList()) {
            assertThat(AdviceText.of(RU).planShare(line)).endsWith(" " + line.percent() + "\u202F%");
        }
    }
}
