package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The retain section answers what the client said (adv13f–l, old WEAK reasons of 45, 80 and 82): "one-off" ticked
 * against the client's own figures and words of a yearly return is reminded before the season, never told "your
 * clients buy once" under "we start with those who already bought" (57); a purchase made every few years is judged
 * by the past customers who answer the reminder, not by a share of repeat purchases that moves in years (84); a
 * season named among the reasons for leaving gets its own answer (82's summer freelancers).
 */
class RetainAnswersTheClientW13arTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aOneOffTickAgainstYearlyReturnsIsRemindedBeforeTheSeasonNotToldItsClientsBuyOnce() throws IOException {
        Assessment carpets = ScenarioRun.assess(scenario("45-"));

        assertThat(loyalty(carpets).reason()).isEqualTo(VerdictReason.YEARLY_PURCHASES);
        assertThat(rules(carpets, Channel.CRM_MARKETING)).contains("remind-before-season")
                .doesNotContain("remind-rare-buyers");
        // the interval is quoted from the client's words, not from the tick that says "one-off"
        assertThat(carpets.recommendations().stream().filter(r -> r.channel() == Channel.CRM_MARKETING)
                .flatMap(r -> r.reasons().stream()).filter(r -> r.rule().equals("remind-before-season"))
                .map(Reason::field)).contains(AnswerField.LOYALTY).doesNotContain(AnswerField.PURCHASE_FREQUENCY);
        String brief = ScenarioBriefs.text("45-carpet-cleaning-contradiction", RU);
        assertThat(brief).contains("уже покупал").doesNotContain("никто не вернётся копить баллы")
                .contains("раз в год или раз в сезон");
    }

    @Test
    void aOneOffTickIsStillOneOffWhereNoFigureSaysClientsComeBack() {
        Assessment renovation = ScenarioRun.assess(scenario("03-"));

        assertThat(loyalty(renovation).reason()).isEqualTo(VerdictReason.ONE_OFF_PURCHASES);
        assertThat(renovation.summary().focus()).isNotEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @Test
    void figuresWithoutAnIntervalInTheClientsWordsReadAsARarePurchaseNotAYearlyOne() {
        AnswersFixtures.Builder oneOffComingBack = AnswersFixtures.complete()
                .with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .with(AnswerField.REPEAT_PERCENT, new BigDecimal("40")).with(AnswerField.CUSTOMER_BASE, CustomerBase.CRM);

        Answers noInterval = oneOffComingBack.with(AnswerField.LOYALTY, "многие возвращаются").build();
        Answers everyYear = oneOffComingBack.with(AnswerField.LOYALTY, "возвращаются каждый год перед дачным сезоном")
                .build();

        assertThat(Signals.buysYearly(noInterval)).isFalse();
        assertThat(loyalty(new StrategyEngine().assess(noInterval)).reason()).isEqualTo(VerdictReason.RARE_PURCHASES);
        assertThat(Signals.buysYearly(everyYear)).isTrue();
        assertThat(loyalty(new StrategyEngine().assess(everyYear)).reason()).isEqualTo(VerdictReason.YEARLY_PURCHASES);
    }

    @Test
    void aPurchaseMadeEveryFewYearsIsJudgedByPastCustomersWhoAnswerTheReminderWithinThePlan() {
        Answers cars = ScenarioClients.client("80-used-cars-avito-only.scenario");
        Assessment assessment = new StrategyEngine().assess(cars);
        PlannedTest reminders = ScenarioClients.line(assessment.testPlan(), Channel.CRM_MARKETING);

        // 8 % trade in after 3–4 years: a share of repeat purchases would not move within the plan
        assertThat(cars.purchaseFrequency()).isEqualTo(PurchaseFrequency.RARE);
        assertThat(reminders.kpi()).isEqualTo(Kpi.PAST_CLIENT_LEADS);
        assertThat(reminders.decisionWeek()).isLessThanOrEqualTo(TestPlans.WEEKS);
        assertThat(reminders.target()).isNull();
    }

    @Test
    void aSeasonNamedAmongTheReasonsForLeavingGetsItsOwnAnswerBesideTheFirstCause() throws IOException {
        Assessment coworking = ScenarioRun.assess(scenario("82-"));
        Assessment school = ScenarioRun.assess(scenario("15-"));

        assertThat(rules(coworking, Channel.ONBOARDING_CHURN)).contains("churn-outgrown", "churn-seasonal");
        assertThat(rules(school, Channel.ONBOARDING_CHURN)).contains("churn-seasonal");
        assertThat(SeasonalChurn.named(AnswersFixtures.complete()
                .with(AnswerField.CHURN_REASONS, "переехали в другой район").build())).isFalse();
        assertThat(ScenarioBriefs.text("82-coworking-70-percent", RU))
                .contains("пауза вместо расторжения");
    }

    private static Verdict loyalty(Assessment assessment) {
        return assessment.verdicts().stream().filter(v -> v.channel() == Channel.LOYALTY_BRANDING).findFirst()
                .orElseThrow();
    }

    private static Scenario scenario(String prefix) {
        return Scenario.all().stream().filter(s -> s.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<String> rules(Assessment assessment, Channel channel) {
        return assessment.recommendations().stream().filter(r -> r.channel() == channel)
                .flatMap(r -> r.reasons().stream()).map(Reason::rule).toList();
    }
}
