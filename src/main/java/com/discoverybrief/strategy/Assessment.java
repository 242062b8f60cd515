package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * What the engine concluded from a session's answers: the three levels, the prioritised
 * recommendations with reasons, the "before any ads" checklist, a summary, the verdicts on the
 * client's own ideas and the test plan ({@code null} while no budget is known).
 */
public record Assessment(String rulesVersion, Map<Level, LevelAssessment> levels,
        List<Recommendation> recommendations, List<ChecklistItem> beforeAdsChecklist, Summary summary,
        List<Verdict> verdicts, TestPlan testPlan) {
    public Assessment {
        levels = Map.copyOf(levels);
        recommendations = List.copyOf(recommendations);
        beforeAdsChecklist = List.copyOf(beforeAdsChecklist);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    /** An assessment without verdicts or test plan, as older rules made them. */
    public Assessment(String rulesVersion, Map<Level, LevelAssessment> levels, List<Recommendation> recommendations,
            List<ChecklistItem> beforeAdsChecklist, Summary summary) {
        this(rulesVersion, levels, recommendations, beforeAdsChecklist, summary, List.of(), null);
    }

    public LevelAssessment level(Level level) {
        return levels.get(level);
    }

    /** Overall readiness: the mean of the three levels, rounded down. */
    public int readiness() {
        return levels.values().stream().mapToInt(LevelAssessment::readiness).sum() / Level.values().length;
    }
}
