package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.StoredForm;

/**
 * How an answer is stored: text as typed, a choice as its constant's name, a number in plain decimal
 * notation, channels as {@code SMM=PROFIT;SEO_CONTENT=UNKNOWN}. The form itself is defined once, in
 * {@link StoredForm}, so the engine's scenario files and the database read the same way.
 */
public final class AnswerValues {

    private AnswerValues() {
    }

    /** Whether {@code stored} is a value the field can hold (blank means "not answered"). */
    public static boolean isValid(AnswerField field, String stored) {
        return StoredForm.isValid(field, stored);
    }

    /** The typed value: a {@code String}, an enum constant, a {@code BigDecimal} or a list; null if blank. */
    public static Object parse(AnswerField field, String stored) {
        return StoredForm.parse(field, stored);
    }

    /** The typed value, or null when blank or no longer a value the field can hold (an older version's). */
    public static Object parseOrNull(AnswerField field, String stored) {
        try {
            return StoredForm.parse(field, stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The stored form of a typed value; null or an empty list become null ("not answered"). */
    public static String format(Object value) {
        return StoredForm.format(value);
    }
}
