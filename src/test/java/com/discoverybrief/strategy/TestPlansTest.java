package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswersFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPlansTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void noBudgetNoPlan() {
        assertThat(engine.assess(complete().withBudget(BudgetRange.NOT_DISCLOSED).build()).testPlan()).isNull();
        assertThat(engine.assess(Answers.EMPTY).testPlan()).isNull();
    }

    @Test
    void splitsTheFirstMonthsOfTheBudgetExactlyInRoublesAndPercent() {
        Answers answers = complete().with(AnswerField.MONTHLY_BUDGET, new BigDecimal("123457"))
                .withDecision(DecisionProcess.IMPULSE).build();

        TestPlan plan = engine.assess(answers).testPlan();

        assertThat(plan.fromBand()).isFalse();
        assertThat(plan.total()).isEqualTo(123_457L * TestPlans.MONTHS);
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve()).isEqualTo(plan.total());
        // each row, the reserve included, prints its own nearest whole percent (findings 158, 161)
        assertThat(plan.lines()).allSatisfy(line -> assertThat((long) line.percent())
                .isEqualTo(Math.round(line.rubles() * 100.0 / plan.total())));
        assertThat((long) plan.reservePercent()).isEqualTo(Math.round(plan.reserve() * 100.0 / plan.total()));
    }

    @Test
    void aBandGivesAPlanningFigureInsideIt() {
        TestPlan plan = engine.assess(complete().withBudget(BudgetRange.FROM_50K_TO_150K).build()).testPlan();

        assertThat(plan.fromBand()).isTrue();
        assertThat(plan.monthlyBudget()).isEqualTo(100_000);
    }

    @Test
    void derivesTheTargetAndTheStopOfACostFromWhatAClientIsWorth() {
        // a check of 10 000 with 30 % margin, bought once: a client is worth 3 000; a lead converts at 10 %
        Answers answers = complete().with(AnswerField.AVERAGE_CHECK, new BigDecimal("10000"))
                .with(AnswerField.GROSS_MARGIN, new BigDecimal("30"))
                .with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .with(AnswerField.LEAD_CONVERSION, new BigDecimal("10")).build();

        Figure[] cac = TestPlans.figures(Kpi.COST_PER_ACQUISITION, answers);
        Figure[] cpl = TestPlans.figures(Kpi.COST_PER_LEAD, answers);

        assertThat(cac[1]).isEqualTo(Figure.of(1500, Unit.RUBLES));
        assertThat(cac[2]).isEqualTo(Figure.of(3000, Unit.RUBLES));
        assertThat(cpl[1]).isEqualTo(Figure.of(150, Unit.RUBLES));
        assertThat(cpl[2]).isEqualTo(Figure.of(300, Unit.RUBLES));
    }

    @Test
    void aNewChannelWinsWhenNoDearerThanTodayWhileImprovingWhatRunsAimsLower() {
        // a lead costs 450 today, converts at 25 %, and a client is worth 2 333: a lead may cost up to 583
        Answers answers = complete().with(AnswerField.AVERAGE_CHECK, new BigDecimal("3500"))
                .with(AnswerField.GROSS_MARGIN, new BigDecimal("40"))
                .with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR)
                .with(AnswerField.REPEAT_PERCENT, new BigDecimal("40"))
                .with(AnswerField.COST_PER_LEAD, new BigDecimal("450"))
                .with(AnswerField.LEAD_CONVERSION, new BigDecimal("25")).build();

        Figure[] test = TestPlans.figures(Kpi.COST_PER_LEAD, answers, true);
        Figure[] improve = TestPlans.figures(Kpi.COST_PER_LEAD, answers, false);

        assertThat(test).containsExactly(Figure.of(450, Unit.RUBLES), Figure.of(450, Unit.RUBLES),
                Figure.of(583, Unit.RUBLES));
        assertThat(improve[1]).isEqualTo(Figure.of(292, Unit.RUBLES));
        // work on what runs stops a quarter above today (562,5), below what a client is worth
        assertThat(improve[2]).isEqualTo(Figure.of(563, Unit.RUBLES));
    }

    @Test
    void aStopSitsNearTodayWhenAClientIsWorthFarMore() {
        // finding 37: a machine tool costs 400 000 ₽ per client today and a client is worth 4 500 000 ₽; stopping
        // only at the whole margin would let the cost grow 11 times before anything stops
        Answers answers = complete().with(AnswerField.AVERAGE_CHECK, new BigDecimal("15000000"))
                .with(AnswerField.GROSS_MARGIN, new BigDecimal("30"))
                .with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .with(AnswerField.COST_PER_LEAD, new BigDecimal("20000"))
                .with(AnswerField.LEAD_CONVERSION, new BigDecimal("5")).build();

        Figure[] test = TestPlans.figures(Kpi.COST_PER_ACQUISITION, answers, true);
        Figure[] improve = TestPlans.figures(Kpi.COST_PER_ACQUISITION, answers, false);

        assertThat(test).containsExactly(Figure.of(400_000, Unit.RUBLES), Figure.of(400_000, Unit.RUBLES),
                Figure.of(600_000, Unit.RUBLES));
        assertThat(improve).containsExactly(Figure.of(400_000, Unit.RUBLES), Figure.of(320_000, Unit.RUBLES),
                Figure.of(500_000, Unit.RUBLES));
    }

    @Test
    void aChannelThatAlreadyPaysIsHeldToItsOwnNumbers() {
        Answers answers = complete().with(AnswerField.COST_PER_LEAD, new BigDecimal("500"))
                .with(AnswerField.LEAD_CONVERSION, new BigDecimal("20")).build();

        Figure[] kept = TestPlans.kept(Kpi.COST_PER_ACQUISITION, answers);

        assertThat(kept[0]).isEqualTo(Figure.of(2500, Unit.RUBLES));
        assertThat(kept[1]).isEqualTo(kept[0]);
        assertThat(kept[2]).isEqualTo(Figure.of(3125, Unit.RUBLES));
    }

    @Test
    void runsAtMostTwoNewAcquisitionTestsAtATimeOnASmallBudget() {
        TestPlan plan = engine.assess(AnswersFixtures.floristOnSmallBudget()).testPlan();

        for (int week = 1; week <= TestPlans.WEEKS; week++) {
            int w = week;
            assertThat(plan.lines().stream().filter(l -> l.kind() == PlannedTest.Kind.TEST
                    && l.channel().group() == Channel.Group.ACQUISITION
                    && l.startWeek() <= w && w < l.startWeek() + l.weeks()).count()).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aTestStartsOnlyOnceWhatItWaitsForIsDone() {
        Answers answers = complete().with(AnswerField.SITE, Site.NONE).withGeography(Geography.CITY)
                .withBudget(BudgetRange.OVER_500K).withChannels(List.of()).build();

        TestPlan plan = engine.assess(answers).testPlan();

        PlannedTest site = plan.lines().stream().filter(l -> l.channel() == Channel.WEBSITE).findFirst().orElseThrow();
        PlannedTest search = plan.lines().stream().filter(l -> l.channel() == Channel.CONTEXTUAL_ADS).findFirst()
                .orElseThrow();
        assertThat(search.startWeek()).isGreaterThan(site.startWeek() + site.weeks() - 1);
    }

    @Test
    void apportionsWholePartsThatSumToTheTotal() {
        assertThat(TestPlans.apportion(new double[] {33.3333, 33.3333, 33.3334}, 100)).containsExactly(33, 33, 34);
        assertThat(java.util.Arrays.stream(TestPlans.apportion(new double[] {10, 20, 70}, 99_999)).sum())
                .isEqualTo(99_999);
    }
}
