package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of the plan follow the client (adv13g findings 54, 84, 92, 94; adv13h): the nurturing of a long
 * decision invites named business clients only where the plan approaches them, a rare buyer's reminder names
 * the season only for a seasonal business, the retention step answers the reason the client gave, a new
 * district is not "a new market to study", search said to pay with no site is not step 1, and a test that
 * would start in the plan's last weeks waits for the next plan instead of getting its crumbs.
 */
class WordingFollowsTheClientW13zTest {

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void consumersWhoDecideForMonthsAreNotToldThatNamedBusinessClientsAreInvitedDirectly() {
        Assessment surgery = ScenarioRun.assess(scenario("57-"));
        Assessment renovation = ScenarioRun.assess(scenario("03-"));

        assertThat(rules(surgery, Channel.LEAD_NURTURING)).contains("long-decision-people")
                .doesNotContain("long-decision-cycle");
        assertThat(rules(renovation, Channel.LEAD_NURTURING)).doesNotContain("long-decision-cycle");
    }

    @Test
    void businessBuyersWithNamedSegmentsAreStillApproachedDirectly() {
        Assessment integrator = ScenarioRun.assess(scenario("04-"));

        assertThat(rules(integrator, Channel.LEAD_NURTURING)).contains("long-decision-cycle");
        assertThat(integrator.recommendations()).extracting(Recommendation::channel).contains(Channel.COLD_OUTREACH);
    }

    @Test
    void aRareBuyersReminderNamesTheSeasonOnlyForASeasonalBusiness() {
        Answers yearRound = AnswersFixtures.complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.RARE)
                .with(AnswerField.CUSTOMER_BASE, CustomerBase.CRM).build();
        Answers seasonal = AnswersFixtures.complete().with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.RARE)
                .with(AnswerField.CUSTOMER_BASE, CustomerBase.CRM).with(AnswerField.SEASONALITY, Seasonality.SEASONAL)
                .with(AnswerField.SEASON_START, SeasonMonth.MAY).with(AnswerField.SEASON_END, SeasonMonth.SEPTEMBER).build();

        assertThat(RetentionRules.REMIND_RARE_BUYERS.fire(yearRound)).flatExtracting(Proposal::reasons)
                .extracting(Reason::rule).containsOnly("remind-rare-buyers");
        assertThat(RetentionRules.REMIND_RARE_BUYERS.fire(seasonal)).flatExtracting(Proposal::reasons)
                .extracting(Reason::rule).containsOnly("remind-rare-seasonal");
    }

    @Test
    void theRetentionStepAnswersTheReasonTheClientGaveForLeaving() {
        assertThat(ChurnCause.of(churn("15 % резидентов в месяц уходят: команды выросли и съезжают в свои офисы")))
                .isEqualTo(ChurnCause.OUTGROWN);
        assertThat(ChurnCause.of(churn("на переторжке уходят к тому, кто дешевле на 3-5 %"))).isEqualTo(ChurnCause.PRICE);
        assertThat(ChurnCause.of(churn("бесплатные бросают в первую неделю, не настроив; платные уходят, когда растут")))
                .isEqualTo(ChurnCause.FIRST_WEEKS);
        assertThat(ChurnCause.of(churn("после пробной недели не продлевают: дорого, надоедают блюда")))
                .isEqualTo(ChurnCause.FIRST_WEEKS);
        assertThat(ChurnCause.of(churn("переехали в другой район"))).isNull();

        assertThat(rules(ScenarioRun.assess(scenario("82-")), Channel.ONBOARDING_CHURN)).contains("churn-outgrown")
                .doesNotContain("churn-reasons-known");
        assertThat(rules(ScenarioRun.assess(scenario("76-")), Channel.ONBOARDING_CHURN)).contains("churn-price")
                .doesNotContain("churn-reasons-known");
        // consumers have no contract to revisit; dealers who leave because the client's own store undercuts them are
        // answered with one retail price, not a review of the price before a tender
        assertThat(rules(ScenarioRun.assess(scenario("60-")), Channel.ONBOARDING_CHURN)).doesNotContain("churn-price");
        assertThat(rules(ScenarioRun.assess(scenario("72-")), Channel.ONBOARDING_CHURN)).doesNotContain("churn-price");
    }

    @Test
    void aNewDistrictOfTheSameCityIsReachedNotStudiedAsANewMarket() {
        Assessment salon = ScenarioRun.assess(scenario("02-"));

        assertThat(salon.recommendations()).extracting(Recommendation::channel).doesNotContain(Channel.MARKET_ANALYSIS);
        assertThat(salon.summary().focus()).isEqualTo(Summary.Focus.NEW_DISTRICT);
    }

    @Test
    void searchSaidToPayWithNoSiteToLandOnComesAfterTheSiteNotAsStepOne() {
        List<Recommendation> towTruck = ScenarioRun.assess(scenario("44-")).recommendations();

        assertThat(towTruck.get(0).channel()).isNotEqualTo(Channel.SEO_CONTENT);
        assertThat(priority(towTruck, Channel.SEO_CONTENT)).isGreaterThan(priority(towTruck, Channel.WEBSITE));
    }

    @Test
    void aTestThatWouldStartInThePlansLastWeeksWaitsForTheNextPlanInsteadOfGettingCrumbs() {
        for (String name : List.of("01-", "80-", "82-")) {
            TestPlan plan = ScenarioRun.assess(scenario(name)).testPlan();

            assertThat(plan.lines()).filteredOn(line -> line.kind() == PlannedTest.Kind.TEST)
                    .allSatisfy(line -> assertThat(TestPlans.WEEKS - line.startWeek() + 1)
                            .isGreaterThanOrEqualTo(LateStart.MIN_WEEKS));
            // not "waiting for a slot or budget": they wait for the work of this plan (finding 56's check stays true)
            assertThat(plan.later()).isNotEmpty().allSatisfy(channel -> assertThat(plan.waiting()).doesNotContain(channel));
        }
        assertThat(ScenarioRun.assess(scenario("01-")).testPlan().later()).containsExactly(Channel.SMM);
        assertThat(LateStart.tooLate(PlannedTest.Kind.TEST, TestPlans.WEEKS)).isTrue();
        assertThat(LateStart.tooLate(PlannedTest.Kind.TEST, TestPlans.WEEKS - LateStart.MIN_WEEKS + 1)).isFalse();
        assertThat(LateStart.tooLate(PlannedTest.Kind.KEEP, TestPlans.WEEKS)).isFalse();
    }

    private static Answers churn(String words) {
        return AnswersFixtures.complete().with(AnswerField.CHURN_REASONS, words).build();
    }

    private static Scenario scenario(String prefix) {
        return Scenario.all().stream().filter(s -> s.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<String> rules(Assessment assessment, Channel channel) {
        return assessment.recommendations().stream().filter(r -> r.channel() == channel)
                .flatMap(r -> r.reasons().stream()).map(Reason::rule).toList();
    }

    private static int priority(List<Recommendation> recommendations, Channel channel) {
        return recommendations.stream().filter(r -> r.channel() == channel).findFirst().orElseThrow().priority();
    }
}
