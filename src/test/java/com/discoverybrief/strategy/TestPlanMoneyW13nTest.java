package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Money of the test plan and requests to scale (issue 13, findings 64 b, 66, 68, 69): the adversary's clients
 * 69, 70, 73 and 74 read as a salesperson typed them.
 */
class TestPlanMoneyW13nTest {

    private final StrategyEngine engine = new StrategyEngine();

    private static Verdict verdict(Assessment assessment, Channel channel) {
        return assessment.verdicts().stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    @Test
    void aRequestToDoubleALossMakingChannelIsAnsweredWithTheConversionThatWouldMakeItPay() {
        Assessment webinar = engine.assess(client("70-webinar-course-half-percent.scenario"));

        Verdict targeted = verdict(webinar, Channel.TARGETED_ADS);
        assertThat(targeted.kind()).isEqualTo(VerdictKind.LATER);
        assertThat(targeted.reason()).isEqualTo(VerdictReason.SCALE_NOT_YET);
        // 250 ₽ a lead at 0.5 %: 50 000 ₽ a client against 42 000 ₽ of margin; scaling pays from 31 500 ₽, 0.8 %
        assertThat(targeted.figures()).extracting(f -> f.value().doubleValue())
                .containsExactly(50_000.0, 42_000.0, 31_500.0, 0.8);
    }

    @Test
    void aChannelPastWhatAClientIsWorthIsNeverToldToGoOnAtTheWholeMargin() {
        TestPlan plan = engine.assess(client("70-webinar-course-half-percent.scenario")).testPlan();

        PlannedTest targeted = line(plan, Channel.TARGETED_ADS);
        assertThat(targeted.target().value().doubleValue()).isEqualTo(31_500.0);
        // the stop falls to the margin by week 8 (finding 87 of adv13g); today's 50 000 ₽ is only the week-4 stop
        assertThat(targeted.stop().value().doubleValue()).isEqualTo(42_000.0);
        assertThat(FallingStop.firstStop(targeted).value().doubleValue()).isEqualTo(50_000.0);
    }

    @Test
    void theFunnelThatLosesMoneyGetsMoneyInProportionToTheSpendItRepairs() {
        TestPlan plan = engine.assess(client("70-webinar-course-half-percent.scenario")).testPlan();

        // 2 000 000 ₽ a month today: the repair gets a tenth of it over the weeks it runs, not 10 000 ₽ a month
        PlannedTest funnel = line(plan, Channel.OPTIMISATION);
        assertThat(funnel.rubles()).isGreaterThanOrEqualTo(2_000_000L * TestPlans.MONTHS * TestPlans.REPAIR_PERCENT / 100
                * funnel.weeks() / TestPlans.WEEKS - 1);
    }

    @Test
    void eMailToTheEnquiriesOfAOneOffPurchaseIsMeasuredByHowManyOfThemBuy() {
        Assessment webinar = engine.assess(client("70-webinar-course-half-percent.scenario"));

        assertThat(webinar.recommendations().stream().filter(r -> r.channel() == Channel.EMAIL))
                .allSatisfy(email -> assertThat(email.kpi()).isEqualTo(Kpi.CONVERSION_RATE));
    }

    @Test
    void theChannelWhoseFiguresTheClientGaveKeepsThemAndNoMoneyMovesToTheOthers() {
        TestPlan plan = engine.assess(client("74-cottage-village-developer.scenario")).testPlan();

        // 400 leads × 6 000 ₽: contextual keeps about 2 400 000 ₽ a month
        PlannedTest contextual = line(plan, Channel.CONTEXTUAL_ADS);
        assertThat(contextual.today()).isEqualTo(2_400_000L);
        assertThat(contextual.rubles()).isGreaterThanOrEqualTo(2_400_000L * TestPlans.MONTHS - 1);
        assertThat(plan.ownerLine()).isEqualTo(contextual);
        for (Channel other : new Channel[] {Channel.EVENTS, Channel.MARKETPLACES, Channel.OFFLINE_ADS}) {
            PlannedTest line = line(plan, other);
            assertThat(line.today()).as(other + ": today's spend is to be told").isZero();
            assertThat(line.baseline()).as(other + ": no blended baseline under it").isNull();
            assertThat(line.rubles()).as(other + ": its usual cost, no share of contextual's money")
                    .isLessThanOrEqualTo(other.testBudget() * TestPlans.KEPT_WEIGHT * TestPlans.MONTHS);
        }
        assertThat(plan.averageCost()).isNull();
    }

    @Test
    void figuresSharedByTwoAdChannelsArePrintedOnceAsTheAverage() {
        Answers twoAds = client("74-cottage-village-developer.scenario").toBuilder()
                .set(AnswerField.CHANNELS, java.util.List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT)))
                .build();

        TestPlan plan = engine.assess(twoAds).testPlan();

