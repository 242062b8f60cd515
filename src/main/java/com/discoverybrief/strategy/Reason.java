package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;

/**
 * One answer that triggered a recommendation: the rule that read it, the field, and the value the
 * client gave — the chosen constants (a channel and its outcome, say) and/or a short excerpt of text —
 * and where that answer comes from, so an assumption is marked wherever it is quoted.
 */
public record Reason(String rule, AnswerField field, List<Enum<?>> values, String excerpt, Evidence evidence) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        values = values == null ? List.of() : List.copyOf(values);
        evidence = evidence == null ? Evidence.CLIENT_SAID : evidence;
    }

    /** A reason from an answer the client gave, as older rules made them. */
    public Reason(String rule, AnswerField field, List<Enum<?>> values, String excerpt) {
        this(rule, field, values, excerpt, Evidence.CLIENT_SAID);
    }

    public static Reason of(String rule, AnswerField field, Enum<?>... values) {
        return new Reason(rule, field, List.of(values), null);
    }

    public static Reason quoting(String rule, AnswerField field, String excerpt) {
        return new Reason(rule, field, List.of(), excerpt);
    }

    /**
     * A question the client has not answered yet: the field alone, with no values and no excerpt. Rules
     * that recommend strategy work because something is unknown cite the missing answer this way.
     */
    public static Reason missing(String rule, AnswerField field) {
        return new Reason(rule, field, List.of(), null);
    }

    /** Whether it quotes an answer (rather than pointing at a missing one). */
    public boolean isAnswer() {
        return !values.isEmpty() || excerpt != null;
    }

    Reason withEvidence(Evidence tag) {
        return new Reason(rule, field, values, excerpt, tag);
    }

    Reason signedBy(String otherRule) {
        return new Reason(otherRule, field, values, excerpt, evidence);
    }
}
