package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 143 (adv13o) on scenario 41: a children's dentistry booked three weeks ahead opens a second branch in March,
 * met on 1 December. Page 1 sends new customers to the new place, yet the plan kept «Таргетированная реклама · недели 1–13
 * · Сохранить и измерить … держим, пока клиент из канала не дороже цифры, записанной до старта» for the full branch; the
 * block (48 % of the money) stopped only «если к 9-й неделе никто не записался»; the partner visits started in week 6,
 * 5–11 January, when schools and kindergartens are closed.
 */
class DatedOpeningBarsW13bcTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final String DENTISTRY = "41-kids-dentistry-full-opening-branch";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theFullPlacesPaidLinePausesAndWorksAroundTheNewAddressReadOnItsSignUps() throws Exception {
        TestPlan plan = engine.assess(client(DENTISTRY + ".scenario")).testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(targeted.startWeek()).isEqualTo(DatedOpening.blockStart(client(DENTISTRY + ".scenario")));
        assertThat(targeted.startWeek() + targeted.weeks() - 1).isEqualTo(TestPlans.WEEKS);
        assertThat(targeted.kpi()).isEqualTo(Kpi.PRE_SALES);
        // one fact, one label: pages 1 and 2 read it on the same sign-ups as the plan
        assertThat(engine.assess(client(DENTISTRY + ".scenario")).recommendations().stream()
                .filter(r -> r.channel() == Channel.TARGETED_ADS).findFirst().orElseThrow().kpi()).isEqualTo(Kpi.PRE_SALES);

        String ru = ScenarioBriefs.text(DENTISTRY, RU);
        assertThat(ru).contains("На нынешнем месте — пауза")
                .contains("С 6-й недели").contains("только на радиус вокруг")
                .doesNotContain("держим, пока клиент из канала не дороже цифры, записанной до старта");
        assertThat(ScenarioBriefs.text(DENTISTRY, EN)).contains("Paused at the current place")
                .contains("From week 6, only the");
    }

    @Test
    void aPlaceWithRoomKeepsItsPaidLineAsItWas() {
        Answers room = client(DENTISTRY + ".scenario").toBuilder().set(AnswerField.CAPACITY, Capacity.CAN_TAKE_MORE).build();
        PlannedTest targeted = line(engine.assess(room).testPlan(), Channel.TARGETED_ADS);
        assertThat(targeted.startWeek()).isEqualTo(1);
        assertThat(targeted.kpi()).isNotEqualTo(Kpi.PRE_SALES);
    }

    @Test
    void aPreOpeningBarIsACountNeverNobodySignedUp() throws Exception {
        // no enquiries a month in the answers: the count is the question for the next meeting
        String ru = ScenarioBriefs.text(DENTISTRY, RU);
        assertThat(ru).doesNotContain("никто не записался")
                .contains("меньше N (N —").contains("вопрос к встрече)")
                .contains("меньше N (см. выше)");
        assertThat(ScenarioBriefs.text(DENTISTRY, EN)).doesNotContain("nobody has signed up");
        // with the full place's enquiries a month, a quarter of them is the bar
        Answers counted = client(DENTISTRY + ".scenario").toBuilder().set(AnswerField.LEADS_PER_MONTH,
                java.math.BigDecimal.valueOf(120)).build();
        TestPlan plan = engine.assess(counted).testPlan();
        for (Channel channel : new Channel[] {Channel.PARTNER_MARKETING, Channel.OFFLINE_ADS}) {
            PlannedTest block = line(plan, channel);
            assertThat(block.stop()).isNotNull();
            assertThat(block.stop().value().intValue()).isEqualTo(30);
        }
        // ... which the block's lines reach together; the base, read alone at week 4, a third of it (156, w13be)
        assertThat(line(plan, Channel.CRM_MARKETING).stop().value().intValue()).isEqualTo(10);
    }

    @Test
    void partnerVisitsToSchoolsStartAfterTheNewYearHolidays() {
        Answers dentistry = client(DENTISTRY + ".scenario");
        TestPlan plan = engine.assess(dentistry).testPlan();
        // week 6 from a December meeting is 5–11 January: the partners start in week 7 (12 January), still up to the opening
        PlannedTest partners = line(plan, Channel.PARTNER_MARKETING);
        assertThat(partners.startWeek()).isEqualTo(7);
        assertThat(partners.startWeek() + partners.weeks() - 1).isEqualTo(TestPlans.WEEKS);
        // the street around the new address is empty in the holidays too: it starts with the partners (156, w13be)
        assertThat(line(plan, Channel.OFFLINE_ADS).startWeek()).isEqualTo(7);
        // a meeting month that puts no block week on the holidays leaves the start as it is
        Answers january = dentistry.toBuilder().meetingMonth(Month.JANUARY)
                .set(AnswerField.NEW_MARKETS, "второй филиал в Заречном районе, открытие в апреле")
                .set(AnswerField.CONSTRAINTS, "в первом филиале запись на 3 недели вперёд, второй откроется в апреле").build();
        assertThat(line(engine.assess(january).testPlan(), Channel.PARTNER_MARKETING).startWeek())
                .isEqualTo(DatedOpening.blockStart(january));
    }
}
