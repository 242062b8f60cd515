package com.discoverybrief.strategy;

import java.nio.file.Path;

/** The scenario suite's clients by file name, and a line of their plans, for the tests of single findings. */
public final class ScenarioClients {

    private ScenarioClients() {
    }

    /** The answers of the scenario in this file of {@code src/test/resources/scenarios}. */
    public static Answers client(String file) {
        return ScenarioRun.answers(Scenario.read(Path.of("src/test/resources/scenarios", file)));
    }

    /** The plan's line for this channel; fails when the plan has none. */
    public static PlannedTest line(TestPlan plan, Channel channel) {
        return plan.lines().stream().filter(l -> l.channel() == channel).findFirst().orElseThrow();
    }
}
