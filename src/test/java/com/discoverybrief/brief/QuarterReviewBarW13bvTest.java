package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Figure;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A line decided at the next quarter's review (adv13u findings 177, 181, 182): it keeps the go and stop levels the plan
 * computed, printed as the review's bar — only a line with no level prints its target alone; its first step counts what
 * its channel brings (orders on a marketplace, enquiries and meetings per event at a show, not «в месяц»); preparation
 * that runs past the plan names the week of the next quarter it is done by.
 */
class QuarterReviewBarW13bvTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** A channel run today, held at its cost per customer, whose sale is read after the quarter. */
    private final PlannedTest ads = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.KEEP, 1, 13, 26, 80, 7_200_000,
            Kpi.COST_PER_ACQUISITION, rubles(600_000), rubles(600_000), rubles(750_000), null, false);
    private final PlannedTest retention = new PlannedTest(Channel.ONBOARDING_CHURN, PlannedTest.Kind.TEST, 1, 13, 26, 10,
            300_000, Kpi.RETENTION_RATE, percent(85), percent(90), percent(82), null, false);
    private final PlannedTest aimOnly = new PlannedTest(Channel.LOYALTY_BRANDING, PlannedTest.Kind.TEST, 1, 13, 26, 5,
            100_000, Kpi.REPEAT_PURCHASE_RATE, null, percent(30), null, null, false);
    private final PlannedTest marketplace = new PlannedTest(Channel.MARKETPLACES, PlannedTest.Kind.TEST, 9, 5, 18, 8,
            23_077, Kpi.COST_PER_ACQUISITION, null, null, null, null, false);
    private final PlannedTest show = new PlannedTest(Channel.EVENTS, PlannedTest.Kind.TEST, 1, 13, 26, 50, 600_000,
            Kpi.COST_PER_ACQUISITION, null, null, null, null, false);
    private final PlannedTest site = new PlannedTest(Channel.WEBSITE, PlannedTest.Kind.PREPARE, 7, 8, 14, 22,
            80_769, Kpi.SITE_CONVERSION, null, null, null, null, false);
    private final TestPlan plan = new TestPlan(3_000_000, false, 3, 4,
            List.of(ads, retention, aimOnly, marketplace, show, site), List.of(), 0, 0, 0);

    @Test
    void aDeferredLineKeepsItsGoAndStopLevelsAsTheReviewsBar() {
        String ru = ru(ads);
        assertThat(ru).contains("на разборе следующего квартала").contains("600 000").contains("750 000")
                .doesNotContain("к 26-й неделе");
        assertThat(en(ads)).contains("next quarter’s review").contains("600,000").contains("750,000");
        assertThat(ru(retention)).contains("на разборе следующего квартала").contains("90 %").contains("82 % и ниже");
        assertThat(en(retention)).contains("82% or less");
    }

    @Test
    void aDeferredLineWithNoComputedLevelPrintsItsTargetAlone() {
        assertThat(ru(aimOnly)).contains("цель 30 % и решение — на разборе следующего квартала");
    }

    /** The same lines where consumers buy within days. */
    private final TestPlan orders = new TestPlan(3_000_000, false, 3, 4, plan.lines(), List.of(), 0, 0, 0, null, null,
            List.of(), List.of(), null, null, null, false, false, true);

    @Test
    void theFirstStepCountsWhatTheSaleBrings() {
        AdviceText ru = AdviceText.of(RU);
        assertThat(ru.planDecision(orders, marketplace, List.of())).contains("заказ").doesNotContain("встреч");
        assertThat(AdviceText.of(Locale.ENGLISH).planDecision(orders, marketplace, List.of())).contains("orders")
                .doesNotContain("meetings");
        assertThat(ru(marketplace)).contains("заявок и встреч").doesNotContain("заказ");
        assertThat(ru(show)).contains("мероприяти").doesNotContain("в месяц");
        assertThat(en(show)).contains("event").doesNotContain("a month");
    }

    @Test
    void preparationPastThePlanNamesTheWeekItIsDoneBy() {
        assertThat(ru(site)).contains("к 1-й неделе следующего квартала").doesNotContain("в начале");
        assertThat(en(site)).contains("by week 1 of the next quarter").doesNotContain("early in");
    }

    private String ru(PlannedTest line) {
        return AdviceText.of(RU).planDecision(plan, line, List.of()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private String en(PlannedTest line) {
        return AdviceText.of(Locale.ENGLISH).planDecision(plan, line, List.of()).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static Figure rubles(long value) {
        return new Figure(BigDecimal.valueOf(value), Unit.RUBLES);
    }

    private static Figure percent(long value) {
        return new Figure(BigDecimal.valueOf(value), Unit.PERCENT);
    }
}
