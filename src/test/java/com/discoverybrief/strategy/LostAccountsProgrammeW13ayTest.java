package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategist's findings 82 and 71, still WEAK in adv13n. 78, a craft brewery selling kegs to bars: «за зиму ушли 4
 * бара из 26» to distributors who give the equipment free and 30 days' credit. The answer was «Удержание: ответ на
 * причины ухода · недели 1–8 · 4 174 ₽ · 2 %», step 10 of 10, «в первые недели работы с компанией» — onboarding — while
 * the events took 135 652 ₽ · 75 %. Accounts lost counted in the client's words are churn whatever the repeat share; a
 * competitor's trade terms are answered with terms and a regular contact with each account, as a programme with money.
 */
class LostAccountsProgrammeW13ayTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void accountsLostCountedInTheClientsWordsAreChurnWhateverTheRepeatShare() {
        Answers brewery = client("78-craft-brewery-horeca.scenario");
        assertThat(NamedChurn.counted(brewery)).isTrue();
        assertThat(Signals.churnProblem(brewery)).isTrue();
        // enquiries that vanish are not accounts lost; a dealer network leaving has its own programme (72)
        assertThat(NamedChurn.counted(client("72-furniture-factory-dealers.scenario"))).isFalse();
        assertThat(NamedChurn.counted(client("80-used-cars-avito-only.scenario"))).isFalse();
        assertThat(NamedChurn.counted(client("75-dental-chain-call-centre.scenario"))).isFalse();

        List<Recommendation> recommendations = engine.assess(brewery).recommendations();
        Recommendation churn = recommendations.stream().filter(r -> r.channel() == Channel.ONBOARDING_CHURN)
                .findFirst().orElseThrow();
        Recommendation events = recommendations.stream().filter(r -> r.channel() == Channel.EVENTS).findFirst().orElseThrow();
        assertThat(churn.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(recommendations.indexOf(churn)).isLessThan(recommendations.indexOf(events));
    }

    @Test
    void aCompetitorsTradeTermsAreAnsweredWithTermsAndAContactNotWithOnboarding() {
        Answers brewery = client("78-craft-brewery-horeca.scenario");
        assertThat(ChurnCause.of(brewery)).isEqualTo(ChurnCause.TERMS);
        Recommendation churn = engine.assess(brewery).recommendations().stream()
                .filter(r -> r.channel() == Channel.ONBOARDING_CHURN).findFirst().orElseThrow();
        assertThat(churn.reasons()).anyMatch(reason -> reason.rule().equals(RetentionRules.CHURN_TERMS.rule()));
        assertThat(churn.reasons()).noneMatch(reason -> reason.rule().equals("churn-reasons-known"));
    }

    @Test
    void theProgrammeThatKeepsTheAccountsRunsThePlanWithRealMoneyAndTheEventsAreNoLongerThreeQuarters() {
        Answers brewery = client("78-craft-brewery-horeca.scenario");
        Assessment assessment = engine.assess(brewery);
        TestPlan plan = assessment.testPlan();
        PlannedTest programme = line(plan, Channel.ONBOARDING_CHURN);
        PlannedTest events = line(plan, Channel.EVENTS);
        long budget = brewery.monthlyBudget().longValue();

        assertThat(programme.startWeek()).isEqualTo(1);
        assertThat(programme.startWeek() + programme.weeks() - 1).isGreaterThanOrEqualTo(TestPlans.WEEKS);
        assertThat(plan.monthly(programme)).isGreaterThanOrEqualTo(budget / 5);
        assertThat(programme.percent()).isGreaterThanOrEqualTo(20);
        assertThat(events.percent()).isLessThan(75);
        // the baseline is the bars that stayed, 22 of 26 — not the repeat share of 75 %
        assertThat(programme.baseline().value().doubleValue()).isEqualTo(85.0);

        // ongoing work with the client's own accounts, not a preparation "done" at a week
        assertThat(AdviceText.of(RU).kindLabel(programme)).isEqualTo("Улучшение");
        String ru = AdviceText.of(RU).planDecision(plan, programme, assessment.recommendations());
        assertThat(ru).contains(AdviceText.of(RU).rubles(plan.monthly(programme)) + " в месяц").contains("каждым клиентом")
                .contains("к " + programme.decisionWeek() + "-й неделе ушёл ещё один");
        String en = AdviceText.of(EN).planDecision(plan, programme, assessment.recommendations());
        assertThat(en).contains(AdviceText.of(EN).rubles(plan.monthly(programme)) + " a month").contains("each customer");
    }
}
