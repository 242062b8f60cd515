package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, round 5 findings 63, 64 (a, lost calls), 65, 67 and 71: a season's capacity, a request to double a
 * channel at capacity, calls nobody took, the months before a season of a long decision, leads that go cold,
 * counted referrals and a channel that drains — each as a rule for every client, not a scenario.
 */
class SeasonsCapacityAndLongDecisionsW13mTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** A lake hotel full from June to August, open all year, asking for contextual ads. */
    private static Answers.Builder hotel(Month meeting, String goal) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.REGION)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_50K_TO_150K).meetingMonth(meeting)
                .set(AnswerField.SEGMENTS, "семьи с детьми").set(AnswerField.PAINS, "природа без палаток")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED).set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("32000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("40"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.CONTEXTUAL_ADS, RequestMotive.COMPETITORS)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.YEARLY).set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)
                .set(AnswerField.SEASONALITY, Seasonality.SEASONAL).set(AnswerField.SEASON_START, SeasonMonth.JUNE)
                .set(AnswerField.SEASON_END, SeasonMonth.AUGUST).set(AnswerField.CAPACITY, Capacity.AT_LIMIT)
                .set(AnswerField.GROWTH_GOAL, goal).set(AnswerField.GROWTH_HORIZON, GrowthHorizon.ONE_YEAR)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("80000"));
    }

    /** A mobile tyre service met in its season, booked days ahead, asking to double the contextual ads that pay. */
    private static Answers.Builder tyres(String churnReasons) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_50K_TO_150K).meetingMonth(Month.OCTOBER)
                .set(AnswerField.SEGMENTS, "владельцы авто").set(AnswerField.PAINS, "очереди")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.NAMED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE).set(AnswerField.SALES_CYCLE, SalesCycle.UNDER_A_WEEK)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("4500")).set(AnswerField.GROSS_MARGIN, new BigDecimal("50"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.CONTEXTUAL_ADS, RequestMotive.DATA)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR).set(AnswerField.REPEAT_PERCENT, new BigDecimal("35"))
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM).set(AnswerField.CHURN_REASONS, churnReasons)
                .set(AnswerField.SEASONALITY, Seasonality.SEASONAL).set(AnswerField.SEASON_START, SeasonMonth.OCTOBER)
                .set(AnswerField.SEASON_END, SeasonMonth.NOVEMBER).set(AnswerField.CAPACITY, Capacity.AT_LIMIT)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("150000"));
    }

    /** A cottage-village developer: a year-long decision, a spring–summer season, met in December. */
    private static Answers.Builder developer(SalesCycle cycle) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.REGION)
                .companySize(CompanySize.MEDIUM).budget(BudgetRange.OVER_500K).meetingMonth(Month.DECEMBER)
                .set(AnswerField.SEGMENTS, "семьи 35-50").set(AnswerField.PAINS, "боятся недостроя")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE).set(AnswerField.SALES_CYCLE, cycle)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("24000000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("22"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.SMM, RequestMotive.HUNCH)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM)
                .set(AnswerField.LOYALTY, "жители приводят друзей: 6 из 40 продаж, без всякой программы")
                .set(AnswerField.CHURN_REASONS, "70 % заявок не отвечают через месяц после первого показа")
                .set(AnswerField.SEASONALITY, Seasonality.SEASONAL).set(AnswerField.SEASON_START, SeasonMonth.APRIL)
                .set(AnswerField.SEASON_END, SeasonMonth.SEPTEMBER).set(AnswerField.MONTHLY_BUDGET, new BigDecimal("3000000"));
    }

    private static List<String> rules(Recommendation r) {
        return r.reasons().stream().map(Reason::rule).toList();
    }

    private static Recommendation find(Assessment a, Channel channel) {
        return a.recommendations().stream().filter(r -> r.channel() == channel).findFirst().orElseThrow();
    }

    @Test
    void theMonthsAGoalNamesAreReadWithTheirRanges() {
        assertThat(OffSeasonGoal.months("загрузка с октября по май с 25 % до 45 % за год; летом поднять цену"))
                .isEqualTo(EnumSet.of(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY,
                        Month.MARCH, Month.APRIL, Month.MAY));
        assertThat(OffSeasonGoal.months("fill October–December")).containsExactly(Month.OCTOBER, Month.NOVEMBER, Month.DECEMBER);
        assertThat(OffSeasonGoal.months("новогодние и выходные в январе и феврале")).containsExactly(Month.JANUARY, Month.FEBRUARY);
        assertThat(OffSeasonGoal.months("продать 60 домов за 12 месяцев; маяк на берегу")).isEmpty();
    }

    @Test
    void aHotelFullInSummerMetInDecemberHasRoomItsSeasonIsSoldByPriceAndItsPastGuestsFillTheEmptyMonths() {
        Answers december = hotel(Month.DECEMBER, "загрузка с октября по май с 25 % до 45 % за год").build();
        Assessment a = engine.assess(december);

        assertThat(Signals.atCapacity(december)).isFalse();
        assertThat(Signals.offSeason(december)).as("the empty months are the goal, not a wait for the season").isFalse();
        assertThat(a.verdicts()).noneMatch(v -> v.reason() == VerdictReason.CAPACITY_AT_LIMIT
                || v.reason() == VerdictReason.OFF_SEASON);
        assertThat(a.summary().outOfReachBecause()).isNull();
        assertThat(a.summary().focus()).isEqualTo(Summary.Focus.FILL_OFF_SEASON);
        assertThat(rules(find(a, Channel.PRICING))).contains("full-in-season");
        assertThat(rules(find(a, Channel.CRM_MARKETING))).contains("fill-off-season");
        assertThat(a.recommendations().stream().limit(3).map(Recommendation::channel))
                .contains(Channel.PRICING, Channel.CRM_MARKETING);
    }

    @Test
    void inItsSeasonTheSameHotelIsFullAndAGoalWithoutOffSeasonMonthsIsHeldToIt() {
        Answers july = hotel(Month.JULY, "больше гостей за год").build();

        assertThat(Signals.atCapacity(july)).isTrue();
        assertThat(engine.assess(july).verdicts()).filteredOn(v -> v.channel() == Channel.CONTEXTUAL_ADS).singleElement()
                .satisfies(v -> assertThat(v.reason()).isEqualTo(VerdictReason.CAPACITY_AT_LIMIT));
        // met in the season, but the goal is the months outside it: there is room for that goal
        assertThat(Signals.atCapacity(hotel(Month.JULY, "заполнить будни с октября по май").build())).isFalse();
    }

    @Test
    void atCapacityARequestToDoubleAChannelThatPaysIsAnsweredKeepTodaysLevelNeverScaleGradually() {
        Assessment a = engine.assess(tyres("дорого").build());

        assertThat(a.verdicts()).filteredOn(v -> v.channel() == Channel.CONTEXTUAL_ADS).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(VerdictKind.LATER);
            assertThat(v.reason()).isEqualTo(VerdictReason.KEEP_TODAYS_LEVEL);
            assertThat(v.rule()).isNull();
            assertThat(v.priority()).isEqualTo(find(a, Channel.CONTEXTUAL_ADS).priority());
        });
        Recommendation contextual = find(a, Channel.CONTEXTUAL_ADS);
        assertThat(contextual.stage()).isEqualTo(Stage.KEEP);
        assertThat(rules(contextual)).contains("keep-at-capacity").doesNotContain("keep-profitable-channel");
    }

    @Test
    void callsNobodyTookAreCallHandlingNotChurn() {
        Answers lostCalls = tyres("в пик не дозвонились — уехали к стационару").build();
        Assessment a = engine.assess(lostCalls);

        assertThat(Signals.churnProblem(lostCalls)).isFalse();
        assertThat(a.recommendations()).noneMatch(r -> r.channel() == Channel.ONBOARDING_CHURN);
        Recommendation calls = find(a, Channel.OPTIMISATION);
        assertThat(calls.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(calls.reasons()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo("lost-calls");
            assertThat(r.field()).isEqualTo(AnswerField.CHURN_REASONS);
        });
        // a client who left after buying is still churn, even beside a missed call
        Answers churn = tyres("не дозвонились; после первой замены уходят к стационару, там дешевле").build();
        assertThat(Signals.churnProblem(churn)).isTrue();
        assertThat(engine.assess(churn).recommendations()).anyMatch(r -> r.channel() == Channel.ONBOARDING_CHURN);
    }

    @Test
    void aYearLongDecisionMetBeforeItsSeasonIsNotToldToWaitForIt() {
        Answers yearLong = developer(SalesCycle.OVER_SIX_MONTHS).build();
        Assessment a = engine.assess(yearLong);

        assertThat(Signals.outsideSeason(yearLong)).isTrue();
        assertThat(Signals.offSeason(yearLong)).isFalse();
        assertThat(a.summary().focus()).isNotEqualTo(Summary.Focus.PREPARE_SEASON);
        assertThat(a.recommendations()).noneMatch(r -> rules(r).contains(CircumstanceRules.OFF_SEASON.id()));
        assertThat(a.verdicts()).noneMatch(v -> v.reason() == VerdictReason.OFF_SEASON);
        // a decision of weeks still prepares the season
        assertThat(Signals.offSeason(developer(SalesCycle.WEEKS).build())).isTrue();
    }

    @Test
    void leadsThatGoColdInALongDecisionAreNurturedBeforeAnyNewTestAndCountedReferralsAreKept() {
        Assessment a = engine.assess(developer(SalesCycle.OVER_SIX_MONTHS).build());

        Recommendation nurturing = find(a, Channel.LEAD_NURTURING);
        assertThat(nurturing.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(rules(nurturing)).contains("nurture-lost-leads");
        a.recommendations().stream().filter(r -> r.stage() == Stage.TEST)
                .forEach(test -> assertThat(nurturing.priority()).isLessThan(test.priority()));
        Recommendation referrals = find(a, Channel.REFERRAL_PROGRAMME);
        assertThat(referrals.stage()).isEqualTo(Stage.KEEP);
        assertThat(referrals.reasons()).anySatisfy(r -> assertThat(r.field()).isEqualTo(AnswerField.LOYALTY));
    }

    @Test
    void aChannelThatDrainsGetsItsOwnVerdictAndNurturingALongDecisionNeverWaitsForBudget() {
        Answers lawFirm = Answers.builder().businessModel(BusinessModel.B2B).geography(Geography.REGION)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "собственники компаний").set(AnswerField.PAINS, "налоговые проверки")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.COMMITTEE).set(AnswerField.SALES_CYCLE, SalesCycle.MONTHS)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("180000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("55"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.EVENTS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.DRAINS_BUDGET)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.SITE, Site.BUSINESS_CARD)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("120000")).build();
        Assessment a = engine.assess(lawFirm);

        assertThat(a.verdicts()).filteredOn(v -> v.channel() == Channel.CONTEXTUAL_ADS).singleElement().satisfies(v -> {
            assertThat(v.requested()).isFalse();
            assertThat(v.kind()).isEqualTo(VerdictKind.NOT_NOW);
            assertThat(v.reason()).isEqualTo(VerdictReason.DRAINS_BUDGET);
        });
        assertThat(a.recommendations()).anyMatch(r -> r.channel() == Channel.LEAD_NURTURING);
        assertThat(a.testPlan().waiting()).doesNotContain(Channel.LEAD_NURTURING);
    }
}
