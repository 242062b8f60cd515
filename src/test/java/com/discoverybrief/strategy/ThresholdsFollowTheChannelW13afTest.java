package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 109–112 of the strategist's review (adv13j): go-on and stop follow the channel's own figure, the worth is only
 * the ceiling; the funnel always aims a step below today; a falling stop falls no faster than that aim and ends after
 * the churn work; a kept line that loses money never stops above today, and the plan cites the figures it already has.
 */
class ThresholdsFollowTheChannelW13afTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final StrategyEngine engine = new StrategyEngine();

    private static double value(Figure figure) {
        return figure.value().doubleValue();
    }

    @Test
    void aKeptChannelWhoseTodayCountsFreeLeadsGoesOnAtItsOwnFigureWithTheWorthOnlyAsTheCeiling() {
        // 75, dental chain: «продолжаем при 4 083 ₽… стоп, если выше 8 167 ₽» under «в среднем 1 184 ₽»
        Answers dental = client("75-dental-chain-call-centre.scenario");
        TestPlan plan = engine.assess(dental).testPlan();
        double today = Signals.costPerClient(dental);
        double worth = TestPlans.clientValue(dental);
        for (Channel channel : new Channel[] {Channel.CONTEXTUAL_ADS, Channel.MARKETPLACES, Channel.TARGETED_ADS}) {
            PlannedTest kept = line(plan, channel);
            assertThat(value(kept.target())).isLessThanOrEqualTo(today + 1);
            assertThat(value(kept.stop())).isCloseTo(worth, within(1.0));
            assertThat(OwnFigure.recorded(kept)).isTrue();
            String ru = AdviceText.of(RU).planDecision(kept);
            assertThat(ru).contains("записанной до старта", "подорожал на четверть", "8\u202F167\u00A0₽")
                    .doesNotContain("4\u202F083");
            assertThat(AdviceText.of(Locale.ENGLISH).planDecision(kept)).contains("a quarter more", "8,167");
        }
        // 69, mobile tyre service at capacity: «1 731 ₽… 3 462 ₽» against today's 636 ₽
        Answers tyres = client("69-mobile-tyre-service-in-season.scenario");
        PlannedTest contextual = line(engine.assess(tyres).testPlan(), Channel.CONTEXTUAL_ADS);
        assertThat(value(contextual.target())).isLessThanOrEqualTo(Signals.costPerClient(tyres) + 1);
        assertThat(AdviceText.of(RU).planDecision(contextual)).doesNotContain("1\u202F731");
    }

    @Test
    void aScaledChannelsGoOnAboveTodayIsReadOnTheAddedMoneyNotOnTheLinesAverage() {
        // 22, online school: «продолжаем при 27 000 ₽… стоп, если выше 54 000 ₽» under «в среднем 17 500 ₽»
        TestPlan plan = engine.assess(client("22-online-school-adults.scenario")).testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(targeted.kind()).isEqualTo(PlannedTest.Kind.SCALE);
        assertThat(OwnFigure.added(targeted)).isTrue();
        String ru = AdviceText.of(RU).planDecision(targeted);
        assertThat(ru).startsWith("добавленные деньги продолжаем, пока клиент из них не дороже 27\u202F000\u00A0₽")
                .contains("подорожал на четверть", "добавленных денег дороже 54\u202F000\u00A0₽")
                .doesNotContain("продолжаем при 27");
    }

    @Test
    void theFunnelWorkAlwaysAimsAStepBelowTodayNeverAtTheChannelsFigureToHold() {
        // 53, car dealer: the funnel lost its only aim, «дальше следим за стоимостью клиента» with no number
        Answers dealer = client("53-car-dealer-big-budget-analytics-claimed.scenario");
        TestPlan plan = engine.assess(dealer).testPlan();
        PlannedTest funnel = line(plan, Channel.OPTIMISATION);
        double today = value(funnel.baseline());
        assertThat(value(funnel.target())).isLessThan(today).isGreaterThanOrEqualTo(Milestone.reachable(today) - 1);
        assertThat(value(funnel.target())).isLessThan(value(line(plan, Channel.CONTEXTUAL_ADS).target()));
        assertThat(AdviceText.of(RU).planDecision(funnel)).contains("цель — клиент не дороже 29\u202F333\u00A0₽");
        // 17, kids' centre: «цель — 160 000 ₽» dropped the same way
        PlannedTest kids = line(engine.assess(client("17-kids-center-franchise.scenario")).testPlan(), Channel.OPTIMISATION);
        assertThat(AdviceText.of(RU).planDecision(kids)).contains("цель — клиент не дороже 160\u202F000\u00A0₽");
    }

    @Test
    void aFallingStopFallsNoFasterThanTheFunnelAimAndEndsAfterTheChurnWork() {
        // 77, meditation app: aim «к 6-й неделе — 3 630 ₽» but stop «выше 2 546 ₽ к 4-й или выше 1 273 ₽ к 8-й»
        TestPlan plan = engine.assess(client("77-meditation-app-paid-installs.scenario")).testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        PlannedTest funnel = line(plan, Channel.OPTIMISATION);
        PlannedTest churn = line(plan, Channel.ONBOARDING_CHURN);
        assertThat(FallingStop.applies(targeted)).isTrue();
        double first = value(FallingStop.firstStop(targeted));
        assertThat(first).isGreaterThanOrEqualTo(value(Milestone.of(funnel)) - 1)
                .isGreaterThanOrEqualTo(Milestone.reachable(value(targeted.baseline())) - 1);
        assertThat(FallingStop.firstWeek(targeted)).isGreaterThanOrEqualTo(funnel.decisionWeek());
        assertThat(targeted.decisionWeek()).isGreaterThan(churn.startWeek() + churn.weeks() - 1);
        // its last step is today's worth, not the lifetime after the churn work: not explained as that
        assertThat(FallingStop.onRetainedWorth(targeted)).isFalse();
        assertThat(AdviceText.of(RU).planDecision(targeted)).contains("3\u202F630\u00A0₽ к 8-й неделе", "1\u202F273\u00A0₽ к 13-й")
                .doesNotContain("2\u202F546").doesNotContain("столько клиент приносит");
    }

    @Test
    void aKeptLineThatLosesMoneyNeverStopsAboveTodayAndTheCalculationStepCitesTheFigureThePlanShows() {
        // 56, SaaS with a free tier: «стоп, если выше 15 625 ₽ к 8-й неделе» above today's 12 500 ₽, and «готово, когда
        // посчитано, сколько можно платить» for a figure the intro and the lines already use
        TestPlan plan = engine.assess(client("56-b2b-saas-free-tier.scenario")).testPlan();
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(FallingStop.applies(contextual)).isTrue();
        assertThat(value(FallingStop.firstStop(contextual))).isLessThanOrEqualTo(value(contextual.baseline()));
        assertThat(FallingStop.onRetainedWorth(contextual)).isTrue();
        assertThat(AdviceText.of(RU).planDecision(contextual)).contains("12\u202F500\u00A0₽ к 8-й", "столько клиент приносит")
                .doesNotContain("15\u202F625");
        String step = AdviceText.of(RU).planDecision(line(plan, Channel.UNIT_ECONOMICS));
        assertThat(step).contains("уже стоит в строках каналов").doesNotContain("когда посчитано, сколько можно платить");
    }

    @Test
    void theSuiteRulesCatchTheOldThresholds() {
        // the r10b figures: 75's kept «продолжаем при 4 083 ₽» over 1 184 ₽ today; 53's funnel with no aim; 77's stop
        // «выше 2 546 ₽ к 4-й неделе» from 5 185 ₽ today
        Answers dental = client("75-dental-chain-call-centre.scenario");
        PlannedTest kept = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.KEEP, 1, 13, 13, 28, 1_495_385,
                Kpi.COST_PER_ACQUISITION, null, Figure.of(4_083, Unit.RUBLES), Figure.of(8_167, Unit.RUBLES));
        PlannedTest funnel = new PlannedTest(Channel.OPTIMISATION, PlannedTest.Kind.PREPARE, 1, 6, 6, 5, 274_154,
                Kpi.COST_PER_ACQUISITION, Figure.of(36_667, Unit.RUBLES), Figure.of(36_667, Unit.RUBLES), null);
        PlannedTest falling = new PlannedTest(Channel.TARGETED_ADS, PlannedTest.Kind.KEEP, 1, 13, 8, 34, 2_058_000,
                Kpi.COST_PER_ACQUISITION, Figure.of(5_185, Unit.RUBLES), Figure.of(955, Unit.RUBLES),
                Figure.of(1_273, Unit.RUBLES));
        PlannedTest churn = new PlannedTest(Channel.ONBOARDING_CHURN, PlannedTest.Kind.PREPARE, 1, 8, 8, 1, 36_923,
                Kpi.RETENTION_RATE, Figure.of(45, Unit.PERCENT), Figure.of(55, Unit.PERCENT), null);
        TestPlan old = new TestPlan(1_800_000, false, 3, 4, List.of(kept, funnel, falling, churn), List.of(), 0, 0, 0);

        List<String> broken = PlanMoneyRules.thresholdsFollowTheChannel(dental, old);
        assertThat(broken).anyMatch(b -> b.startsWith("CONTEXTUAL_ADS kept") && b.contains("(109)"));
        assertThat(broken).anyMatch(b -> b.startsWith("OPTIMISATION") && b.contains("(110)"));
        assertThat(broken).anyMatch(b -> b.startsWith("TARGETED_ADS: the last stop in week 8") && b.contains("(111)"));
        // the first step of a falling stop is derived from the line: 2 × 1 273 ₽ would be 51 % below today
        assertThat(FallingStop.firstStop(falling).value().doubleValue()).isEqualTo(3_630.0);
    }
}
