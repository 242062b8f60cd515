package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.ChannelUse;
import java.util.List;

/** An answer's value as the client should read it: their own words, or the translated choice. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(Answers answers, AnswerField field, BriefText text) {
        Object value = answers.valueOf(field);
        if (value instanceof Enum<?> choice) {
            return text.label(choice);
        }
        if (value instanceof List<?> list) {
            return String.join("\n", list.stream().map(item -> channelUse((ChannelUse) item, text)).toList());
        }
        return value == null ? "" : value.toString();
    }

    private static String channelUse(ChannelUse use, BriefText text) {
        return text.label(use.channel()) + " — " + text.label(use.outcome());
    }
}
