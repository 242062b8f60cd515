package com.discoverybrief.strategy;

import java.util.List;

/** What one level of strategy knows, how ready it is (0–100 %) and what is still missing. */
public record LevelAssessment(Level level, List<Fact> known, int readiness, List<Gap> gaps) {
    public LevelAssessment {
        known = List.copyOf(known);
        gaps = List.copyOf(gaps);
        if (readiness < 0 || readiness > 100) {
            throw new IllegalArgumentException("readiness must be 0..100: " + readiness);
        }
    }
}
