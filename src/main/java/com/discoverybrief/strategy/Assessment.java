package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

/**
 * What the engine concluded from a session's answers: the three levels, the prioritised
 * recommendations with reasons, the "before any ads" checklist and a summary.
 */
public record Assessment(String rulesVersion, Map<Level, LevelAssessment> levels,
        List<Recommendation> recommendations, List<ChecklistItem> beforeAdsChecklist, Summary summary) {
    public Assessment {
        levels = Map.copyOf(levels);
        recommendations = List.copyOf(recommendations);
        beforeAdsChecklist = List.copyOf(beforeAdsChecklist);
    }

    public LevelAssessment level(Level level) {
        return levels.get(level);
    }

    /** Overall readiness: the mean of the three levels, rounded down. */
    public int readiness() {
        return levels.values().stream().mapToInt(LevelAssessment::readiness).sum() / Level.values().length;
    }
}
