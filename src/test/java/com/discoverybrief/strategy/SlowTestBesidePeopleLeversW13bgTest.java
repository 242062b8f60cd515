package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Findings 24 and 137 (35, a ventilation installer: a committee buys, the partners who bring the objects pay): «SEO и
 * контент · Тест · 83 077 ₽ · 14 %» was the largest test, beside direct sales to the named decision makers at 27 692 ₽
 * for 6 weeks, and no sentence said why. SEO shows positions by week 12 and enquiries in 6–12 months. Rule: where a
 * committee's deals come through people who pay today (partners, recommendations), a slow test gets no more than the
 * faster new test on the client's levers (never below half its usual cost); what it gives up is reserve (163, w13bl: it
 * once ran that test over the whole plan), and the plan says so.
 */
class SlowTestBesidePeopleLeversW13bgTest {

    private static final String VENTILATION = "35-ventilation-installer-b2b-one-off";

    @Test
    void aSlowTestIsNoLargerThanTheFasterTestWhereACommitteesDealsComeThroughPartners() {
        TestPlan plan = new StrategyEngine().assess(client(VENTILATION + ".scenario")).testPlan();
        PlannedTest seo = line(plan, Channel.SEO_CONTENT);
        PlannedTest direct = line(plan, Channel.COLD_OUTREACH);
        // no more than the faster test or half its usual cost, whichever is larger
        assertThat(seo.rubles()).isLessThanOrEqualTo(Math.max(direct.rubles(), 41_539L));
        // half its usual month over 12 weeks: enough for the first object pages, less would read nothing
        assertThat(seo.rubles()).isGreaterThanOrEqualTo(41_000L);
        // what SEO gives up is reserve: the faster test keeps its six weeks and its read-out week (163, w13bl)
        assertThat(direct.startWeek() + direct.weeks() - 1).isEqualTo(6);
        // the partners who pay keep their money, and the plan sums to its budget
        assertThat(line(plan, Channel.PARTNER_MARKETING).rubles()).isEqualTo(90_000L);
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve()).isEqualTo(plan.total());
    }

    @Test
    void aCommitteeWhoseDealsComeFromExhibitionsIsNotToldItsDealsComeThroughPartners() {
        // the sentence is about deals brought by people: a packaging-line maker living on exhibitions is not told so
        // (its SEO is held to its direct sales by finding 166's rule, w13bs, and the brief says why in other words)
        TestPlan plan = new StrategyEngine().assess(client("10-packaging-lines-manufacturer.scenario")).testPlan();
        assertThat(SlowTests.heldTo(client("10-packaging-lines-manufacturer.scenario"), plan)).isNull();
    }

    @Test
    void theBriefSaysWhySeoGetsNoMoreInRussianAndEnglish() throws Exception {
        assertThat(ScenarioBriefs.text(VENTILATION, Locale.forLanguageTag("ru"))).contains(
                "SEO и контент дают заявки через 6–12 месяцев, а сделки вам приводят люди — партнёры и те, кто вас рекомендует.",
                "Поэтому SEO получает меньше канала, который приводит вам сделки, — «Партнёрский маркетинг»");
        assertThat(ScenarioBriefs.text(VENTILATION, Locale.ENGLISH)).contains(
                "SEO and content bring enquiries in 6–12 months, while your deals come through people",
                "So SEO gets less than the channel that brings your deals");
    }
}
