package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 114 and 116 of the strategist's review (adv13k), scenario 79 — the wedding venue met in January, weddings
 * May–September booked 6–12 months ahead. 114: the window's 55 000 / 110 000 ₽ were read on each line's average cost
 * per booking (3.75× / 7.5× today's 14 667 ₽) while no money was added; 116: the season's other readings fell after the
 * window closed, and the targeted test started at week 5.
 */
class BookingWindowAddedMoneyW13aiTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String VENUE = "79-wedding-venue-booked-in-winter.scenario";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theWindowSpendsMoreThanTheMonthlyBudgetBorrowedFromTheMonthsAfterIt() {
        // 79: horizon six months, budget 120 000 ₽ a month: «в январе–марте тратим до ~150 000 ₽ в месяц за счёт апреля–мая»
        Answers venue = client(VENUE);
        TestPlan plan = engine.assess(venue).testPlan();
        BookingWindow window = plan.bookingWindow();
        assertThat(window.borrowed()).isGreaterThan(0);
        assertThat(window.lendsFrom()).isEqualTo(SeasonMonth.APRIL);
        assertThat(window.lendsTo()).isEqualTo(SeasonMonth.MAY);
        assertThat(window.borrowed()).isEqualTo(76_000L); // a quarter of 120 000 ₽ a month over the window's 11 weeks
        // the plan sums to its budget and what it borrows
        assertThat(plan.total()).isEqualTo(plan.monthlyBudget() * plan.months() + window.borrowed());
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve()).isEqualTo(plan.total());
        // the borrowed money lets the window sell now: the targeted test gets its test money from week 2, and the work on
        // the enquiries is no trifle beside it (without borrowing it would be squeezed to a few hundred roubles)
        TestPlan noHorizon = engine.assess(venue.toBuilder().set(AnswerField.GROWTH_HORIZON, GrowthHorizon.THREE_MONTHS).build()).testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat((double) targeted.rubles()).isGreaterThanOrEqualTo(
                Channel.TARGETED_ADS.testBudget() * (double) targeted.weeks() * TestPlans.MONTHS / TestPlans.WEEKS - 1);
        // finding 122 (adv13l) changed this premise for the conversion work: the borrowed money goes to what sells the dates
        // (the paying lines, then warming); the conversion work gets its money as without the borrowing, no trifle either
        assertThat(line(plan, Channel.LEAD_NURTURING).rubles()).isGreaterThan(line(noHorizon, Channel.LEAD_NURTURING).rubles())
                .isGreaterThanOrEqualTo(Channel.LEAD_NURTURING.testBudget());
        assertThat(line(plan, Channel.OPTIMISATION).rubles()).isEqualTo(line(noHorizon, Channel.OPTIMISATION).rubles())
                .isGreaterThanOrEqualTo(Channel.OPTIMISATION.testBudget());
        // today's channels keep today's money, none of it cut to pay for the rest
        assertThat(line(plan, Channel.MARKETPLACES).rubles()).isGreaterThanOrEqualTo(line(noHorizon, Channel.MARKETPLACES).rubles());
        // a horizon that ends with the plan has no months to borrow from
        assertThat(noHorizon.bookingWindow().borrowed()).isZero();
        assertThat(noHorizon.total()).isEqualTo(noHorizon.monthlyBudget() * noHorizon.months());

        List<String> ru = AdviceText.of(RU).planIntro(plan);
        assertThat(ru.get(0)).isEqualTo("Бюджет: 120\u202F000\u00A0₽ в месяц, 360\u202F000\u00A0₽ за 3 месяца.");
        // what the window's weeks really spend a month, more than the budget, not a round wish
        assertThat(plan.windowMonthly()).isGreaterThan(plan.monthlyBudget());
        assertThat(String.join(" ", ru)).contains("около " + AdviceText.of(RU).rubles(plan.windowMonthly()) + " в месяц")
                .contains("(апрель–май)")
                .contains("всего в плане " + AdviceText.of(RU).rubles(plan.total()));
        assertThat(String.join(" ", AdviceText.of(Locale.ENGLISH).planIntro(plan))).contains("(April–May)");
    }

    @Test
    void theWindowsFiguresJudgeTheAddedMoneyAndTheAverageIsHeldToTodaysAndAQuarter() {
        // 79 printed «продолжаем, пока бронь из канала не дороже 55 000 ₽» on Горько's whole money, beside «клиент сейчас
        // стоит в среднем 14 667 ₽»
        TestPlan plan = engine.assess(client(VENUE)).testPlan();
        String ru = AdviceText.of(RU).planDecision(plan, line(plan, Channel.MARKETPLACES), List.of());
        // finding 123 (adv13l): the added money is read on the enquiry, the booking's figures times the 15 % conversion
        assertThat(ru).startsWith("бронь — не дороже её цифры с 4-й недели, когда заработает учёт (сейчас в среднем 14\u202F667\u00A0₽), стоп — на четверть дороже")
                .contains("добавленные на сезон деньги — пока заявка не дороже 8\u202F250\u00A0₽, стоп — дороже 16\u202F500\u00A0₽ к 6-й неделе");
        assertThat(AdviceText.of(Locale.ENGLISH).planDecision(plan, line(plan, Channel.MARKETPLACES), List.of()))
                .contains("now 14,667", "money added for the season");
        // a new test's money is all added: the window's figures alone
        assertThat(AdviceText.of(RU).planDecision(plan, line(plan, Channel.TARGETED_ADS), List.of()))
                .startsWith("продолжаем, пока заявка из канала не дороже 8\u202F250\u00A0₽ (55\u202F000\u00A0₽ × ");
        String intro = String.join(" ", AdviceText.of(RU).planIntro(plan));
        assertThat(intro).contains("в среднем — не дороже нынешней, стоп — на четверть дороже")
                .contains("Деньги, добавленные на сезон, судим по заявке")
                .doesNotContain("продолжаем до 55");
    }

    @Test
    void everySellingReadingFallsInsideTheWindowAndTheTargetedTestStartsNow() {
        Answers venue = client(VENUE);
        TestPlan plan = engine.assess(venue).testPlan();
        int last = plan.bookingWindow().lastWeek();
        // «Прогрев заявок… к 12-й неделе», «Настройка конверсии… к 12-й неделе» after the window closes at week 11
        for (Channel work : new Channel[] {Channel.LEAD_NURTURING, Channel.OPTIMISATION, Channel.SMM}) {
            assertThat(line(plan, work).decisionWeek()).as(work.name()).isLessThanOrEqualTo(last / 2 + 1);
        }
        // targeted «недели 5–11»: the scenario says start now, on couples who applied to register
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(targeted.startWeek()).isEqualTo(2);
        assertThat(targeted.startWeek() + targeted.weeks() - 1).isEqualTo(last);
        assertThat(plan.later()).doesNotContain(Channel.TARGETED_ADS);
        // page 1 said «Таргетированная реклама · Позже: шаг 12, после настройки аналитики» beside «недели 2–11»
        assertThat(engine.assess(venue).verdicts()).filteredOn(v -> v.channel() == Channel.TARGETED_ADS)
                .allMatch(v -> v.kind() == VerdictKind.RECOMMENDED).isNotEmpty();
        assertThat(PlanMoneyRules.broken(venue, plan)).isEmpty();
    }

    @Test
    void aClientWithoutAWindowKeepsItsReadingsAndMoney() {
        Answers venue = client(VENUE);
        Answers april = venue.toBuilder().meetingMonth(java.time.Month.APRIL).build();
        assertThat(BookingWindow.sellingWork(april, Channel.LEAD_NURTURING, PlannedTest.Kind.TEST)).isFalse();
        TestPlan plan = engine.assess(april).testPlan();
        assertThat(plan.bookingWindow()).isNull();
        assertThat(plan.total()).isEqualTo(plan.monthlyBudget() * plan.months());
    }
}
