package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rest of scenario 58 (findings 91 in adv13g, 108c in adv13k, 125 in adv13l): a handyman with 90 % of the orders
 * from Avito who wants Avito down to 50 % «не потеряв объём». Page 1 quoted the goal and never answered it with a
 * figure; the plan's intro said the money the platform gives up goes «на свои источники заказов и на работу, которая их
 * измеряет», while SMM — neither — took its share too.
 */
class OwnSourcesGoalW13apTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final String HANDYMAN = "58-handyman-90-percent-avito";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void pageOneAnswersTheGoalToDependLessOnThePlatformInOrders() throws Exception {
        Answers handyman = client(HANDYMAN + ".scenario");
        TestPlan plan = engine.assess(handyman).testPlan();
        // the platform's first month: today's spend but at most three quarters of the budget
        long platform = Math.min(Math.round(handyman.number(AnswerField.LEADS_PER_MONTH).doubleValue()
                * handyman.number(AnswerField.COST_PER_LEAD).doubleValue()), plan.monthlyBudget() * 75 / 100);

        // the client's numbers: 450 enquiries at 180 ₽, 60 % become orders — a customer costs 300 ₽, 270 orders a month
        double rate = handyman.number(AnswerField.LEAD_CONVERSION).doubleValue() / 100;
        double perCustomer = handyman.number(AnswerField.COST_PER_LEAD).doubleValue() / rate;
        long today = Math.round(handyman.number(AnswerField.LEADS_PER_MONTH).doubleValue() * rate);
        // in the plan's last month the platform has lost a tenth of its money each month before it
        long lastMonth = platform - (plan.months() - 1) * Math.round(platform / 10.0);
        long bought = Math.round(lastMonth / perCustomer);
        long ownByThen = today - bought;
        assertThat(ownByThen).isPositive();

