package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a scenario to the engine and reads the assessment back as a {@link ScenarioOutcome}. The only
 * class of the suite that knows the engine's types: answers are read in their stored form, exactly as
 * a session stores them.
 */
final class ScenarioRun {

    private static final StrategyEngine ENGINE = new StrategyEngine();

    private ScenarioRun() {
    }

    static ScenarioOutcome of(Scenario scenario) {
        return outcome(assess(scenario), List.of());
    }

    static Assessment assess(Scenario scenario) {
        return ENGINE.assess(answers(scenario));
    }

    static ScenarioOutcome outcome(Assessment assessment, List<String> ignored) {
        List<ScenarioOutcome.Item> items = assessment.recommendations().stream()
                .map(r -> new ScenarioOutcome.Item(r.channel().name(), r.stage().name(), r.kpi().name(),
                        r.horizon().name(), r.condition().map(Enum::name).orElse(null), !r.verify().isEmpty(),
                        r.prerequisites().stream().map(Enum::name).toList()))
                .toList();
        Map<String, String> verdicts = new LinkedHashMap<>();
        assessment.verdicts().stream().filter(Verdict::requested)
                .forEach(v -> verdicts.put(v.channel().name(), v.kind().name() + ":" + v.reason().name()));
        ScenarioOutcome.Plan plan = null;
        TestPlan testPlan = assessment.testPlan();
        if (testPlan != null) {
            long sum = testPlan.lines().stream().mapToLong(PlannedTest::rubles).sum() + testPlan.reserve();
            // the rows, the reserve included, whose printed percent is not the nearest of their roubles (161)
            int percentsOff = (int) testPlan.lines().stream()
                    .filter(l -> l.percent() != Math.round(l.rubles() * 100.0 / testPlan.total())).count()
                    + (testPlan.reservePercent() != Math.round(testPlan.reserve() * 100.0 / testPlan.total()) ? 1 : 0);
            int most = 0;
            for (int week = 1; week <= TestPlans.WEEKS; week++) {
                int w = week;
                most = Math.max(most, (int) testPlan.lines().stream().filter(l -> l.kind() == PlannedTest.Kind.TEST
                        && l.channel().group() == Channel.Group.ACQUISITION
                        && l.startWeek() <= w && w < l.startWeek() + l.weeks()).count());
            }
            Map<String, Long> rubles = new LinkedHashMap<>();
            testPlan.lines().forEach(line -> rubles.merge(line.channel().name(), line.rubles(), Long::sum));
            plan = new ScenarioOutcome.Plan(testPlan.total(), sum, percentsOff, most, rubles);
        }
        return new ScenarioOutcome(items, assessment.summary().focus().name(), verdicts, plan, ignored);
    }

    static Answers answers(Scenario scenario) {
        Answers.Builder builder = Answers.builder();
        String model = scenario.get("businessModel");
        if (model != null) {
            builder.businessModel(BusinessModel.valueOf(model));
        }
        String geography = scenario.get("geography");
        if (geography != null) {
            builder.geography(Geography.valueOf(geography));
        }
        String size = scenario.get("companySize");
        if (size != null) {
            builder.companySize(CompanySize.valueOf(size));
        }
        String budget = scenario.get("budget");
        if (budget != null) {
            builder.budget(BudgetRange.valueOf(budget));
        }
        String meeting = scenario.get("meetingDate");
        if (meeting != null) {
            builder.meetingMonth(java.time.LocalDate.parse(meeting).getMonth());
        }
        List<String> unknown = new ArrayList<>();
        scenario.answers().forEach((key, value) -> {
            try {
                AnswerField field = AnswerField.valueOf(key);
                builder.set(field, StoredForm.parse(field, value));
            } catch (IllegalArgumentException e) {
                unknown.add(key + "=" + value);
            }
        });
        scenario.evidence().forEach((key, value) -> builder.evidence(AnswerField.valueOf(key), Evidence.valueOf(value)));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(scenario.name() + ": not answers " + unknown);
        }
        return builder.build();
    }
}
