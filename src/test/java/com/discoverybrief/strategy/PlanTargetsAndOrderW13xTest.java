package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 88 and 89 of the strategist's review (adv13g, adv13h): one allowable cost per client per plan, and the
 * money following the order of the plan.
 */
class PlanTargetsAndOrderW13xTest {

    private final StrategyEngine engine = new StrategyEngine();

    private static List<Long> costTargets(TestPlan plan) {
        return plan.lines().stream().filter(l -> l.kpi() == Kpi.COST_PER_ACQUISITION && l.target() != null)
                .map(l -> Math.round(l.target().value().doubleValue())).distinct().toList();
    }

    @Test
    void aCarHasOneAllowableCostAndTheChannelsAreStoppedByTheRuleAgainstTodaysCost() {
        // 53: «цель — 29 333 ₽ к 6-й неделе» above four lines «продолжаем при 112 000 ₽… стоп 224 000 ₽»
        Answers dealer = client("53-car-dealer-big-budget-analytics-claimed.scenario");
        TestPlan plan = engine.assess(dealer).testPlan();

        // ... at today's cost of 36 667 ₽, a real cost of four paid channels: a kept line is held there (finding 102); the
        // work on the funnel aims a fifth below it, never merged with the channels' figure (finding 110)
        assertThat(costTargets(plan)).containsExactlyInAnyOrder(29_333L, 36_667L);
        assertThat(Math.round(line(plan, Channel.OPTIMISATION).target().value().doubleValue())).isEqualTo(29_333L);
        // a channel run today without figures of its own: stop a quarter above today's average of 36 667 ₽
        assertThat(line(plan, Channel.CONTEXTUAL_ADS).stop().value().doubleValue()).isCloseTo(45_833.3, within(1));
        String ru = String.join(" ", plan.lines().stream()
                .map(AdviceText.of(Locale.forLanguageTag("ru"))::planDecision).toList());
        assertThat(ru).contains("36\u202F667\u00A0₽").doesNotContain("112\u202F000").doesNotContain("224\u202F000");
    }

    @Test
    void whereAClientCostsMoreThanItBringsTheAimIsTheGoOnFigureOfTheFallingStop() {
        // 70: «цель — 21 000 ₽ к 6-й неделе» beside targeted «продолжаем при 31 500 ₽»
        TestPlan plan = engine.assess(client("70-webinar-course-half-percent.scenario")).testPlan();

        assertThat(costTargets(plan)).containsExactly(31_500L);
        // 77: no «цель — 636 ₽» (half the worth) beside the 75 % of it every other plan uses
        Answers app = client("77-meditation-app-paid-installs.scenario");
        assertThat(costTargets(engine.assess(app).testPlan())).containsExactly(Math.round(AllowableCost.of(app)));
        assertThat(AllowableCost.of(app)).isCloseTo(TestPlans.clientValue(app) * 0.75, within(0.01));
    }

    @Test
    void aNewTestIsAimedAtTheSameFigureAsTheChannelsRunToday() {
        // 79: the marketplaces «продолжаем при 110 000 ₽» and a targeted test «продолжаем при 14 667 ₽»
        TestPlan plan = engine.assess(client("79-wedding-venue-booked-in-winter.scenario")).testPlan();

        // finding 123 (adv13l): inside the window the lines are read on the enquiry — still one figure for all of them
        assertThat(plan.lines().stream().filter(l -> (l.kpi() == Kpi.COST_PER_ACQUISITION || l.kpi() == Kpi.COST_PER_LEAD)
                && l.target() != null).map(l -> Math.round(l.target().value().doubleValue())).distinct()).hasSize(1);
    }

    @Test
    void aChannelThatPaysByItsOwnFiguresIsTheYardstickOfThePlan() {
        // 82: contextual pays and is held at its 7 200 ₽; marketplaces ran at «продолжаем при 12 000 ₽», the work on the
        // funnel aimed at 5 760 ₽. Since finding 102 the held figure is contextual's own, not the yardstick of the
        // others: the 7 200 ₽ counts the free leads of SEO as paid, so the others go on up to half of what a client is
        // worth and stop at the worth
        Answers coworking = client("82-coworking-70-percent.scenario");
        TestPlan plan = engine.assess(coworking).testPlan();

        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(contextual.target()).isEqualTo(contextual.baseline());
        assertThat(contextual.target().value().doubleValue()).isCloseTo(7_200, within(1));
        // since finding 109 a kept line where today counts free leads is held at its own figure recorded before the
        // start (today's average meanwhile), the worth only its ceiling; the funnel aims a fifth below today (110)
        assertThat(line(plan, Channel.MARKETPLACES).target().value().doubleValue()).isCloseTo(7_200, within(1));
        assertThat(line(plan, Channel.MARKETPLACES).stop().value().doubleValue())
                .isCloseTo(TestPlans.clientValue(coworking), within(1));
        assertThat(OwnFigure.recorded(line(plan, Channel.MARKETPLACES))).isTrue();
        assertThat(AdviceText.of(Locale.forLanguageTag("ru")).planDecision(line(plan, Channel.OPTIMISATION)))
                .contains("цель — клиент не дороже 5\u202F760\u00A0₽");
    }

