package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CurrentChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How an answer is stored: text as typed, a choice as its constant's name, channels in use as
 * {@code SMM=PROFIT;SEO_CONTENT=UNKNOWN}. The one place that reads and writes that form.
 */
public final class AnswerValues {

    private AnswerValues() {
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

    /** The typed value: a {@code String}, an enum constant, or a {@code List<ChannelUse>}; null if blank. */
    public static Object parse(AnswerField field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return field.type() == ChannelUse.class ? List.of() : null;
        }
        if (field.isText()) {
            return stored;
        }
        if (field.type() == ChannelUse.class) {
            return parseChannels(stored);
        }
        return enumValue(field.type(), stored);
    }

    /** The stored form of a typed value; null or an empty list become null ("not answered"). */
    public static String format(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return null;
            }
            return list.stream()
                    .map(ChannelUse.class::cast)
                    .map(use -> use.channel().name() + "=" + use.outcome().name())
                    .collect(Collectors.joining(";"));
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    private static List<ChannelUse> parseChannels(String stored) {
        Map<CurrentChannel, ChannelUse> uses = new LinkedHashMap<>();
        for (String part : stored.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("Not a channel use: " + part);
            }
            CurrentChannel channel = CurrentChannel.valueOf(pair[0]);
            uses.put(channel, new ChannelUse(channel, ChannelOutcome.valueOf(pair[1])));
        }
        return new ArrayList<>(uses.values());
    }

    private static Enum<?> enumValue(Class<?> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .map(Enum.class::cast)
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a " + type.getSimpleName()));
    }
}
