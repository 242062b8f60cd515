package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The three levels of strategy as the answers fill them: what is known (every answered field of the
 * level, "don't know" excepted), the required fields still missing as gaps, and readiness as the share
 * of required fields known, rounded down so that 100 % means nothing required is missing.
 */
final class Levels {

    private Levels() {
    }

    static Map<Level, LevelAssessment> assess(Answers answers) {
        Map<Level, LevelAssessment> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, assess(answers, level));
        }
        return levels;
    }

    static LevelAssessment assess(Answers answers, Level level) {
        List<Fact> known = new ArrayList<>();
        for (AnswerField field : AnswerField.of(level)) {
            if (RequiredFields.isKnown(answers, field)) {
                known.add(fact(answers, field));
            }
        }
        List<AnswerField> required = RequiredFields.of(level);
        List<Gap> gaps = required.stream()
                .filter(field -> !RequiredFields.isKnown(answers, field))
                .map(Gap::new)
                .toList();
        int readiness = (required.size() - gaps.size()) * 100 / required.size();
        return new LevelAssessment(level, known, readiness, gaps);
    }

    private static Fact fact(Answers answers, AnswerField field) {
        Object value = answers.valueOf(field);
        if (value instanceof String text) {
            return new Fact(field, List.of(), Excerpts.of(text));
        }
        return new Fact(field, Cite.constantsOf(value), null);
    }
}
