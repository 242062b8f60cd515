package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Round 4 of the strategist's adversarial review of issue 13 (branch adv13d, findings 34 and up in
 * {@code docs/reviews/adv13d-findings.md}). Like {@link StrategistChecksTest}, each check runs over every
 * scenario, old and new, and fails on purpose until the engine is fixed: each failure names the scenario
 * and the finding. No engine code was changed for these checks.
 * <p>
 * Per-scenario keys read here (the suite's own checks do not know them):
 * <ul>
 * <li>{@code expect.summary.goalOutOfReach = true} — the summary must say the client's goal cannot be met as
 * stated (finding 35);</li>
 * <li>{@code expect.rule.never = rule-id, …} — no recommendation may cite these rules (finding 38);</li>
 * <li>{@code expect.plan.maxTargetRatio = 2.5} — a plan line whose KPI grows (conversion, retention) may aim at
 * most this many times today's value (finding 38).</li>
 * </ul>
 */
class StrategistChecksRound4Test {

    /**
     * A stop threshold for a cost KPI further than this above today's value is no threshold: the line runs
     * until every client brings no profit at all (finding 37). The engine's own SCALE lines stop at 1.25×.
     */
    static final double STOP_CEILING = 2.0;

    /** Channels that need buyers to exist: they ask past clients to review, recommend or buy again. */
    private static final Set<Channel> NEEDS_BUYERS = EnumSet.of(Channel.REFERRAL_PROGRAMME,
            Channel.REVIEWS_REPUTATION, Channel.CRM_MARKETING, Channel.EMAIL, Channel.LOYALTY_BRANDING,
            Channel.ONBOARDING_CHURN);

    @TestFactory
    Stream<DynamicTest> theNumbersSentenceIsPrintedOnlyWhenTheClientGaveTheNumbers() {
        return each("F34 «по вашим же цифрам» without numbers", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            // summary.focus.RAISE_CLIENT_VALUE = "по вашим же цифрам новый клиент обходится примерно во столько,
            // сколько приносит, или дороже…" — a claim about cost per lead ÷ conversion against margin
            if (a.summary().focus() == Summary.Focus.RAISE_CLIENT_VALUE
                    && (answers.costPerLead() == null || answers.leadConversion() == null)) {
                broken.add("summary says «по вашим же цифрам новый клиент обходится … дороже» but the client gave "
                        + (answers.costPerLead() == null ? "no cost per lead" : "")
                        + (answers.costPerLead() == null && answers.leadConversion() == null ? " and " : "")
                        + (answers.leadConversion() == null ? "no lead→sale conversion" : "")
                        + " (focus comes from a thin margin of " + answers.grossMargin() + " %)");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> atCapacityTheSummaryDoesNotEndorseAGoalOfMoreClients() {
        return each("F35 «больше клиентов не примете» vs the goal", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            Summary summary = a.summary();
            ExpansionTarget target = answers.expansionTarget();
            boolean newPlace = target == ExpansionTarget.NEW_DISTRICT || target == ExpansionTarget.NEW_CITY
                    || target == ExpansionTarget.NEW_REGION;
            if (summary.focus() == Summary.Focus.EARN_MORE_PER_CLIENT && newPlace) {
                broken.add("summary says «больше клиентов вы сейчас не примете» while the client opens a new place ("
                        + target + ") and the goal is «" + summary.growthGoal() + "»");
            }
            if ("true".equals(scenario.get("expect.summary.goalOutOfReach")) && summary.goalOutOfReach() == null) {
                broken.add("the summary endorses «" + summary.growthGoal() + "» (" + answers.growthHorizon()
                        + ") although CAPACITY is " + answers.capacity() + ": it must say the goal cannot be met as stated");
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> noTargetOrStopOfACostIsZero() {
        return each("F36 zero targets", (scenario, a, broken) -> {
            TestPlan plan = a.testPlan();
            if (plan == null) {
                return;
            }
            for (PlannedTest line : plan.lines()) {
                if (!line.kpi().lowerIsBetter()) {
                    continue;
                }
                if (line.target() != null && line.target().value().signum() <= 0) {
                    broken.add(line.channel() + " " + line.kind() + ": target " + line.kpi() + " "
                            + line.target().value().toPlainString() + " — «продолжаем при 0 ₽ и ниже»");
                }
                if (line.stop() != null && line.stop().value().signum() <= 0) {
                    broken.add(line.channel() + " " + line.kind() + ": stop at " + line.kpi() + " "
                            + line.stop().value().toPlainString() + " — it stops on its first rouble");
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aStopThresholdIsCloseEnoughToTodayToEverStop() {
        return each("F37 stop at the client's whole margin", (scenario, a, broken) -> {
            TestPlan plan = a.testPlan();
            if (plan == null) {
                return;
            }
            for (PlannedTest line : plan.lines()) {
                if (!line.kpi().lowerIsBetter() || line.baseline() == null || line.stop() == null) {
                    continue;
                }
                double baseline = line.baseline().value().doubleValue();
                double stop = line.stop().value().doubleValue();
                if (baseline > 0 && stop > STOP_CEILING * baseline) {
                    broken.add(String.format("%s %s: today %,.0f, stop only above %,.0f (%.1f× today) — the line runs "
                            + "until a client brings no profit", line.channel(), line.kind(), baseline, stop, stop / baseline));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aTargetIsAStepFromTodayNotAWish() {
        return each("F38 targets and rules a scenario forbids", (scenario, a, broken) -> {
            List<String> forbidden = Scenario.list(scenario.get("expect.rule.never"), ",");
            for (Recommendation r : a.recommendations()) {
                r.reasons().stream().map(Reason::rule).filter(forbidden::contains).distinct().forEach(rule ->
                        broken.add(r.channel() + " cites rule " + rule));
            }
            String ratio = scenario.get("expect.plan.maxTargetRatio");
            if (ratio == null || a.testPlan() == null) {
                return;
            }
            double most = Double.parseDouble(ratio);
            for (PlannedTest line : a.testPlan().lines()) {
                if (line.kpi().lowerIsBetter() || line.baseline() == null || line.target() == null
                        || line.baseline().value().signum() <= 0) {
                    continue;
                }
                double times = line.target().value().doubleValue() / line.baseline().value().doubleValue();
                if (times > most) {
                    broken.add(String.format("%s %s aims at %s %s from %s today (%.1f×) in %d weeks", line.channel(),
                            line.kind(), line.kpi(), line.target().value().toPlainString(),
                            line.baseline().value().toPlainString(), times, line.weeks()));
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> withNoBuyersYetNothingAsksPastBuyers() {
        return each("F39 zero leads, zero buyers", (scenario, a, broken) -> {
            Answers answers = ScenarioRun.answers(scenario);
            if (answers.leadsPerMonth() == null || answers.leadsPerMonth().signum() != 0 || a.testPlan() == null) {
                return;
            }
            for (PlannedTest line : a.testPlan().lines()) {
                if (NEEDS_BUYERS.contains(line.channel()) && line.startWeek() <= 4) {
                    broken.add(line.channel() + " " + line.kind() + " from week " + line.startWeek() + " ("
                            + line.rubles() + " ₽) with 0 leads a month: there is nobody to ask yet");
                }
            }
        });
    }

    // --- plumbing (as in StrategistChecksTest)

    interface Check {
        void run(Scenario scenario, Assessment assessment, List<String> broken);
    }

    private static Stream<DynamicTest> each(String finding, Check check) {
        return Scenario.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            List<String> broken = new ArrayList<>();
            check.run(scenario, ScenarioRun.assess(scenario), broken);
            assertThat(broken).as(finding + " — " + scenario.name()).isEmpty();
        }));
    }
}
