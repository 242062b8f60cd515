package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Finding 102 of the strategist's review (adv13i): the plan's allowable cost comes from what a client is worth; today's
 * cost only holds a kept line, and only when it is a real channel's cost.
 */
class PlanAllowableCostW13acTest {

    private final StrategyEngine engine = new StrategyEngine();

    private static double target(PlannedTest line) {
        return line.target().value().doubleValue();
    }

    private static double stop(PlannedTest line) {
        return line.stop().value().doubleValue();
    }

    @Test
    void aScaledChannelGoesOnUpToHalfOfWhatAClientIsWorthAndStopsAtTheWorth() {
        // 64, ski school in season: targeted «Масштабировать» «продолжаем при 2 057 ₽… стоп 3 214 ₽», today 2 571 ₽,
        // a client worth 8 100 ₽
        Answers school = client("64-ski-school-winter-season.scenario");
        TestPlan plan = engine.assess(school).testPlan();
        double worth = TestPlans.clientValue(school);

        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(targeted.kind()).isEqualTo(PlannedTest.Kind.SCALE);
        assertThat(target(targeted)).isCloseTo(worth / 2, within(1));
        assertThat(stop(targeted)).isCloseTo(worth, within(1));
        assertThat(target(targeted)).isGreaterThanOrEqualTo(Signals.costPerClient(school));
        // the break-even contextual is kept: held at today's cost, stopped a quarter dearer
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(target(contextual)).isCloseTo(Signals.costPerClient(school), within(1));
        assertThat(stop(contextual)).isCloseTo(Signals.costPerClient(school) * TestPlans.KEPT_STOP, within(1));
        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
    }

    @Test
    void aHeldChannelIsNotTheYardstickOfTheScaledOnes() {
        // 42: marketplaces «Масштабировать» held to contextual's «продолжаем при 400 ₽… стоп… 500 ₽»
        Answers shop = client("42-cosmetics-ecom-abroad.scenario");
        TestPlan plan = engine.assess(shop).testPlan();
        double worth = TestPlans.clientValue(shop);

        PlannedTest marketplaces = line(plan, Channel.MARKETPLACES);
        assertThat(target(marketplaces)).isCloseTo(worth / 2, within(1));
        assertThat(stop(marketplaces)).isCloseTo(worth, within(1));
        // contextual, which pays by its own figures, is still held at them
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(contextual.target()).isEqualTo(contextual.baseline());
        assertThat(target(contextual)).isCloseTo(400, within(1));
        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
    }

    @Test
    void anAverageThatCountsFreeOrInaccurateLeadsIsNoChannelsCost() {
        // 69, tyres in season: «продолжаем при 509 ₽… стоп, если выше 795 ₽ к 9-й неделе» from 636 ₽ that the same
        // page calls «бесплатно или цифры неточны»; a client is worth 3 462 ₽
        Answers tyres = client("69-mobile-tyre-service-in-season.scenario");
        assertThat(PaidSpend.aboveBudget(tyres) || PaidSpend.freeCounted(tyres)).isTrue();
        TestPlan plan = engine.assess(tyres).testPlan();
        double worth = TestPlans.clientValue(tyres);

        // since finding 109 not «1 731 ₽» (half the worth) either: the kept channel is held at its own figure, recorded
        // before the start (today's 636 ₽ meanwhile), the worth only its ceiling
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(target(contextual)).isCloseTo(Signals.costPerClient(tyres), within(1));
        assertThat(stop(contextual)).isCloseTo(worth, within(1));
        String ru = AdviceText.of(Locale.forLanguageTag("ru")).planDecision(contextual);
        assertThat(ru).contains("записанной до старта").contains("3\u202F462\u00A0₽").doesNotContain("795")
                .doesNotContain("1\u202F731");
        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
    }

