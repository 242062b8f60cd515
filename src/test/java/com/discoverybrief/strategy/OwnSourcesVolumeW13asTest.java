package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * adv13m, findings 128–130 on scenario 58 (a handyman with «90 % заказов с Авито Услуги, остальное — повторные звонки»
 * who wants Avito down to 50 % «не потеряв объём»), and the parcel text under service businesses (44, 47, 58, 71).
 */
class OwnSourcesVolumeW13asTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final String HANDYMAN = "58-handyman-90-percent-avito";

    private final StrategyEngine engine = new StrategyEngine();

    /** 128: the volume is the platform's orders ÷ its share today; the own sources' target starts from their orders today. */
    @Test
    void theGoalCountsTheVolumeFromThePlatformsShareAndTheOwnSourcesFromTheirOrdersToday() throws Exception {
        Answers handyman = client(HANDYMAN + ".scenario");
        TestPlan plan = engine.assess(handyman).testPlan();
        // the client's numbers: 450 enquiries at 180 ₽, 60 % become orders — 270 orders a month from the platform
        double rate = handyman.number(AnswerField.LEAD_CONVERSION).doubleValue() / 100;
        double perCustomer = handyman.number(AnswerField.COST_PER_LEAD).doubleValue() / rate;
        long platformToday = Math.round(handyman.number(AnswerField.LEADS_PER_MONTH).doubleValue() * rate);
        // «90 % заказов с Авито»: the platform's orders are 90 % of the volume
        Matcher today = Pattern.compile("(\\d+)\\s*%").matcher(handyman.text(AnswerField.ONLINE_PRESENCE));
        assertThat(today.find()).isTrue();
        int shareToday = Integer.parseInt(today.group(1));
        long volume = Math.round(platformToday * 100.0 / shareToday);
        long ownToday = volume - platformToday;
        // «до 50 %» at the same volume
        Matcher goal = Pattern.compile("(\\d+)\\s*%").matcher(handyman.text(AnswerField.GROWTH_GOAL));
        assertThat(goal.find()).isTrue();
        int share = Integer.parseInt(goal.group(1));
        long ownAtGoal = Math.round(volume * (100 - share) / 100.0);
        // the platform's money in the plan's last month buys fewer orders; the own sources bring the rest of the volume
        long platform = Math.min(Math.round(handyman.number(AnswerField.LEADS_PER_MONTH).doubleValue()
                * handyman.number(AnswerField.COST_PER_LEAD).doubleValue()), plan.monthlyBudget() * 75 / 100);
        long lastMonth = platform - (plan.months() - 1) * Math.round(platform / 10.0);
        long bought = Math.round(lastMonth / perCustomer);
        assertThat(volume).isEqualTo(300);
        assertThat(ownToday).isEqualTo(30);

        String brief = ScenarioBriefs.text(HANDYMAN, RU);
        String pageOne = brief.substring(0, brief.indexOf("План тестов на первые"));
        assertThat(pageOne)
                .contains("Сейчас ≈\u00A0" + volume + " заказов в месяц: ≈\u00A0" + platformToday + " с площадки, ≈\u00A0"
                        + ownToday + " — со своих источников")
                .contains("Доля площадки " + share + "\u202F% при том же объёме — ≈\u00A0" + ownAtGoal
                        + " заказов в месяц со своих источников, на ≈\u00A0" + (ownAtGoal - ownToday) + " больше, чем сейчас")
                .contains("В " + plan.months() + "-м месяце площадке остаётся " + AdviceText.of(RU).rubles(lastMonth)
                        + " — ≈\u00A0" + bought + " заказов")
                .contains("свои источники дают ≈\u00A0" + (volume - bought) + " заказов в месяц (≈\u00A0"
                        + (platformToday - bought) + " сверх нынешних " + ownToday + ")")
                .doesNotContain("≈\u00A0" + Math.round(platformToday * (100 - share) / 100.0) + " заказов в месяц со своих");
        assertThat(AdviceText.of(EN).ownSourcesGoal(plan, handyman))
                .contains("Today ≈\u00A0" + volume + " orders a month: ≈\u00A0" + platformToday + " from the platform")
                .contains("≈\u00A0" + ownAtGoal + " orders a month from your own sources, ≈\u00A0" + (ownAtGoal - ownToday)
                        + " more than today")
                .contains("≈\u00A0" + (volume - bought) + " orders a month");
    }

    /** 128: where the client names no share of today's orders, the volume is not invented: the plan reads the orders added. */
    @Test
    void withoutTodaysShareTheGoalSaysOnlyTheOrdersTheOwnSourcesAdd() {
        Answers handyman = client(HANDYMAN + ".scenario").toBuilder()
                .set(AnswerField.ONLINE_PRESENCE, "в 2ГИС и на Картах не добавлены").build();
        assertThat(OwnSources.shareToday(handyman)).isZero();
        TestPlan plan = engine.assess(handyman).testPlan();
        String goal = AdviceText.of(RU).ownSourcesGoal(plan, handyman);
        assertThat(goal).contains("сейчас площадка даёт ≈\u00A0270 заказов в месяц").doesNotContain("при том же объёме")
                .contains("на ≈\u00A0" + (270 - 200) + " заказов в месяц больше, чем сейчас");
    }

    /** 129: a reminder line for a buyer who buys every few years is read on the enquiries from past clients within the plan. */
    @Test
    void aRareBuyersReminderLineIsReadOnPastClientEnquiriesWithinThePlanWhicheverRuleMadeIt() {
        TestPlan handyman = engine.assess(client(HANDYMAN + ".scenario")).testPlan();
        PlannedTest crm = line(handyman, Channel.CRM_MARKETING);
        assertThat(crm.kpi()).isEqualTo(Kpi.PAST_CLIENT_LEADS);
        assertThat(crm.decisionWeek()).isLessThanOrEqualTo(TestPlans.WEEKS);

        List<String> broken = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            Answers answers = ScenarioRun.answers(scenario);
            if (answers.purchaseFrequency() != PurchaseFrequency.RARE) {
                continue;
            }
            for (PlannedTest planned : engine.assess(answers).testPlan().lines()) {
                boolean reminder = planned.channel() == Channel.CRM_MARKETING || planned.channel() == Channel.EMAIL;
                // ... a long deal's past customers are its first pipeline line, read on their meetings and proposals,
                // also inside the plan (finding 144, w13bd)
                Kpi expected = FewDeals.baseLine(answers, planned.channel()) ? Kpi.PIPELINE_FROM_CHANNEL : Kpi.PAST_CLIENT_LEADS;
                if (reminder && (planned.kpi() != expected || planned.decisionWeek() > TestPlans.WEEKS)) {
                    broken.add(scenario.name() + " " + planned.channel() + " " + planned.kpi() + " week " + planned.decisionWeek());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** 130: the parcel text only for sellers whose goods the marketplace ships; a local service gets the phone sentence. */
    @Test
    void theParcelTextIsOnlyForGoodsShippedThroughAMarketplace() throws Exception {
        for (String local : List.of(HANDYMAN, "44-tow-truck-seo-without-site")) {
            String brief = ScenarioBriefs.text(local, RU);
            assertThat(brief).as(local).doesNotContain("посылк").doesNotContain("QR-код")
                    .contains("после заказа заносим его телефон в CRM и через неделю просим отзыв на картах");
        }
        // a delivery aggregator and a booking platform get their own sentence (finding 140, SignedAdviceW13awTest)
        for (String local : List.of("47-shawarma-walk-in", "71-family-hotel-full-in-summer")) {
            assertThat(ScenarioBriefs.text(local, RU)).as(local).doesNotContain("посылк").doesNotContain("QR-код");
        }
        for (String seller : List.of("18-marketplace-seller-no-site", "43-wb-seller-thin-margin")) {
            assertThat(ScenarioBriefs.text(seller, RU)).as(seller).contains("вкладыш с QR-кодом в каждой посылке");
        }
        for (Scenario scenario : Scenario.all()) {
            Answers answers = ScenarioRun.answers(scenario);
            boolean parcels = engine.assess(answers).recommendations().stream().flatMap(r -> r.reasons().stream())
                    .anyMatch(reason -> reason.rule().equals(RetentionRules.MARKETPLACE_BUYERS.rule()));
            if (parcels) {
                assertThat(Signals.localConsumers(answers)).as(scenario.name()).isFalse();
            }
        }
    }
}
