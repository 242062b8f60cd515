package com.discoverybrief.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The translation bundle in one language, with the key conventions the brief relies on. */
final class BriefText {

    private static final String BUNDLE = "vaadin-i18n/translations";

    /*
     * Without this control an unknown language would fall back to the JVM's default locale (which may
     * be Russian on a server) instead of the English base bundle.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private BriefText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static BriefText of(Locale locale) {
        return new BriefText(ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK), locale);
    }

    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for a key with {n} filled in; a missing key shows itself rather than breaking a client's brief. */
    String get(String key, Object... args) {
        String pattern = has(key) ? bundle.getString(key) : key;
        if (args.length == 0) {
            return pattern;
        }
        // One pass, by hand: MessageFormat would eat the apostrophes of "client's", and replacing {0}
        // then {1} would also replace a "{1}" the client happened to type into {0}.
        StringBuilder text = new StringBuilder(pattern.length() + 64);
        int i = 0;
        while (i < pattern.length()) {
            int close = pattern.indexOf('}', i);
            if (pattern.charAt(i) == '{' && close > i + 1 && isIndex(pattern, i + 1, close, args.length)) {
                text.append(args[Integer.parseInt(pattern.substring(i + 1, close))]);
                i = close + 1;
            } else {
                text.append(pattern.charAt(i++));
            }
        }
        return text.toString();
    }

    private static boolean isIndex(String pattern, int from, int to, int count) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return to - from < 3 && Integer.parseInt(pattern.substring(from, to)) < count;
    }

    /** An enum constant's label: {@code enum.<SimpleName>.<CONSTANT>}. */
    String label(Enum<?> constant) {
        return get("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    /**
     * A choice as a value after its question: "Размытое: «качество и сервис»" is an option on screen,
     * but after "Насколько ясно УТП:" it reads "Размытое («качество и сервис»)" — one colon per line.
     */
    String value(Enum<?> constant) {
        String label = label(constant);
        int colon = label.indexOf(": ");
        return colon < 0 ? label : label.substring(0, colon) + " (" + label.substring(colon + 2) + ")";
    }

    String values(List<? extends Enum<?>> constants) {
        return String.join(" · ", constants.stream().map(this::value).toList());
    }

    String labelOrMissing(Enum<?> constant) {
        return constant == null ? get("brief.notGiven") : label(constant);
    }

    String labels(List<? extends Enum<?>> constants) {
        return String.join(" · ", constants.stream().map(this::label).toList());
    }

    String date(LocalDate date) {
        return date == null ? get("brief.notGiven")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
