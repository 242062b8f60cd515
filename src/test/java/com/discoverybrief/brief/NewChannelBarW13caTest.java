package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Figure;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The N bar of a new channel and the review's bar (adv13v findings 185, 186): a «Тест» line below its N gets one change
 * and then a stop; one whose results come within the quarter is read mid-way through its weeks, not only at its last
 * week; a kept line changes and is never stopped; a bar read at the next quarter's review names the band between go
 * and stop, as an in-quarter bar does.
 */
class NewChannelBarW13caTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    /** A new direct-sales channel over the whole quarter, with no figures: its bar is an N asked at the meeting. */
    private final PlannedTest outreach = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.TEST, 1, 13, 13, 40,
            300_000, Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
    /** The same channel run today and kept. */
    private final PlannedTest keptOutreach = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.KEEP, 1, 13, 13, 40,
            300_000, Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
    /** A new direct-sales channel in the quarter's last weeks: too short for a reading mid-way. */
    private final PlannedTest lateOutreach = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.TEST, 7, 6, 12, 17,
            60_000, Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
    private final PlannedTest rest = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.TEST, 1, 13, 13, 32,
            200_000, Kpi.COST_PER_ACQUISITION, null, null, null);
    /** A channel run today, held at its cost per customer, whose sale is read after the quarter. */
    private final PlannedTest deferred = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.KEEP, 1, 13, 26, 80,
            7_200_000, Kpi.COST_PER_ACQUISITION, rubles(600_000), rubles(600_000), rubles(750_000), null, false);
    private final PlannedTest retention = new PlannedTest(Channel.ONBOARDING_CHURN, PlannedTest.Kind.TEST, 1, 13, 26, 10,
            300_000, Kpi.RETENTION_RATE, percent(85), percent(90), percent(82), null, false);

    private final TestPlan plan = new TestPlan(750_000, false, 3, 4, List.of(outreach, rest), List.of(), 0, 0, 0);
    private final TestPlan keptPlan = new TestPlan(750_000, false, 3, 4, List.of(keptOutreach, rest), List.of(), 0,
            0, 0);
    private final List<Recommendation> recommendations = List.of(
            recommendation(Channel.COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.ONE_TO_THREE_MONTHS));

    @Test
    void aNewChannelBelowItsNIsChangedOnceThenStopped() {
        String ru = ru(plan, outreach);
        assertThat(ru).contains("к 6-й неделе", "если меньше — меняем список и письмо",
                "если и к 10-й неделе меньше N — останавливаем").doesNotContain("к 13-й неделе");
        assertThat(en(plan, outreach)).contains("by week 6", "still below N by week 10, stop");
    }

    @Test
    void aNewChannelReadOnlyAtItsLastWeekStopsAtTheNextQuartersReview() {
        TestPlan late = new TestPlan(100_000, false, 3, 4, List.of(lateOutreach, rest), List.of(), 0, 0, 0);
        assertThat(ru(late, lateOutreach)).contains("к 12-й неделе", "если меньше — меняем список и письмо",
                "если и на разборе следующего квартала меньше N — останавливаем");
        assertThat(en(late, lateOutreach)).contains("still below N at the next quarter’s review, stop");
    }

    @Test
    void aStopAtTheLinesLastWeekDecidesTheNextQuarterNotTheReserve() {
        // finding 192: weeks 9–13, read at week 10, stopped at week 13 — by then the money is spent
        PlannedTest lastWeeks = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.TEST, 9, 5, 13, 17,
                60_000, Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
        TestPlan late = new TestPlan(100_000, false, 3, 4, List.of(lastWeeks, rest), List.of(), 0, 0, 0);
        List<Recommendation> fast = List.of(
                recommendation(Channel.COLD_OUTREACH, Kpi.MEETINGS_FROM_OUTREACH, Horizon.TWO_TO_FOUR_WEEKS));
        assertThat(AdviceText.of(RU).planDecision(late, lastWeeks, fast))
                .contains("к 10-й неделе", "если и к 13-й неделе меньше N — в следующем квартале не продолжаем")
                .doesNotContain("в резерв");
        assertThat(AdviceText.of(Locale.ENGLISH).planDecision(late, lastWeeks, fast))
                .contains("still below N by week 13, do not renew it next quarter").doesNotContain("reserve");
        // a line whose weeks run past the plan's: its last week in the plan is the plan's last
        PlannedTest pastThePlan = new PlannedTest(Channel.COLD_OUTREACH, PlannedTest.Kind.TEST, 9, 7, 13, 17,
                60_000, Kpi.MEETINGS_FROM_OUTREACH, null, null, null);
        TestPlan past = new TestPlan(100_000, false, 3, 4, List.of(pastThePlan, rest), List.of(), 0, 0, 0);
        assertThat(AdviceText.of(RU).planDecision(past, pastThePlan, fast))
                .contains("в следующем квартале не продолжаем").doesNotContain("в резерв");
        assertThat(ru(plan, outreach)).contains("если и к 10-й неделе меньше N — останавливаем, деньги в резерв");
    }

    @Test
    void aKeptChannelChangesAndIsNeverStopped() {
        assertThat(ru(keptPlan, keptOutreach)).contains("к 13-й неделе", "меняем список и письмо")
                .doesNotContain("останавливаем");
    }

    @Test
    void workOnTheClientsOwnEnquiriesChangesAndIsNeverStopped() {
        PlannedTest handling = new PlannedTest(Channel.OPTIMISATION, PlannedTest.Kind.TEST, 1, 13, 13, 40, 300_000,
                Kpi.CONVERSION_RATE, null, null, null);
        TestPlan own = new TestPlan(750_000, false, 3, 4, List.of(handling, rest), List.of(), 0, 0, 0);
        assertThat(ru(own, handling)).contains("к 13-й неделе", "перестраиваем обработку заявок")
                .doesNotContain("останавливаем");
    }

    @Test
    void theMeetingsQuestionAsksForTheWeekTheRowReads() {
        String question = AdviceText.of(RU).question(plan, outreach, recommendations);
        assertThat(question).contains("к 6-й неделе");
    }

    @Test
    void aReviewBarNamesTheBandBetweenGoAndStop() {
        TestPlan deferring = new TestPlan(3_000_000, false, 3, 4, List.of(deferred, retention), List.of(), 0, 0, 0);
        assertThat(ru(deferring, deferred)).contains("до 600 000 ₽ — продолжаем, между — ищем причину, "
                + "дороже 750 000 ₽ — не масштабируем").doesNotContain("хуже");
        assertThat(ru(deferring, retention)).contains("90 % и выше — продолжаем, между — ищем причину, 82 % и ниже — стоп");
        assertThat(en(deferring, deferred)).contains("in between find the cause; scale no further");
    }

    private String ru(TestPlan in, PlannedTest line) {
        return AdviceText.of(RU).planDecision(in, line, recommendations).replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private String en(TestPlan in, PlannedTest line) {
        return AdviceText.of(Locale.ENGLISH).planDecision(in, line, recommendations).replace('\u00A0', ' ')
                .replace('\u202F', ' ');
    }

    private static Recommendation recommendation(Channel channel, Kpi kpi, Horizon horizon) {
        return new Recommendation(1, channel, Stage.TEST, List.of(), kpi, horizon, Optional.empty());
    }

    private static Figure rubles(long value) {
        return new Figure(BigDecimal.valueOf(value), Unit.RUBLES);
    }

    private static Figure percent(long value) {
        return new Figure(BigDecimal.valueOf(value), Unit.PERCENT);
    }
}