    @Test
    void theMeasurementPutFirstGetsAShareOfTheSpendItMakesReadable() {
        // 53: the set-up of the tracking of 1 980 000 ₽ a month of channels was 27 692 ₽ · 1 %
        TestPlan plan = engine.assess(client("53-car-dealer-big-budget-analytics-claimed.scenario")).testPlan();

        PlannedTest first = plan.lines().get(0);
        assertThat(first.channel()).isEqualTo(Channel.OPTIMISATION);
        // a tenth of today's spend over its six weeks, as the repair of a losing funnel gets
        double share = plan.todaysSpend() * plan.months() * TestPlans.REPAIR_PERCENT / 100.0 * first.weeks() / TestPlans.WEEKS;
        assertThat((double) first.rubles()).isGreaterThanOrEqualTo(share - 1);
    }

    @Test
    void theFocusStepRunsTheWholePlanWhileMoneyIsInReserve() {
        // 66: direct sales, step 1 against one client bringing 65 % of revenue, ran six weeks for 13 846 ₽ (4 %) while
        // nurturing got 55 385 ₽ and 108 461 ₽ were in reserve
        TestPlan plan = engine.assess(client("66-b2b-cleaning-one-client-65-percent.scenario")).testPlan();

        PlannedTest first = plan.lines().get(0);
        assertThat(first.channel()).isEqualTo(Channel.COLD_OUTREACH);
        assertThat(first.startWeek() + first.weeks() - 1).isGreaterThanOrEqualTo(TestPlans.WEEKS);
        assertThat(first.rubles()).isGreaterThan(line(plan, Channel.LEAD_NURTURING).rubles());
    }

    @Test
    void aNewTestNeverOutspendsThePayingChannel() {
        // 54: Telegram ads that pay (targeted, 45 000 ₽ · 7 %) beside a new contextual test of 83 077 ₽ · 14 %
        TestPlan coding = engine.assess(client("54-kids-coding-two-targeting-results.scenario")).testPlan();
        assertThat(line(coding, Channel.CONTEXTUAL_ADS).rubles()).isLessThanOrEqualTo(line(coding, Channel.TARGETED_ADS).rubles());
        // 28: contextual, asked by nobody, 82 500 ₽ · 39 % against the paying targeted 45 000 ₽ · 22 %
        TestPlan pilates = engine.assess(client("28-pilates-studio-assumptions.scenario")).testPlan();
        assertThat(line(pilates, Channel.CONTEXTUAL_ADS).rubles())
                .isLessThanOrEqualTo(line(pilates, Channel.TARGETED_ADS).rubles());
        assertThat(pilates.lines().stream().mapToLong(PlannedTest::rubles).sum() + pilates.reserve()).isEqualTo(pilates.total());
    }

    @Test
    void theSuiteRulesCatchTwoTargetsAStarvedFocusStepAndATestAboveThePayingChannel() {
        Answers pilates = client("28-pilates-studio-assumptions.scenario");
        Figure low = Figure.of(6_000, Unit.RUBLES);
        Figure high = Figure.of(12_000, Unit.RUBLES);
        // a kept line stopped a quarter above its go-on (a stop further off is the ceiling of a recorded figure, 109)
        PlannedTest targeted = new PlannedTest(Channel.TARGETED_ADS, PlannedTest.Kind.KEEP, 1, 13, 13, 22, 45_000,
                Kpi.COST_PER_ACQUISITION, null, low, Figure.of(7_500, Unit.RUBLES));
        PlannedTest contextual = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.TEST, 1, 6, 6, 39, 82_500,
                Kpi.COST_PER_ACQUISITION, null, high, Figure.of(24_000, Unit.RUBLES));
        TestPlan twoTargets = new TestPlan(70_000, false, 3, 2, List.of(targeted, contextual), List.of(), 82_500, 39, 0);
        assertThat(PlanMoneyRules.oneAllowableCost(twoTargets)).singleElement().asString().contains("(88)");
        assertThat(PlanMoneyRules.moneyFollowsTheOrder(pilates, twoTargets))
                .anyMatch(broken -> broken.contains("new test CONTEXTUAL_ADS"));

        PlannedTest shortOutreach = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.KEEP, 1, 6, 6, 4, 5_000,
                Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
        TestPlan starved = new TestPlan(120_000, false, 3, 2, List.of(shortOutreach), List.of(), 355_000, 96, 0);
        assertThat(PlanMoneyRules.moneyFollowsTheOrder(pilates, starved))
                .anyMatch(broken -> broken.contains("below its usual"))
                .anyMatch(broken -> broken.contains("stops in week 6"));
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }
}
