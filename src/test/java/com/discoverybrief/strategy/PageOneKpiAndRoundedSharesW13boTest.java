package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 168 (adv13s, 50: flower delivery without a map card): the plan row read «Клиенты с карт», page 1 still «Звонки и
 * маршруты с карт». Rule: page 1's KPI for a step is its plan row's. Finding 170 (19, 31, 40, 62, 63): printed shares that
 * add up to 98 or 102 % say they are rounded; those that add up to 100 % say nothing.
 */
class PageOneKpiAndRoundedSharesW13boTest {

    private static final String FLOWERS = "50-flower-delivery-city-maps";
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void pageOneReadsANewCardOnTheCustomersItsPlanRowCounts() throws Exception {
        TestPlan plan = new StrategyEngine().assess(client(FLOWERS + ".scenario")).testPlan();
        assertThat(line(plan, Channel.MAP_LISTINGS).kpi()).isEqualTo(Kpi.MAP_CUSTOMERS);

        String ru = ScenarioBriefs.text(FLOWERS, RU);
        assertThat(ru).doesNotContain("Звонки и маршруты с карт");
        // page 1's cell: the KPI, then the horizon (the stage column may fall between them in the text)
        assertThat(ru).contains("Клиенты с карт · Результаты —");
        String en = ScenarioBriefs.text(FLOWERS, Locale.ENGLISH);
        assertThat(en).doesNotContain("Calls and routes from the maps");
    }

    @Test
    void theClientsOwnCardKeepsItsCallsAndRoutes() {
        // 03 has its card: its step and its plan row are read on the calls and routes its cabinet shows
        Assessment assessment = new StrategyEngine().assess(client("03-renovation-one-off.scenario"));
        Recommendation card = assessment.recommendations().stream().filter(r -> r.channel() == Channel.MAP_LISTINGS)
                .findFirst().orElseThrow();
        assertThat(assessment.testPlan().kpiOf(card)).isEqualTo(Kpi.MAP_ACTIONS);
    }

    @Test
    void sharesThatDoNotAddUpToAHundredSayTheyAreRounded() throws Exception {
        for (Scenario scenario : Scenario.all()) {
            TestPlan plan = ScenarioRun.assess(scenario).testPlan();
            if (plan == null || plan.lines().isEmpty()) {
                continue;
            }
            int printed = plan.lines().stream().mapToInt(PlannedTest::percent).sum()
                    + (plan.reserve() > 0 ? plan.reservePercent() : 0);
            // the text extractor may split a word at its capital («Д оли»): compared without spaces
            String ru = ScenarioBriefs.text(scenario.name(), RU).replace(" ", "");
            String en = ScenarioBriefs.text(scenario.name(), Locale.ENGLISH).replace(" ", "");
            if (printed == 100) {
                assertThat(ru).as(scenario.name()).doesNotContain("Долиокруглены");
                assertThat(en).as(scenario.name()).doesNotContain("Sharesarerounded");
            } else {
                assertThat(ru).as(scenario.name() + " " + printed).contains("Долиокругленыдоцелогопроцента.");
                assertThat(en).as(scenario.name() + " " + printed).contains("Sharesareroundedtowholepercent.");
            }
        }
    }
}
