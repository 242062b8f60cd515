package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 165 (adv13r, 50: flower delivery without a map card): the new card's row read «Звонки и маршруты с карт» in its
 * KPI cell while its bar counts «клиентов с карт не меньше 2 в неделю». Rule: a card created and then promoted is read on
 * the customers the maps bring, and its KPI cell says so.
 */
class MapCardCountsCustomersW13blTest {

    private static final String FLOWERS = "50-flower-delivery-city-maps";

    @Test
    void aNewCardsRowIsReadOnTheCustomersItsBarCounts() throws Exception {
        TestPlan plan = new StrategyEngine().assess(client(FLOWERS + ".scenario")).testPlan();
        PlannedTest card = line(plan, Channel.MAP_LISTINGS);
        assertThat(MapCard.creates(card)).isTrue();
        assertThat(card.kpi()).isEqualTo(Kpi.MAP_CUSTOMERS);

        String ru = ScenarioBriefs.text(FLOWERS, Locale.forLanguageTag("ru"));
        // the KPI cell and the bar count the same customers
        assertThat(ru).contains("Клиенты с карт").contains("клиентов с карт не меньше 2 в неделю");
        String en = ScenarioBriefs.text(FLOWERS, Locale.ENGLISH);
        assertThat(en).contains("Customers from the maps").contains("the maps bring customers, at least");
    }

    @Test
    void theClientsOwnCardIsStillReadOnItsCallsAndRoutes() {
        // 03 has its card: the improvement is read on the calls and routes its cabinet shows
        TestPlan plan = new StrategyEngine().assess(client("03-renovation-one-off.scenario")).testPlan();
        plan.lines().stream().filter(l -> l.channel() == Channel.MAP_LISTINGS)
                .forEach(l -> assertThat(l.kpi()).isEqualTo(Kpi.MAP_ACTIONS));
    }
}
