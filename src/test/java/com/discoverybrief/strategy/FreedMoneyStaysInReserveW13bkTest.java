package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 160 (adv13r) on scenario 10: a packaging-line maker, a committee deal over half a year, exhibitions that pay
 * with no spend named. The usual-cost cap freed half the exhibitions' money and the pipeline rule poured it into the
 * past customers' base: «CRM-маркетинг · 466 154 ₽ · 19 % · Улучшение», 7.8× the direct sales and the warming beside it
 * (60 000 ₽ each), with no bar. What the cap frees waits in the reserve for the exhibition the client chooses; the base
 * stands level with the other pipeline lines.
 */
class FreedMoneyStaysInReserveW13bkTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String PACKAGING = "10-packaging-lines-manufacturer";
    private static final String CNC = "40-cnc-machines-large-budget";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theMoneyTheUsualCostCapFreesStaysInTheReserve() {
        TestPlan plan = engine.assess(client(PACKAGING + ".scenario")).testPlan();
        PlannedTest events = line(plan, Channel.EVENTS);
        PlannedTest base = line(plan, Channel.CRM_MARKETING);
        PlannedTest sales = line(plan, Channel.COLD_OUTREACH);
        PlannedTest warming = line(plan, Channel.LEAD_NURTURING);
        // the exhibitions keep their usual cost; what they could have taken above it is the reserve's, on top of its share
        // (before: the reserve at exactly its 40 %, the rest poured into the base)
        assertThat(events.rubles()).isEqualTo(600_000);
        assertThat(plan.reserve()).isGreaterThan(plan.monthlyBudget() * plan.months() * FewDeals.RESERVE_PERCENT / 100
                + plan.monthlyBudget() * plan.months() / 10);
        // the base stands level with the direct sales and the warming, not several times either
        long pipeline = Math.max(sales.rubles(), warming.rubles());
        assertThat(base.rubles()).isLessThanOrEqualTo(pipeline * 3 / 2);
        // an improvement line above a tenth of the budget would need a bar; this one is not
        assertThat(base.percent()).isLessThanOrEqualTo(10);
    }

    @Test
    void theCncMakersThreePipelineLinesStayLevel() {
        TestPlan plan = engine.assess(client(CNC + ".scenario")).testPlan();
        long base = line(plan, Channel.CRM_MARKETING).rubles();
        assertThat(line(plan, Channel.COLD_OUTREACH).rubles()).isEqualTo(base);
        assertThat(line(plan, Channel.LEAD_NURTURING).rubles()).isEqualTo(base);
        assertThat(base).isEqualTo(599_400);
    }

    @Test
    void thePackagingBriefPrintsNoUnmeasuredBaseOfAFifth() throws Exception {
        String brief = ScenarioBriefs.text(PACKAGING, RU).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertThat(brief).doesNotContain("466 154").contains("которую вы выберете");
    }

    @Test
    void theBaseThePlanFundsFirstIsAmongTheFirstStepsWithTheFocusUnchanged() {
        for (String scenario : new String[] {CNC, PACKAGING}) {
            Assessment assessment = engine.assess(client(scenario + ".scenario"));
            // page 1 shows the first five recommendations: the base leads the work of its need (before: 7th in 40, 6th in 10)
            assertThat(assessment.recommendations().stream().limit(5).map(Recommendation::channel))
                    .as(scenario).contains(Channel.CRM_MARKETING);
            // ... and sets no focus of its own: the plan still measures, then grows (not «keep clients»)
            assertThat(assessment.summary().focus()).as(scenario).isEqualTo(Summary.Focus.MEASURE_THEN_GROW);
        }
    }
}
