package com.discoverybrief.strategy;

import java.util.List;

/**
 * Something learned at a level: the field and its value (constants, a number and/or a short excerpt)
 * and where it comes from, so an assumption is marked as one.
 */
public record Fact(AnswerField field, List<Enum<?>> values, String excerpt, Evidence evidence) {
    public Fact {
        values = values == null ? List.of() : List.copyOf(values);
        evidence = evidence == null ? Evidence.CLIENT_SAID : evidence;
    }

    /** A fact the client stated, as older rules recorded them. */
    public Fact(AnswerField field, List<Enum<?>> values, String excerpt) {
        this(field, values, excerpt, Evidence.CLIENT_SAID);
    }
}
