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
 * The strategist's findings 126 and 127 (review adv13l).
 * <ul>
 * <li>126 (18, 28, 46): the reserve's first call waited until «клиент из него не дороже его цифры, которую записываем,
 * как заработает учёт (неделя 4)» — the channel compared with itself. Reserve money is added money: it is judged on the
 * added money's go-on, half of what a client is worth, as the scaled lines of 22 and 33 are, and from the week after
 * the channel's own figure is recorded.</li>
 * <li>127: «записать к 4-й неделе» beside a new test's «в первые две недели записываем стоимость заявки», even on a test
 * that starts at week 9, and on preparation done by week 2. The tracking week applies only to the figures of what runs
 * today: a new test records its own figure in its first weeks, a preparation done before the tracking works has no
 * figure to record.</li>
 * </ul>
 */
class ReserveAddedMoneyAndBaselineWeekW13anTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    private static int trackingReady(TestPlan plan) {
        PlannedTest analytics = line(plan, Channel.ANALYTICS_SETUP);
        return analytics.startWeek() + analytics.weeks() - 1;
    }

    @Test
    void theReservesFirstCallIsJudgedOnTheAddedMoneysGoOnNotOnTheChannelsOwnFigure() {
        // 28 «…не дороже 6 000 ₽» (B), 46 «4 688 ₽» (B), 18: each lost for the circular «не дороже его цифры»
        for (String file : List.of("28-pilates-studio-assumptions.scenario", "46-beauty-clinic-all-assumptions.scenario",
                "18-marketplace-seller-no-site.scenario")) {
            Answers answers = client(file);
            TestPlan plan = engine.assess(answers).testPlan();
            PlannedTest first = plan.firstCallLine();
            assertThat(OwnFigure.recorded(first)).as(file).isTrue();
            // the added money may buy a client at half of what a client is worth, by the client's own numbers
            assertThat(first.target().value().doubleValue()).as(file)
                    .isCloseTo(TestPlans.clientValue(answers) / 2, within(1.0));
            int ready = trackingReady(plan);

            AdviceText ru = AdviceText.of(RU);
            String reserve = ru.planReserve(plan);
            assertThat(reserve).as(file)
                    .contains("с " + (ready + 1) + "-й недели")
                    .contains("не подорожал против его цифры " + ready + "-й недели")
                    .contains("не дороже " + ru.figure(first.target()))
                    .doesNotContain("не дороже его цифры");
            String en = AdviceText.of(EN).planReserve(plan);
            assertThat(en).as(file).contains("from week " + (ready + 1))
                    .contains("no more than " + AdviceText.of(EN).figure(first.target()))
                    .doesNotContain("costs no more than its figure");
        }
    }

    @Test
    void aPlatformThatPaysTakesReserveMoneyAtTheAddedMoneysGoOnToo() {
        // 54 (121's print): «Telegram … если клиент из него не дороже 2 925 ₽ … — ещё … из резерва»
        Answers answers = client("54-kids-coding-two-targeting-results.scenario");
        TestPlan plan = engine.assess(answers).testPlan();
        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(OwnFigure.recorded(targeted)).isTrue();
        assertThat(targeted.target().value().doubleValue()).isCloseTo(TestPlans.clientValue(answers) / 2, within(1.0));

        AdviceText ru = AdviceText.of(RU);
        assertThat(ru.planReserve(plan)).contains("площадка «Telegram»")
                .contains("пока клиент из неё не дороже своей цифры, записанной до старта, и не дороже " + ru.figure(targeted.target()));
    }

    @Test
    void aNewTestRecordsItsOwnFigureInItsFirstWeeksNotAtTheTrackingWeek() {
        AdviceText ru = AdviceText.of(RU);
        AdviceText en = AdviceText.of(EN);
        // the strategist's list: 09 15 18 21 28 38 47 61, «в первые две недели записываем стоимость заявки»
        for (String file : List.of("09-florist-tiny-budget.scenario", "15-kids-language-school.scenario",
                "18-marketplace-seller-no-site.scenario", "21-restaurant-for-everyone.scenario",
                "28-pilates-studio-assumptions.scenario", "38-coffee-franchisee.scenario", "47-shawarma-walk-in.scenario",
                "61-lash-studio-only-instagram.scenario")) {
            TestPlan plan = engine.assess(client(file)).testPlan();
            List<PlannedTest> tests = plan.lines().stream()
                    .filter(l -> l.kind() == PlannedTest.Kind.TEST && l.kpi() == Kpi.COST_PER_LEAD).toList();
            assertThat(tests).as(file).isNotEmpty();
            for (PlannedTest test : tests) {
                assertThat(ru.planBaseline(plan, test)).as(file).isEqualTo("в 1–2-ю неделю теста");
                assertThat(en.planBaseline(plan, test)).as(file).isEqualTo("in the test’s first 1–2 weeks");
            }
        }
        // 15: the offline test starts at week 9, five weeks after the tracking works; the cost of a client from it is
        // its own, counted from its first week as its sales come (72's dealer takes months: not «в 1–2-ю неделю»)
        TestPlan school = engine.assess(client("15-kids-language-school.scenario")).testPlan();
        PlannedTest offline = line(school, Channel.OFFLINE_ADS);
        assertThat(offline.startWeek()).isGreaterThan(trackingReady(school));
        assertThat(offline.kpi()).isEqualTo(Kpi.COST_PER_ACQUISITION);
        assertThat(ru.planBaseline(school, offline)).isEqualTo("считаем с 1-й недели теста");
        // 17: a new outreach records what its first 100 contacts give
        TestPlan franchise = engine.assess(client("17-kids-center-franchise.scenario")).testPlan();
        PlannedTest outreach = line(franchise, Channel.COLD_OUTREACH);
        assertThat(outreach.kind()).isEqualTo(PlannedTest.Kind.TEST);
        assertThat(ru.planBaseline(franchise, outreach)).isEqualTo("в 1–2-ю неделю теста");
    }

    @Test
    void aPreparationDoneBeforeTheTrackingWorksHasNoFigureToRecord() {
        AdviceText ru = AdviceText.of(RU);
        for (String file : List.of("11-building-materials-wholesale.scenario", "30-hr-saas-startup.scenario",
                "66-b2b-cleaning-one-client-65-percent.scenario")) {
            TestPlan plan = engine.assess(client(file)).testPlan();
            PlannedTest economics = line(plan, Channel.UNIT_ECONOMICS);
            assertThat(economics.startWeek() + economics.weeks() - 1).as(file).isLessThan(trackingReady(plan));
            assertThat(ru.planBaseline(plan, economics)).as(file).isEqualTo("—");
        }
    }

    @Test
    void theTrackingWeekStaysOnTheFiguresOfWhatRunsTodayAndOfTheBusiness() {
        AdviceText ru = AdviceText.of(RU);
        TestPlan plan = engine.assess(client("28-pilates-studio-assumptions.scenario")).testPlan();
        int ready = trackingReady(plan);
        // the kept channel's own figure, and the share of referred clients (a figure of the whole business)
        assertThat(ru.planBaseline(plan, line(plan, Channel.TARGETED_ADS))).isEqualTo("записать к " + ready + "-й неделе");
        assertThat(ru.planBaseline(plan, line(plan, Channel.REFERRAL_PROGRAMME))).isEqualTo("записать к " + ready + "-й неделе");
        // the tracking line is measured from the start
        assertThat(ru.planBaseline(plan, line(plan, Channel.ANALYTICS_SETUP))).isEqualTo("записать до старта");
        // a preparation still running when the tracking works records its figure then (21's positioning, weeks 1–6)
        TestPlan restaurant = engine.assess(client("21-restaurant-for-everyone.scenario")).testPlan();
        PlannedTest positioning = line(restaurant, Channel.POSITIONING);
        assertThat(positioning.startWeek() + positioning.weeks() - 1).isGreaterThanOrEqualTo(trackingReady(restaurant));
        assertThat(ru.planBaseline(restaurant, positioning)).isEqualTo("записать к " + trackingReady(restaurant) + "-й неделе");
    }
}
