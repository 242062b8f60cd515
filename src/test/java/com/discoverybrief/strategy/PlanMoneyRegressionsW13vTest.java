package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The regressions a senior strategist found in the test plan's money (review adv13h, findings 95–99): a subscription's
 * paying channel switched off before the churn fix it feeds can show, free leads counted as paid spend within the
 * budget, a fixed list of "free" channels and a free channel taking the largest line, and a reserve that says it
 * would speed up nothing where it is the launch budget of a new market.
 */
class PlanMoneyRegressionsW13vTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aSubscriptionWhoseChurnThePlanFixesKeepsItsPayingChannelUntilThatWorkReads() {
        // 05: a payer costs 15 000 ₽ (1 800 ₽ / 12 %) against 6 031 ₽ today; the plan's first step fixes the churn
        Answers saas = client("05-saas-restaurants-churn.scenario");
        PlannedTest contextual = line(engine.assess(saas).testPlan(), Channel.CONTEXTUAL_ADS);
        // 4 900 ₽ × 80 % a month, 45 % staying after the work (35 % + 10 points): 3 920 / 0.55
        double lifetime = 3_920 / 0.55;

        assertThat(contextual.stop().value().doubleValue()).isCloseTo(lifetime, org.assertj.core.data.Offset.offset(1.0));
        assertThat(contextual.decisionWeek()).isGreaterThanOrEqualTo(TestPlans.WEEKS);
        assertThat(FallingStop.afterRetention(contextual)).isTrue();
        // while the work runs the channel may not get worse: by week 8, not by 4 — and since finding 112 a kept line that
        // loses money never stops above today: twice the lifetime margin, at most today's 15 000 ₽ (was a quarter above)
        assertThat(FallingStop.firstWeek(contextual)).isEqualTo(FallingStop.FINAL_WEEK);
        assertThat(FallingStop.firstStop(contextual).value().doubleValue()).isCloseTo(Math.min(2 * lifetime, 15_000),
                org.assertj.core.data.Offset.offset(1.0));
        String decision = AdviceText.of(RU).planDecision(contextual);
        assertThat(decision).contains("к 13-й", "работа с оттоком").doesNotContain("к 4-й");
    }

    @Test
    void aFreeTierSubscriptionIsJudgedAtTheActivationWorksReading() {
        // 56: 12 500 ₽ a payer at 1 490 ₽ × 85 % a month — contextual had to fall to 4 222 ₽ by week 8
        Answers salons = client("56-b2b-saas-free-tier.scenario");
        TestPlan plan = engine.assess(salons).testPlan();
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);

        assertThat(contextual.decisionWeek()).isGreaterThanOrEqualTo(TestPlans.WEEKS);
        assertThat(contextual.stop().value().doubleValue()).isGreaterThan(4_222 * 1.2);
        assertThat(AdviceText.of(RU).planDecision(contextual)).contains("к 13-й").doesNotContain("к 4-й", "4\u202F222");
    }

    @Test
    void aOneOffBuyerCostingFifteenTimesTheMarginKeepsTheFallingStop() {
        // 34: a buyer costs 5 833 ₽ against 385 ₽, rare purchases, no churn work: finding 87 stays fixed
        Answers cases = client("34-phone-cases-shop-numbers-say-no.scenario");
        PlannedTest contextual = line(engine.assess(cases).testPlan(), Channel.CONTEXTUAL_ADS);

        assertThat(FallingStop.afterRetention(contextual)).isFalse();
        // since the strategist's answer (a) to finding 117 the stop steps down with the money cut and reaches the worth
        // by week 13 at the latest (was: by week 8 of the line, a −91 % jump in one reading)
        assertThat(FallingStop.stepped(contextual)).isTrue();
        assertThat(contextual.decisionWeek()).isLessThanOrEqualTo(TestPlans.WEEKS);
        assertThat(contextual.stop().value().doubleValue()).isEqualTo(TestPlans.clientValue(cases));
        assertThat(RetainedWorth.worth(cases, java.util.List.of())).isNull();
    }

    @Test
    void theLifetimeAfterTheChurnWorkRaisesTheShareWhoStayByTheWorksOwnTarget() {
        assertThat(RetainedWorth.target(35)).isEqualTo(45.0);
        assertThat(RetainedWorth.target(90)).isEqualTo(RetainedWorth.MOST_PERCENT);
    }

    @Test
    void leadsOfAFreeChannelAreNotPaidSpendEvenWithinTheBudget() {
        // 56: 900 sign-ups × 250 ₽ = 225 000 ₽ within the 250 000 ₽ budget, SEO among them — was printed as contextual's
        Answers salons = client("56-b2b-saas-free-tier.scenario");
        TestPlan plan = engine.assess(salons).testPlan();

        assertThat(PaidSpend.aboveBudget(salons)).isFalse();
        assertThat(PaidSpend.freeCounted(salons)).isTrue();
        assertThat(plan.freeLeads()).containsExactly(Channel.SEO_CONTENT);
        assertThat(plan.freeLeadsCounted()).isTrue();
        assertThat(line(plan, Channel.CONTEXTUAL_ADS).today()).isZero();
        String intro = String.join(" ", AdviceText.of(RU).planIntro(plan));
        // the cut is not pinned on the channels' spend (the mixed figure); its reason is said with the free leads in it (w13ab)
        assertThat(intro).contains("225\u202F000\u00A0₽", "«SEO и контент»", "бесплатные", "даже вместе с бесплатными заявками")
                .doesNotContain("клиент из них обходится дороже");
    }

    @Test
    void figuresOfOnePaidChannelAloneStayItsOwnSpend() {
        // 34: contextual is the only channel: its leads × cost per lead is its spend
        Answers cases = client("34-phone-cases-shop-numbers-say-no.scenario");

        assertThat(FreeLeads.channels(cases)).isEmpty();
        assertThat(PaidSpend.freeCounted(cases)).isFalse();
        assertThat(line(engine.assess(cases).testPlan(), Channel.CONTEXTUAL_ADS).today()).isPositive();
    }

    @Test
    void theFreeChannelsNamedAreTheClientsOwn() {
        // 33: «(SEO, рассылка, рекомендации)» for a client with SEO only. (97 also cut SEO to its usual cost; finding 100
        // reversed that: a free channel keeps its share of today's money — FreeLeadsMoneyW13adTest.)
        Answers clinic = client("33-medical-centre-large-budget.scenario");
        TestPlan plan = engine.assess(clinic).testPlan();
        String intro = String.join(" ", AdviceText.of(RU).planIntro(plan));

        assertThat(plan.freeLeads()).containsExactly(Channel.SEO_CONTENT);
        // w13ba: the «Улучшение» sentence may name the client's referrals as own work; the free channels' sentence may not
        String free = intro.substring(intro.indexOf("бесплатно"), intro.indexOf("платные каналы стоят меньше"));
        assertThat(free).contains("«SEO и контент»").doesNotContain("рассылка", "рекомендации");
    }

    @Test
    void theReserveOfAnExpansionGoalIsTheLaunchBudgetOfTheNewMarket() {
        // 08: «не ускорит результат ни одной строки выше» under an 86 % reserve, while Samara and Ufa are the goal
        TestPlan plan = engine.assess(client("08-coffee-chain-new-cities.scenario")).testPlan();
        String reserve = AdviceText.of(RU).planReserve(plan);

        assertThat(reserve).contains("бюджет запуска на новом рынке").doesNotContain("ни одной строки выше");
        assertThat(AdviceText.of(Locale.ENGLISH).planReserve(plan)).contains("launch budget of the new market");
        // finding 104: released in the week the study's line says "done", and no "first site" for any business model
        PlannedTest study = plan.lines().stream().filter(line -> line.channel() == Channel.MARKET_ANALYSIS).findFirst()
                .orElseThrow();
        assertThat(reserve).contains("(неделя " + (study.startWeek() + study.weeks() - 1) + ")")
                .doesNotContain("первую точку");
    }

    @Test
    void aDrainingChannelThatIsTheMainSourceKeepsACappedLineWithAStop() {
        // 77: 14 000 installs a month from targeted, which drains the budget — taken to 0 ₽ with a 94 % reserve
        Answers app = client("77-meditation-app-paid-installs.scenario");
        Assessment assessment = engine.assess(app);
        TestPlan plan = assessment.testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);

        assertThat(plan.spendCut()).isEqualTo(Channel.TARGETED_ADS);
        assertThat(plan.monthly(targeted)).isBetween(Math.round(1_960_000 * 0.30), Math.round(1_960_000 * 0.40));
        assertThat(targeted.stop()).isNotNull();
        assertThat(targeted.stop().value().doubleValue()).isLessThan(targeted.baseline().value().doubleValue());
        assertThat(plan.reservePercent()).isLessThan(94);
        String intro = String.join(" ", AdviceText.of(RU).planIntro(plan));
        assertThat(intro).contains("под потолком").doesNotContain("В этом плане денег на него нет");
        Verdict verdict = assessment.verdicts().stream().filter(v -> v.channel() == Channel.TARGETED_ADS).findFirst()
                .orElseThrow();
        assertThat(AdviceText.of(RU).verdictReason(verdict)).contains("под потолком").doesNotContain("денег на него нет");
        // finding 103: the heading follows the money — no «Не сейчас» above a line of the plan
        assertThat(AdviceText.of(RU).verdictHeading(verdict)).startsWith("Только под потолком").doesNotContain("Не сейчас");
        assertThat(AdviceText.of(Locale.ENGLISH).verdictHeading(verdict)).startsWith("Only under a cap of");
    }

    @Test
    void aDrainingChannelBesideTheClientsOwnFiguresStillGetsNoMoney() {
        // 01: targeted drains, referrals pay, no cost per lead: nothing says targeted is the main source
        TestPlan plan = engine.assess(client("01-dental-clinic-kazan.scenario")).testPlan();

        assertThat(plan.lines()).noneMatch(l -> l.channel() == Channel.TARGETED_ADS);
    }

    @Test
    void theSuiteRuleCatchesTheOldStopOfASubscriptionAtWeekEight() {
        // the plan the strategist read for 05: «стоп, если выше 12 062 ₽ к 4-й неделе или выше 6 031 ₽ к 8-й»
        Answers saas = client("05-saas-restaurants-churn.scenario");
        PlannedTest churn = new PlannedTest(Channel.ONBOARDING_CHURN, PlannedTest.Kind.PREPARE, 1, 8, 8, 4, 36_923,
                Kpi.RETENTION_RATE, null, null, null);
        PlannedTest contextual = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.KEEP, 1, 13, 8, 50, 450_000,
                Kpi.COST_PER_ACQUISITION, Figure.of(15_000, Unit.RUBLES), Figure.of(4_523, Unit.RUBLES),
                Figure.of(6_031, Unit.RUBLES));
        TestPlan old = new TestPlan(300_000, false, 3, 3, java.util.List.of(churn, contextual), java.util.List.of(), 413_077,
                46, 540_000);

        assertThat(PlanMoneyRules.broken(saas, old)).anyMatch(broken -> broken.contains("(95)"));
    }
}
