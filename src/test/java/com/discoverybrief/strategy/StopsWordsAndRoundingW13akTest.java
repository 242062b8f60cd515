package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 117–120 and the answer (b) of the strategist's review (adv13k): a stop for a channel at many times its worth
 * steps down with the money cut instead of jumping 91 % in one reading; a channel's own figure is recorded once the
 * plan's tracking works, not "before the start", where it is not ready; big sums in running text are rounded; a tender
 * business reads the tender's risk in the approach; the line under the headline names the first open condition.
 */
class StopsWordsAndRoundingW13akTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    private static double value(Figure figure) {
        return figure.value().doubleValue();
    }

    @Test
    void aChannelAtManyTimesItsWorthStepsItsStopDownBesideTheMoneyCut() {
        // 34: «стоп, если выше 4 083 ₽ к 4-й неделе или выше 385 ₽ к 8-й» — −91 % in one reading
        Answers cases = client("34-phone-cases-shop-numbers-say-no.scenario");
        Assessment assessment = engine.assess(cases);
        TestPlan plan = assessment.testPlan();
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        double today = value(contextual.baseline());

        assertThat(FallingStop.stepped(contextual)).isTrue();
        assertThat(value(FallingStop.firstStop(contextual))).isEqualTo((double) Math.round(Milestone.reachable(today)));
        assertThat(FallingStop.firstWeek(contextual)).isEqualTo(contextual.startWeek() - 1 + FallingStop.FIRST_WEEK);
        assertThat(value(FallingStop.secondStop(contextual)))
                .isEqualTo((double) Math.round(Milestone.reachable(value(FallingStop.firstStop(contextual)))));
        assertThat(FallingStop.secondWeek(contextual)).isEqualTo(contextual.startWeek() - 1 + FallingStop.FINAL_WEEK);
        // the worth, recomputed by the economics work, is judged last — by week 13, never past it
        assertThat(contextual.decisionWeek()).isGreaterThan(FallingStop.secondWeek(contextual)).isLessThanOrEqualTo(TestPlans.WEEKS);
        assertThat(value(contextual.stop())).isEqualTo(TestPlans.clientValue(cases));
        // the money falls with the stop: the line keeps the plan's cut, below today's spend
        assertThat(plan.monthly(contextual)).isEqualTo(54_000L).isLessThan(plan.todaysSpend());
        assertThat(PlanMoneyRules.broken(cases, plan)).isEmpty();

        String ru = AdviceText.of(RU).planDecision(plan, contextual, assessment.recommendations());
        assertThat(ru).contains("не больше 54\u202F000\u00A0₽ в месяц и только запросы, которые приводят покупки",
                "4\u202F083\u00A0₽ к 4-й неделе, 2\u202F858\u00A0₽ к 8-й или 385\u00A0₽ к 13-й",
                "если к 8-й неделе клиент дороже 770\u00A0₽, оставляем только запросы с названием магазина")
                .doesNotContain("385\u00A0₽ к 8-й", "продолжаем при");
        assertThat(AdviceText.of(EN).planDecision(plan, contextual, assessment.recommendations()))
                .contains("4,083", "2,858", "by week 13", "queries with the shop’s name");
    }

    @Test
    void theOtherFallingStopsKeepTheirTwoSteps() {
        // 77 (churn work: 3 630 ₽ at week 8, the worth at week 13), 56 (today at week 8), 05 (the retained worth)
        for (String name : new String[] {"77-meditation-app-paid-installs.scenario", "56-b2b-saas-free-tier.scenario",
                "05-saas-restaurants-churn.scenario"}) {
            TestPlan plan = engine.assess(client(name)).testPlan();
            for (PlannedTest line : plan.lines()) {
                assertThat(FallingStop.stepped(line)).as(name + " " + line.channel()).isFalse();
            }
        }
        PlannedTest targeted = line(engine.assess(client("77-meditation-app-paid-installs.scenario")).testPlan(),
                Channel.TARGETED_ADS);
        assertThat(AdviceText.of(RU).planDecision(targeted)).contains("стоп, если выше 3\u202F630\u00A0₽ к 8-й неделе или выше 1\u202F273\u00A0₽ к 13-й");
    }

    @Test
    void aCutForALossSaysSoNotThatABiggerBudgetWouldGiveTheMoneyBack() {
        // 124 (adv13l): 34 «этим каналам остаётся 54 000 ₽ в месяц. Масштабировать их и вернуть прежние деньги можно
        // только с ростом бюджета» — for a customer costing 5 833 ₽ against 385 ₽ of margin
        TestPlan plan = engine.assess(client("34-phone-cases-shop-numbers-say-no.scenario")).testPlan();
        String intro = String.join(" ", AdviceText.of(RU).planIntro(plan));
        assertThat(intro).contains("обходится дороже, чем приносит").doesNotContain("с ростом бюджета");
    }

    @Test
    void aChannelsOwnFigureIsRecordedOnceTheTrackingWorks() {
        // 03 (analytics: partly): «держим, пока клиент из канала не дороже цифры, записанной до старта» while the
        // plan's own tracking line is done only at week 4
        Answers renovation = client("03-renovation-one-off.scenario");
        Assessment assessment = engine.assess(renovation);
        TestPlan plan = assessment.testPlan();
        PlannedTest analytics = line(plan, Channel.ANALYTICS_SETUP);
        int ready = analytics.startWeek() + analytics.weeks() - 1;
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(OwnFigure.recorded(contextual)).isTrue();

        AdviceText ru = AdviceText.of(RU);
        assertThat(ru.planDecision(plan, contextual, assessment.recommendations()))
                .contains("его цифры, которую записываем, как заработает учёт (неделя " + ready + ")")
                .doesNotContain("до старта");
        assertThat(ru.planBaseline(plan, contextual)).isEqualTo("записать к " + ready + "-й неделе");
        // the tracking line itself is measured from the start
        assertThat(ru.planBaseline(plan, analytics)).isEqualTo("записать до старта");

        // 75 (analytics: yes): no tracking line, the figure is recorded before the start
        Answers dental = client("75-dental-chain-call-centre.scenario");
        Assessment dentalAssessment = engine.assess(dental);
        TestPlan dentalPlan = dentalAssessment.testPlan();
        assertThat(dentalPlan.lines()).noneMatch(l -> l.channel() == Channel.ANALYTICS_SETUP);
        assertThat(ru.planDecision(dentalPlan, line(dentalPlan, Channel.CONTEXTUAL_ADS), dentalAssessment.recommendations()))
                .contains("записанной до старта");
    }

    @Test
    void bigSumsInRunningTextAreRounded() throws IOException {
        // 75: «получают 1 121 539 ₽ в месяц… всего 1 181 539 ₽»
        String ru = ScenarioBriefs.text("75-dental-chain-call-centre", RU);
        assertThat(ru).contains("получают ≈\u00A01,12\u00A0млн\u00A0₽ в месяц", "всего ≈\u00A01,18\u00A0млн\u00A0₽ в месяц")
                .doesNotContain("1\u202F121\u202F539", "1\u202F181\u202F539");
        assertThat(ScenarioBriefs.text("75-dental-chain-call-centre", EN)).contains("≈\u00A01.12 million\u00A0₽ a month")
                .doesNotContain("1,121,539");
        AdviceText text = AdviceText.of(RU);
        // «около ≈» never: the word already says it
        assertThat(ru).doesNotContain("около ≈");
        assertThat(text.rubles(1_200_000)).isEqualTo("1\u202F200\u202F000\u00A0₽");
    }

    @Test
    void aTenderBusinessReadsTheTendersRiskInTheApproach() throws IOException {
        // 76: «одна площадка: она может снова поднять цену или заблокировать аккаунт» for B2B-Center tenders
        String tenders = ScenarioBriefs.text("76-logistics-tenders", RU);
        assertThat(tenders).contains("Больше половины заказов — тендеры: цену там задаёт торг",
                "растим прямые годовые договоры").doesNotContain("заблокировать аккаунт");
        assertThat(ScenarioBriefs.text("76-logistics-tenders", EN)).contains("are tenders: the auction sets the price")
                .doesNotContain("block the account");
        // 58: Avito is still the platform that can raise its price or block the account
        assertThat(ScenarioBriefs.text("58-handyman-90-percent-avito", RU)).contains("заблокировать аккаунт");
    }

    @Test
    void theLineUnderTheHeadlineNamesTheFirstOpenCondition() throws IOException {
        // 58: «…выполнено 4 из 7 — список ниже.» while «Начать стоит с пункта…» sits two pages away
        assertThat(ScenarioBriefs.text("58-handyman-90-percent-avito", RU))
                .contains("Это готовность стратегии; из условий для запуска рекламы выполнено 4 из 7; первое — учёт заявок и продаж.");
        assertThat(ScenarioBriefs.text("58-handyman-90-percent-avito", EN)).contains("4 of 7 are met; first: tracking enquiries and sales.");
    }
}
