package com.discoverybrief.strategy;

import java.util.List;

/**
 * What one level of strategy knows, how ready it is (0–100 %), what is still missing, and what holds
 * its readiness down although the fields are filled (a blurry USP, an audience of "everyone", unknown
 * economics, assumptions).
 */
public record LevelAssessment(Level level, List<Fact> known, int readiness, List<Gap> gaps, List<Cap> caps) {
    public LevelAssessment {
        known = List.copyOf(known);
        gaps = List.copyOf(gaps);
        caps = caps == null ? List.of() : List.copyOf(caps);
        if (readiness < 0 || readiness > 100) {
            throw new IllegalArgumentException("readiness must be 0..100: " + readiness);
        }
    }

    /** A level with nothing capping it, as older rules assessed them. */
    public LevelAssessment(Level level, List<Fact> known, int readiness, List<Gap> gaps) {
        this(level, known, readiness, gaps, List.of());
    }
}