        assertThat(plan.averageCost().value().doubleValue()).isEqualTo(600_000.0);
        assertThat(line(plan, Channel.CONTEXTUAL_ADS).baseline()).isNull();
        assertThat(line(plan, Channel.TARGETED_ADS).baseline()).isNull();
        assertThat(plan.ownerLine()).isNull();
    }

    @Test
    void noLineThatBuysClientsRunsPastTheSeasonsEnd() {
        Answers tyres = client("69-mobile-tyre-service-in-season.scenario");
        TestPlan plan = engine.assess(tyres).testPlan();

        int last = SeasonEnd.lastWeek(tyres);
        assertThat(last).isLessThan(TestPlans.WEEKS);
        assertThat(plan.lines()).filteredOn(l -> SeasonEnd.bound(l.channel(), l.kind())).isNotEmpty()
                .allSatisfy(l -> assertThat(l.startWeek() + l.weeks() - 1).as(l.channel().name()).isLessThanOrEqualTo(last));
        assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve()).isEqualTo(plan.total());
    }

    @Test
    void aTestThatCannotBuyOneUnitOfTheChannelIsNotNowWithThePriceAndTheBudgetThatWouldFit() {
        Assessment studio = engine.assess(client("73-tattoo-studio-billboard.scenario"));

        Verdict billboard = verdict(studio, Channel.OFFLINE_ADS);
        assertThat(billboard.kind()).isEqualTo(VerdictKind.NOT_NOW);
        assertThat(billboard.reason()).isEqualTo(VerdictReason.ONE_UNIT_TOO_DEAR);
        assertThat(billboard.figures()).extracting(f -> f.value().doubleValue())
                .containsExactly(70_000.0, 90_000.0, 350_000.0);
        assertThat(studio.recommendations()).noneMatch(r -> r.channel() == Channel.OFFLINE_ADS);
    }

    @Test
    void aTestTheBudgetCanCarryGetsAtLeastOneUnitAMonth() {
        Answers richer = client("73-tattoo-studio-billboard.scenario").toBuilder()
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("400000")).build();

        TestPlan plan = engine.assess(richer).testPlan();

        PlannedTest billboard = line(plan, Channel.OFFLINE_ADS);
        assertThat(billboard.rubles() * TestPlans.WEEKS / TestPlans.MONTHS / billboard.weeks())
                .isGreaterThanOrEqualTo(70_000L - 1);
    }

    @Test
    void noUnrequestedSearchChannelIsAddedBesideASocialStorefrontThatPays() {
        Assessment studio = engine.assess(client("73-tattoo-studio-billboard.scenario"));

        assertThat(studio.recommendations()).noneMatch(r -> r.channel() == Channel.CONTEXTUAL_ADS
                || r.channel() == Channel.SEO_CONTENT || r.channel() == Channel.WEBSITE);
    }

    private static final AdviceText RU = AdviceText.of(Locale.forLanguageTag("ru"));
    private static final char THIN = '\u202F';

    @Test
    void theScaleConditionIsSaidWithTheClientsNumbers() {
        Verdict targeted = verdict(engine.assess(client("70-webinar-course-half-percent.scenario")), Channel.TARGETED_ADS);

        assertThat(RU.verdictHeading(targeted)).isEqualTo("Больше денег — пока нет");
        assertThat(RU.verdictReason(targeted)).contains("стоит 50" + THIN + "000\u00A0₽, а приносит 42" + THIN + "000\u00A0₽");
        assertThat(RU.verdictChange(targeted)).contains("достигнет 0,8" + THIN + "%", "не дороже 31" + THIN + "500\u00A0₽");
    }

    @Test
    void aUnitTooDearSaysItsPriceAndTheBudgetThatWouldCarryIt() {
        Verdict billboard = verdict(engine.assess(client("73-tattoo-studio-billboard.scenario")), Channel.OFFLINE_ADS);

        assertThat(RU.verdictReason(billboard)).contains("70" + THIN + "000\u00A0₽ в месяц при вашем бюджете 90" + THIN + "000");
        assertThat(RU.verdictChange(billboard)).contains("примерно в 4 раза больше", "от 350" + THIN + "000\u00A0₽ в месяц");
    }

    @Test
    void theReserveClauseIsPrintedOnlyWithAReserve() {
        for (String file : new String[] {"70-webinar-course-half-percent.scenario", "73-tattoo-studio-billboard.scenario",
                "74-cottage-village-developer.scenario", "68-b2b-law-firm-partner-sells.scenario"}) {
            TestPlan plan = engine.assess(client(file)).testPlan();
            String intro = String.join(" ", RU.planIntro(plan));
            if (plan.reserve() > 0) {
                assertThat(intro).as(file).contains("лишнее — в резерве");
            } else {
                assertThat(intro).as(file).doesNotContain("в резерве").contains("окупающийся канал — вдвое больше;");
            }
        }
    }

    @Test
    void theOwnerOfTheFiguresIsNamedAndTheOthersAreAskedForTheirs() {
        TestPlan plan = engine.assess(client("74-cottage-village-developer.scenario")).testPlan();

        assertThat(String.join(" ", RU.planIntro(plan))).contains("Ваши цифры — это цифры канала «Контекстная реклама»",
                "около 2" + THIN + "400" + THIN + "000\u00A0₽ в месяц");
        assertThat(RU.planTodayOf(line(plan, Channel.EVENTS))).isEqualTo("сегодня тратите: назовите сумму");
        assertThat(RU.planBaseline(line(plan, Channel.EVENTS))).isEqualTo("записать до старта");
    }
}
