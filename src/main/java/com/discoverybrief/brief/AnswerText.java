package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;

/** An answer's value as the client should read it: their own words, the translated choice, a number with its unit. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(Answers answers, AnswerField field, BriefText text) {
        Object value = answers.valueOf(field);
        return value instanceof Enum<?> choice ? text.value(choice) : AdviceText.of(text).answer(field, value);
    }
}
