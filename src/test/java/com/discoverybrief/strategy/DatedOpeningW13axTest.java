package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 90 (adv13g) on scenario 41: a children's dentistry full three weeks ahead opens its second branch «в марте»,
 * met on 1 December. The plan ignored the date: «Резерв: … 84 % — … отдаём тем тестам, которые достигнут порога
 * «продолжаем»», no pre-opening work. Now the weeks before the opening are a block — the map card of the new address,
 * partners nearby, a waiting list from the base, an opening offer — read on the sign-ups for the new branch, with the
 * money timed to it and the reserve the opening month's money.
 */
class DatedOpeningW13axTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String DENTISTRY = "41-kids-dentistry-full-opening-branch";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theOpeningMonthInTheClientsWordsDatesTheOpeningWeek() {
        Answers dentistry = client(DENTISTRY + ".scenario");
        // December to March: three months, week 14 — just after the plan's 13 weeks
        assertThat(DatedOpening.week(dentistry)).isEqualTo(14);
        assertThat(DatedOpening.blockStart(dentistry)).isEqualTo(6);
        // no meeting month, nothing to date it from
        assertThat(DatedOpening.week(dentistry.toBuilder().meetingMonth(null).build())).isZero();
        // an opening half a year away leaves no block inside this plan
        assertThat(DatedOpening.week(dentistry.toBuilder().meetingMonth(Month.SEPTEMBER).build())).isZero();
        // a new place with no date named is not this rule's
        Answers undated = dentistry.toBuilder().set(AnswerField.NEW_MARKETS, "второй филиал в Заречном районе")
                .set(AnswerField.CONSTRAINTS, "в первом филиале запись на 3 недели вперёд").build();
        assertThat(DatedOpening.week(undated)).isZero();
    }

    @Test
    void theWeeksBeforeTheOpeningAreABlockReadOnSignUpsWithTheMoneyTimedToIt() throws Exception {
        TestPlan plan = engine.assess(client(DENTISTRY + ".scenario")).testPlan();
        // the waiting list from the base starts now: the full branch's queue is the new one's first audience
        PlannedTest list = line(plan, Channel.CRM_MARKETING);
        assertThat(list.kpi()).isEqualTo(Kpi.PRE_SALES);
        assertThat(list.startWeek()).isEqualTo(1);
        assertThat(list.startWeek() + list.weeks() - 1).isEqualTo(TestPlans.WEEKS);
        // the partners and the street around the new address run in the weeks up to the opening, on sign-ups
        for (Channel channel : new Channel[] {Channel.PARTNER_MARKETING, Channel.OFFLINE_ADS}) {
            PlannedTest block = line(plan, channel);
            assertThat(block.kpi()).isEqualTo(Kpi.PRE_SALES);
            // ... the partners (schools, kindergartens) after the New Year holidays: week 7, not 6 = 5–11 January (143),
            // and the street around the new address with them (156, w13be)
            assertThat(block.startWeek()).isEqualTo(7);
            assertThat(block.startWeek() + block.weeks() - 1).isEqualTo(TestPlans.WEEKS);
            assertThat(block.decisionWeek()).isLessThan(TestPlans.WEEKS);
            assertThat(block.percent()).isGreaterThanOrEqualTo(15);
        }
        // the reserve is the opening month's money, about a month of the budget — no longer 84 %
        assertThat(plan.reservePercent()).isLessThanOrEqualTo(DatedOpening.RESERVE_PERCENT);
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve())
                .isEqualTo(plan.monthlyBudget() * plan.months());

        String brief = ScenarioBriefs.text(DENTISTRY, RU);
        assertThat(brief).contains("Почему столько: это деньги месяца открытия нового места")
                .contains("Новое место открывается в марте; до открытия — блок запуска")
                .contains("лист ожидания из вашей базы")
                .contains("Запись в лист ожидания")
                .doesNotContain("больше денег в эти месяцы не ускорит результат ни одной строки выше");
    }
}
