package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How an answer is written down as text, the one place that reads and writes that form: text as
 * typed, a choice as its constant's name, a number in plain decimal notation ({@code 12000},
 * {@code 2.5}), the channels in use as {@code SMM=PROFIT;SEO_CONTENT=UNKNOWN} and the channels asked
 * for as {@code SMM=COMPETITORS;WEBSITE=HUNCH}. Sessions store answers in this form, one row per field;
 * a field added later simply has no row in an older session.
 */
public final class StoredForm {

    private StoredForm() {
    }

    /** Whether {@code stored} is a value the field can hold (blank means "not answered"). */
    public static boolean isValid(AnswerField field, String stored) {
        if (stored == null || stored.isEmpty() || field.isText()) {
            return true;
        }
        try {
            parse(field, stored);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The typed value: a {@code String}, an enum constant, a {@code BigDecimal} within the field's
     * range, or a list; {@code null} (an empty list for a list field) when blank.
     *
     * @throws IllegalArgumentException when the text is not a value of the field
     */
    public static Object parse(AnswerField field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return field.isList() ? List.of() : null;
        }
        if (field.isText()) {
            return stored;
        }
        if (field.isNumber()) {
            return number(field, stored);
        }
        if (field.type() == ChannelUse.class) {
            return pairs(stored, CurrentChannel.class, ChannelOutcome.class).entrySet().stream()
                    .map(e -> new ChannelUse(e.getKey(), e.getValue())).toList();
        }
        if (field.type() == ChannelRequest.class) {
            return pairs(stored, Channel.class, RequestMotive.class).entrySet().stream()
                    .map(e -> new ChannelRequest(e.getKey(), e.getValue())).toList();
        }
        return constant(field.type(), stored);
    }

    /** The stored form of a typed value; {@code null}, blank text or an empty list become {@code null}. */
    public static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            return list.stream().map(StoredForm::pair).collect(Collectors.joining(";"));
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    private static String pair(Object item) {
        if (item instanceof ChannelUse use) {
            return use.channel().name() + "=" + use.outcome().name();
        }
        if (item instanceof ChannelRequest request) {
            return request.channel().name() + "=" + request.motive().name();
        }
        throw new IllegalArgumentException("Not a channel: " + item);
    }

    private static BigDecimal number(AnswerField field, String stored) {
        BigDecimal number;
        try {
            number = new BigDecimal(stored.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(stored + " is not a number", e);
        }
        if (!field.range().contains(number)) {
            throw new IllegalArgumentException(stored + " is outside " + field.range());
        }
        return number;
    }

    private static <K extends Enum<K>, V extends Enum<V>> Map<K, V> pairs(String stored, Class<K> keys,
            Class<V> values) {
        Map<K, V> pairs = new LinkedHashMap<>();
        for (String part : stored.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Not a pair: " + part);
            }
            pairs.put(Enum.valueOf(keys, pair[0].strip()), Enum.valueOf(values, pair[1].strip()));
        }
        return pairs;
    }

    private static Object constant(Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> ((Enum<?>) constant).name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a " + type.getSimpleName()));
    }

    /** Every stored answer as the engine's snapshot; a row no field can hold any more is left out. */
    public static Answers.Builder read(Answers.Builder builder, Map<AnswerField, String> stored) {
        stored.forEach((field, text) -> {
            try {
                builder.set(field, parse(field, text));
            } catch (IllegalArgumentException e) {
                // written by an older version with a value that no longer exists: not answered
            }
        });
        return builder;
    }
}
