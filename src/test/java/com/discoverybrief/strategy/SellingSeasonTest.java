package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 78: the months clients book can lie long before the months they come. A wedding venue (season May to
 * September) met in January while couples book it is in its selling months, not "off-season".
 */
class SellingSeasonTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** A wedding venue whose couples decide within weeks once they look, with search ads nobody measured. */
    private static Answers venue(Month meeting, BookingLead lead) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.REGION)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_50K_TO_150K).meetingMonth(meeting)
                .set(AnswerField.SEGMENTS, "пары 25-35").set(AnswerField.PAINS, "всё в одном месте")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED).set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("550000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("40"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.PARTNERS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM)
                .set(AnswerField.SEASONALITY, Seasonality.SEASONAL).set(AnswerField.SEASON_START, SeasonMonth.MAY)
                .set(AnswerField.SEASON_END, SeasonMonth.SEPTEMBER).set(AnswerField.BOOKING_LEAD, lead)
                .set(AnswerField.CAPACITY, Capacity.CAN_TAKE_MORE)
                .set(AnswerField.GROWTH_GOAL, "продать все субботы").set(AnswerField.GROWTH_HORIZON, GrowthHorizon.SIX_MONTHS)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("120000")).build();
    }

    private static List<String> rules(Assessment assessment) {
        return assessment.recommendations().stream().flatMap(r -> r.reasons().stream()).map(Reason::rule).toList();
    }

    @Test
    void aVenueMetWhileCouplesBookTheComingSeasonIsSellingItNotPreparingIt() {
        Answers answers = venue(Month.JANUARY, BookingLead.SIX_TO_TWELVE_MONTHS);
        Assessment assessment = engine.assess(answers);

        assertThat(SellingSeason.now(answers)).isTrue();
        assertThat(Signals.offSeason(answers)).isFalse();
        assertThat(rules(assessment)).contains("selling-season-measure").doesNotContain("off-season-prepares");
        assertThat(assessment.recommendations().get(0).channel()).isEqualTo(Channel.ANALYTICS_SETUP);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.SCALE_WHAT_WORKS);
    }

    @Test
    void clientsWhoBuyWithinTheMonthMakeTheMonthsBeforeTheSeasonItsPreparation() {
        Answers answers = venue(Month.JANUARY, BookingLead.WITHIN_A_MONTH);

        assertThat(SellingSeason.now(answers)).isFalse();
        assertThat(Signals.offSeason(answers)).isTrue();
        assertThat(rules(engine.assess(answers))).contains("off-season-prepares").doesNotContain("selling-season-measure");
    }

    @Test
    void aMonthBeforeTheSeasonIsTooLateForClientsWhoBookHalfAYearAhead() {
        assertThat(SellingSeason.now(venue(Month.APRIL, BookingLead.SIX_TO_TWELVE_MONTHS))).isFalse();
        assertThat(SellingSeason.now(venue(Month.APRIL, BookingLead.ONE_TO_THREE_MONTHS))).isTrue();
        assertThat(SellingSeason.now(venue(Month.JANUARY, BookingLead.UNKNOWN))).isFalse();
        // in the season itself it is sold and used at once: the in-season rules apply
        assertThat(SellingSeason.now(venue(Month.JUNE, BookingLead.SIX_TO_TWELVE_MONTHS))).isFalse();
    }
}
