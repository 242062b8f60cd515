package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.util.Arrays;
import java.util.Objects;

/**
 * Which value a change is about: an answer field, the note on a key question, a header property,
 * or the account manager's note for the client. Stored as a short key ({@code answer.PAINS},
 * {@code note.CLIENT}, {@code header.contactPerson}, {@code agency.note}).
 */
public record FieldKey(Kind kind, String name) {

    public enum Kind { ANSWER, NOTE, HEADER, AGENCY }

    public FieldKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static FieldKey answer(AnswerField field) {
        return new FieldKey(Kind.ANSWER, field.name());
    }

    public static FieldKey note(Question question) {
        return new FieldKey(Kind.NOTE, question.name());
    }

    public static FieldKey header(String property) {
        if (Arrays.stream(SessionHeader.class.getRecordComponents()).noneMatch(c -> c.getName().equals(property))) {
            throw new IllegalArgumentException("SessionHeader has no property " + property);
        }
        return new FieldKey(Kind.HEADER, property);
    }

    /** The agency note (issue 19). */
    public static FieldKey agencyNote() {
        return new FieldKey(Kind.AGENCY, "note");
    }

    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "." + name;
    }

    static FieldKey parse(String key) {
        int dot = key.indexOf('.');
        return new FieldKey(Kind.valueOf(key.substring(0, dot).toUpperCase(java.util.Locale.ROOT)),
                key.substring(dot + 1));
    }

    /** The answer field, for an answer's key. */
    public AnswerField answerField() {
        return AnswerField.valueOf(name);
    }

    /** Translation key of the field's label. */
    public String labelKey() {
        return switch (kind) {
            case ANSWER -> DiscoverySession.labelKey(answerField());
            case NOTE -> "question." + name + ".title";
            case HEADER -> "header." + name;
            case AGENCY -> "agency-note.label";
        };
    }
}
