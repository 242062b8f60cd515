package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * «Тест» is a new channel where the client has no presence (finding 131): promoting the map card the client already has,
 * warming the enquiries that already came in and the programme for the partners who already sell for them (132) are
 * «Улучшение», take none of the N slots, and a slow or selling test no longer waits behind them (03, 57, 79). The plan's
 * intro says what «Улучшение» means, where the plan has such a line (134).
 */
class OwnWorkTakesNoTestSlotW13avTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theClientsOwnCardEnquiriesAndPartnersAreAnImprovementInEveryPlan() {
        AdviceText ru = AdviceText.of(RU);
        List<String> broken = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            if (assessment.testPlan() == null) {
                continue;
            }
            for (PlannedTest l : assessment.testPlan().lines()) {
                // a map card is the client's own only where they have one (finding 150: 50's «На картах нет» is a test)
                boolean own = l.channel() == Channel.LEAD_NURTURING
                        || l.channel() == Channel.MAP_LISTINGS && ScenarioRun.answers(scenario).maps() != MapListings.NONE
                        || l.channel() == Channel.PARTNER_MARKETING && l.kpi() == Kpi.RETENTION_RATE;
                if (own && l.kind() == PlannedTest.Kind.TEST && (l.newTest() || !ru.kindLabel(l).equals("Улучшение"))) {
                    broken.add(scenario.name() + ": " + l.channel() + " " + ru.kindLabel(l));
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void seoTakesTheFirstWeekItsPrerequisitesLeaveFreeNotAWaveAfterTheCardTest() {
        // 03: «Карты и геосервисы · Тест» and «Прогрев заявок · Тест» held the 3 slots, SEO waited to week 7
        Assessment assessment = engine.assess(client("03-renovation-one-off.scenario"));
        assertThat(line(assessment.testPlan(), Channel.SEO_CONTENT).startWeek()).isEqualTo(ready(assessment, Channel.SEO_CONTENT));
        assertThat(line(assessment.testPlan(), Channel.MAP_LISTINGS).newTest()).isFalse();
        assertThat(line(assessment.testPlan(), Channel.LEAD_NURTURING).newTest()).isFalse();
    }

    @Test
    void targetedAdsStartWhenTheirPrerequisitesAreDoneNotAWaveLater() {
        // 57: «Таргетированная · недели 7–18»: cheap lines (its own card, its own enquiries) held the slots to week 7
        Assessment assessment = engine.assess(client("57-plastic-surgery-ad-restrictions.scenario"));
        assertThat(line(assessment.testPlan(), Channel.TARGETED_ADS).startWeek())
                .isEqualTo(ready(assessment, Channel.TARGETED_ADS));
    }

    @Test
    void everySlowNewTestStartsInTheFirstWeekItsPrerequisitesAreDone() {
        // a slow test (SEO, results in months) takes the first free slot: one waiting a wave shows nothing in the plan
        List<String> late = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            if (assessment.testPlan() == null) {
                continue;
            }
            for (PlannedTest l : assessment.testPlan().lines()) {
                if (l.newTest() && l.channel() == Channel.SEO_CONTENT && l.startWeek() > ready(assessment, l.channel())) {
                    late.add(scenario.name() + ": " + l.startWeek() + " > " + ready(assessment, l.channel()));
                }
            }
        }
        assertThat(late).isEmpty();
    }

    /** The week after a line's prerequisites in the plan end: the first week it can start. */
    private static int ready(Assessment assessment, Channel channel) {
        Recommendation r = assessment.recommendations().stream().filter(x -> x.channel() == channel).findFirst().orElseThrow();
        int ready = 1;
        for (Channel prerequisite : r.prerequisites()) {
            PlannedTest p = line(assessment.testPlan(), prerequisite);
            ready = Math.max(ready, p.startWeek() + p.weeks());
        }
        return ready;
    }

    @Test
    void theWeddingVenuesMapCardStaysInThePlan() {
        // 79: «Дальше, за пределами этих 3 месяцев: карты и геосервисы» — its own card waited for a test slot
        Answers venue = client("79-wedding-venue-booked-in-winter.scenario");
        assertThat(venue.maps()).isNotEqualTo(MapListings.NONE);
        TestPlan plan = engine.assess(venue).testPlan();
        assertThat(plan.later()).doesNotContain(Channel.MAP_LISTINGS);
        assertThat(plan.waiting()).doesNotContain(Channel.MAP_LISTINGS);
        assertThat(line(plan, Channel.MAP_LISTINGS).startWeek()).isLessThanOrEqualTo(TestPlans.WEEKS);
    }

    @Test
    void theDealerProgrammeIsAnImprovement() {
        // 72: «Партнёрский маркетинг · Тест · 225 000 ₽ · 25 %» keeps the dealers the factory has
        TestPlan plan = engine.assess(client("72-furniture-factory-dealers.scenario")).testPlan();
        PlannedTest programme = line(plan, Channel.PARTNER_MARKETING);
        assertThat(programme.newTest()).isFalse();
        assertThat(AdviceText.of(RU).kindLabel(programme)).isEqualTo("Улучшение");
        assertThat(AdviceText.of(EN).kindLabel(programme)).isEqualTo("Improvement");
    }

    @Test
    void aQuarterOfTheBudgetOnTheDealersIsReadInsideThePlan() {
        // 72: «…останавливаем, если 87 % и ниже к 26-й неделе» — 225 000 ₽ with no reading in the 13 weeks
        Assessment assessment = engine.assess(client("72-furniture-factory-dealers.scenario"));
        TestPlan plan = assessment.testPlan();
        PlannedTest programme = line(plan, Channel.PARTNER_MARKETING);
        assertThat(programme.percent()).isGreaterThan(20);
        int end = Math.min(programme.startWeek() + programme.weeks() - 1, plan.weeks());
        assertThat(programme.decisionWeek()).isEqualTo(end);
        assertThat(AdviceText.of(RU).planDecision(plan, programme, assessment.recommendations()))
                .contains("к " + end + "-й неделе — сколько партнёров приняли новые условия; стоп, если уйдёт ещё один")
                .doesNotContain("26-й");
        assertThat(AdviceText.of(EN).planDecision(plan, programme, assessment.recommendations()))
                .contains("by week " + end + ", how many partners have taken the new terms; stop if one more leaves");
    }

    @Test
    void theIntroSaysWhatAnImprovementIsRightAfterTheTestsAtOnce() {
        TestPlan plan = engine.assess(client("03-renovation-one-off.scenario")).testPlan();
        String ru = String.join(" ", AdviceText.of(RU).planIntro(plan));
        // w13ba (139a): the plain sentence; 03 has five kinds of own work, too many to name
        assertThat(ru).contains("одновременно не больше " + plan.parallelTests() + " новых тестов. «Улучшение» — работа с тем, "
                + "что есть, не тест. Новый канал");
        String en = String.join(" ", AdviceText.of(EN).planIntro(plan));
        assertThat(en).contains("at most " + plan.parallelTests() + " new tests at a time. “Improvement” is work on what you "
                + "already have, not a test. A new channel");
    }

    @Test
    void onlyAPlanWithBothLabelsExplainsTheDifference() {
        // a plan with no «Тест» line has nothing for «Улучшение» to be told apart from (82: 4 pages, not 5)
        List<String> broken = new ArrayList<>();
        for (Scenario scenario : Scenario.all()) {
            TestPlan plan = ScenarioRun.assess(scenario).testPlan();
            if (plan == null) {
                continue;
            }
            boolean improvement = plan.lines().stream().anyMatch(l -> l.kind() == PlannedTest.Kind.TEST && !l.newTest())
                    && plan.lines().stream().anyMatch(PlannedTest::newTest);
            boolean explained = String.join(" ", AdviceText.of(RU).planIntro(plan)).contains("«Улучшение» — работа с тем, что");
            if (improvement != explained) {
                broken.add(scenario.name());
            }
        }
        assertThat(broken).isEmpty();
    }
}