        String brief = ScenarioBriefs.text(HANDYMAN, RU);
        String pageOne = brief.substring(0, brief.indexOf("План тестов на первые"));
        // the volume and the share the goal names at it: OwnSourcesVolumeW13asTest (finding 128)
        assertThat(pageOne).contains("≈\u00A0" + today + " с площадки")
                .contains("В " + plan.months() + "-м месяце площадке остаётся " + AdviceText.of(RU).rubles(lastMonth)
                        + " — ≈\u00A0" + bought + " заказов при нынешней конверсии")
                .contains("(≈\u00A0" + ownByThen + " сверх нынешних");
        assertThat(AdviceText.of(EN).ownSourcesGoal(plan, handyman))
                .contains("≈\u00A0" + today + " from the platform")
                .contains("(≈\u00A0" + ownByThen + " on top of today’s");
    }

    @Test
    void aClientWhoDoesNotWantToDependLessGetsNoSuchAnswer() {
        // 80 runs Avito too, with no goal to lower the dependence: no plan moves its money, no goal in orders
        Answers cars = client("80-used-cars-avito-only.scenario");
        TestPlan plan = engine.assess(cars).testPlan();
        assertThat(plan.ownSources()).isFalse();
        assertThat(AdviceText.of(RU).ownSourcesGoal(plan,
                cars.toBuilder().set(AnswerField.GROWTH_GOAL, "снизить долю Авито до 50 %").build())).isNull();
    }

    @Test
    void theIntroNamesWhatTheMoneyThePlatformGivesUpPaysFor() {
        TestPlan plan = engine.assess(client(HANDYMAN + ".scenario")).testPlan();
        String intro = AdviceText.of(RU).planToday(plan);

        // every line but the platform's is named in the sentence that says where the rest goes: SMM is a new channel,
        // neither an own source nor the measuring work
        assertThat(intro).doesNotContain("Остальное с 1-го месяца идёт на свои источники заказов и на работу");
        String rest = intro.substring(intro.indexOf("Остальное"));
        assertThat(rest).contains("на пробу нового канала — SMM");
        String own = rest.substring(0, rest.indexOf("на работу"));
        assertThat(own).contains("карты и геосервисы", "CRM-маркетинг", "партнёрский маркетинг").doesNotContain("SMM");
        // the parts a month and the platform's money add up to the budget (to the hundreds each part is rounded to)
        Matcher sums = Pattern.compile("≈\u00A0([\\d\u202F ]+)\u00A0₽").matcher(rest.substring(0, rest.indexOf("Каждый месяц")));
        long parts = 0;
        while (sums.find()) {
            parts += Long.parseLong(sums.group(1).replaceAll("\\D", ""));
        }
        // the platform's money a month on average over the plan, as the sentence before says it
        long platform = plan.monthly(line(plan, Channel.MARKETPLACES));
        assertThat(intro).contains("в среднем " + AdviceText.of(RU).rubles(Math.round(platform / 100.0) * 100) + " в месяц за план");
        assertThat(Math.abs(parts + platform - plan.monthlyBudget())).isLessThanOrEqualTo(200);
    }

    @Test
    void thePlatformsMoneyStepsDownATenthAMonthInThePlanAndTheOwnSourcesGetIt() {
        Answers handyman = client(HANDYMAN + ".scenario");
        TestPlan plan = engine.assess(handyman).testPlan();
        PlannedTest avito = line(plan, Channel.MARKETPLACES);
        // month 1: today's spend (450 × 180 ₽) but at most three quarters of the budget; then a tenth of it less a month
        long budget = plan.monthlyBudget();
        long today = Math.round(handyman.number(AnswerField.LEADS_PER_MONTH).doubleValue()
                * handyman.number(AnswerField.COST_PER_LEAD).doubleValue());
        long first = Math.min(today, budget * 75 / 100);
        long tenth = first / 10;
        long overPlan = 0;
        for (int month = 0; month < plan.months(); month++) {
            overPlan += first - month * tenth;
        }
        assertThat(avito.rubles()).isBetween(overPlan - 3, overPlan + 3);
        // what it gives up is the own sources': they get more than a flat platform left them, the others no more
        long ownSources = plan.lines().stream().filter(line -> OwnSources.ownSource(line.channel()))
                .mapToLong(PlannedTest::rubles).sum();
        long others = plan.lines().stream().filter(line -> line != avito && !OwnSources.ownSource(line.channel()))
                .mapToLong(PlannedTest::rubles).sum();
        assertThat(ownSources + others + avito.rubles() + plan.reserve()).isEqualTo(budget * plan.months());
        assertThat(ownSources).isGreaterThanOrEqualTo(first * plan.months() - overPlan);
        // the text says the same figures: month 1, the step and the last month, in the intro and in the line
        AdviceText ru = AdviceText.of(RU);
        String intro = ru.planToday(plan);
        assertThat(intro).contains("около " + ru.rubles(first) + " в 1-м месяце")
                .contains("ещё " + ru.rubles(tenth) + " — десятая часть")
                .contains("в " + plan.months() + "-м месяце площадке остаётся " + ru.rubles(first - (plan.months() - 1) * tenth));
        assertThat(ru.planDecision(plan, avito, engine.assess(handyman).recommendations()))
                .contains("не больше " + ru.rubles(first) + " в 1-м месяце, дальше на " + ru.rubles(tenth) + " меньше каждый месяц")
                .contains("в " + plan.months() + "-м — " + ru.rubles(first - (plan.months() - 1) * tenth));
    }

    @Test
    void aOneOffMapCardGetsWhatItCostsOnATightBudget() {
        // 125: «Карты и геосервисы · недели 1–4 · 1 822 ₽» — a card filled for less than it costs is not filled
        TestPlan plan = engine.assess(client(HANDYMAN + ".scenario")).testPlan();
        PlannedTest maps = line(plan, Channel.MAP_LISTINGS);
        assertThat(maps.kind()).isEqualTo(PlannedTest.Kind.PREPARE);
        // its usual cost a month over its weeks: 3 000 ₽ × 4 weeks of the plan's 13 in 3 months
        long usual = Math.round(Channel.MAP_LISTINGS.testBudget() * (double) maps.weeks() * plan.months() / 13);
        assertThat(maps.rubles()).isGreaterThanOrEqualTo(usual - 1);
    }
}