    @Test
    void noLineGoesOnBelowTodaysCostEvenWhereItCountsFreeLeads() {
        // 33: contextual «Приносит прибыль», «Масштабировать», «продолжаем при 1 500 ₽» while a client costs 2 571 ₽
        // today — an average with the free leads of SEO in it, which the paid channel's own cost is not below
        Answers centre = client("33-medical-centre-large-budget.scenario");
        TestPlan plan = engine.assess(centre).testPlan();

        for (PlannedTest line : plan.lines()) {
            if (line.kpi() == Kpi.COST_PER_ACQUISITION && line.target() != null) {
                assertThat(target(line)).as(line.channel().name()).isGreaterThanOrEqualTo(Signals.costPerClient(centre) - 1);
            }
        }
        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
    }

    @Test
    void aKeptChannelIsHeldAtTodaysRealCostNotAFifthBelowIt() {
        // 79, wedding venue: Горько «продолжаем при 11 733 ₽… стоп 18 333 ₽» — a fifth below today's 14 667 ₽, which
        // no kept line can reach by going on as it is. Met in its booking window the venue is judged on a booking's
        // margin (finding 105, BookingSeasonMoneyW13aeTest); the rule for a kept line holds for the same client without it
        Answers venue = client("79-wedding-venue-booked-in-winter.scenario").toBuilder()
                .set(AnswerField.BOOKING_LEAD, BookingLead.UNKNOWN).build();
        TestPlan plan = engine.assess(venue).testPlan();
        double today = Signals.costPerClient(venue);

        PlannedTest marketplaces = line(plan, Channel.MARKETPLACES);
        assertThat(marketplaces.kind()).isEqualTo(PlannedTest.Kind.KEEP);
        assertThat(target(marketplaces)).isCloseTo(today, within(1));
        assertThat(stop(marketplaces)).isCloseTo(Math.min(today * TestPlans.KEPT_STOP, TestPlans.clientValue(venue)), within(1));
        assertThat(PlanMoneyRules.oneAllowableCost(plan)).isEmpty();
    }

    @Test
    void theSuiteRuleCatchesAScaledLineBelowTheKeptOnesAndTwoScaledFigures() {
        Figure baseline = Figure.of(2_571, Unit.RUBLES);
        PlannedTest kept = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.KEEP, 1, 13, 13, 30, 90_000,
                Kpi.COST_PER_ACQUISITION, null, baseline, Figure.of(3_214, Unit.RUBLES));
        PlannedTest scaledLow = new PlannedTest(Channel.TARGETED_ADS, PlannedTest.Kind.SCALE, 1, 13, 13, 40, 120_000,
                Kpi.COST_PER_ACQUISITION, null, Figure.of(2_057, Unit.RUBLES), Figure.of(3_214, Unit.RUBLES));
        PlannedTest scaledHigh = new PlannedTest(Channel.MARKETPLACES, PlannedTest.Kind.SCALE, 1, 13, 13, 30, 90_000,
                Kpi.COST_PER_ACQUISITION, null, Figure.of(4_050, Unit.RUBLES), Figure.of(8_100, Unit.RUBLES));
        TestPlan below = new TestPlan(100_000, false, 3, 2, java.util.List.of(kept, scaledLow), java.util.List.of(), 0, 0, 0);
        assertThat(PlanMoneyRules.oneAllowableCost(below)).singleElement().asString().contains("(102)");
        TestPlan twoScaled = new TestPlan(100_000, false, 3, 2, java.util.List.of(scaledLow, scaledHigh), java.util.List.of(),
                0, 0, 0);
        assertThat(PlanMoneyRules.oneAllowableCost(twoScaled)).singleElement().asString().contains("scaled lines");
        TestPlan good = new TestPlan(100_000, false, 3, 2, java.util.List.of(kept, scaledHigh), java.util.List.of(), 0, 0, 0);
        assertThat(PlanMoneyRules.oneAllowableCost(good)).isEmpty();
    }

    private static Offset<Double> within(double offset) {
        return Offset.offset(offset);
    }
}
