package com.discoverybrief.base;

/**
 * Fills {@code {0}}, {@code {1}} … into a translated text — the one rule for the screens (through
 * {@link com.discoverybrief.base.ui.TranslationProvider}) and the PDF brief.
 *
 * <p>Unlike {@link java.text.MessageFormat} an apostrophe is an apostrophe ("the client's goal: {0}")
 * and is never doubled in the bundles; arguments are inserted as they are ({@code String.valueOf}),
 * so a number or a date is formatted by the caller. One pass: a "{1}" the client happened to type into
 * argument 0 stays as typed. A brace that is not an argument index of this call is kept as text.
 */
public final class Messages {

    private Messages() {
    }

    public static String format(String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
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
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return Integer.parseInt(pattern.substring(from, to)) < count;
    }
}
