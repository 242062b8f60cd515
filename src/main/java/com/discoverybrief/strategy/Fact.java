package com.discoverybrief.strategy;

import java.util.List;

/** Something learned at a level: the field and its value (constants and/or a short excerpt). */
public record Fact(AnswerField field, List<Enum<?>> values, String excerpt) {
    public Fact {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
