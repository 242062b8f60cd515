package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * What the engine made of a scenario, in names only, so the checks read the same whatever the
 * engine's types: the recommendations in order, the summary's focus, the verdicts on the channels the
 * client asked for ({@code KIND:REASON}), and the test plan ({@code null} where the engine has none).
 */
record ScenarioOutcome(List<Item> items, String focus, Map<String, String> verdicts, Plan plan,
        List<String> ignoredAnswers) {

    record Item(String channel, String stage, String kpi, String horizon, String condition, boolean verify,
            List<String> prerequisites) {
    }

    /**
     * The test plan: the budget it splits, the sum of its parts, how many rows print a percent that is not the nearest
     * of their roubles, the most new tests running at once, and the roubles of each line by channel.
     */
    record Plan(long budget, long sum, int percentsOff, int mostNewTestsAtOnce, Map<String, Long> rubles) {
    }

    int indexOf(String channel) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).channel().equals(channel)) {
                return i;
            }
        }
        return -1;
    }

    Item item(String channel) {
        int index = indexOf(channel);
        return index < 0 ? null : items.get(index);
    }
}
