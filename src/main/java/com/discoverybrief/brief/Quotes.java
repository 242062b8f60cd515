package com.discoverybrief.brief;

import com.discoverybrief.strategy.Reason;
import java.math.BigDecimal;

/**
 * The client's words as the brief prints them: numbers with their unit, everything else in the language's
 * quotes — once. Words the client already wrapped in quotes are not quoted again («««…»»»): a value quoted
 * as a whole keeps one pair, and quotes inside a value become the language's inner quotes („…“ in Russian,
 * ‘…’ in English), the way nested quotes are typeset.
 */
final class Quotes {

    private static final String OPENING = "«“„\"";
    private static final String CLOSING = "»”“\"";

    private Quotes() {
    }

    static String excerpt(Reason reason, BriefText text, AdviceText advice) {
        String excerpt = reason.excerpt().strip();
        if (reason.field().isNumber()) {
            try {
                return advice.answer(reason.field(), new BigDecimal(excerpt));
            } catch (NumberFormatException e) {
                // not a number after all: quote it as written
            }
        }
        return quote(excerpt, text);
    }

    /** {@code words} in the language's quotes, with the client's own quotes kept but never doubled. */
    static String quote(String words, BriefText text) {
        String value = words.strip();
        if (quotedAsAWhole(value)) {
            value = value.substring(1, value.length() - 1).strip();
        }
        String outer = text.get("brief.quoted", "");
        boolean russian = outer.startsWith("«");
        StringBuilder inner = new StringBuilder(value.length());
        boolean open = true;
        for (char c : value.toCharArray()) {
            if (c == '«' || (!russian && c == '“') || (russian && c == '„')) {
                inner.append(russian ? '„' : '‘');
                open = false;
            } else if (c == '»' || c == '”' || (russian && c == '“')) {
                inner.append(russian ? '“' : '’');
                open = true;
            } else if (c == '"') {
                inner.append(open ? (russian ? '„' : '‘') : (russian ? '“' : '’'));
                open = !open;
            } else {
                inner.append(c);
            }
        }
        return text.get("brief.quoted", inner.toString());
    }

    /** "«Качество и сервис»": one pair around everything, no other quote inside. */
    private static boolean quotedAsAWhole(String value) {
        if (value.length() < 2 || OPENING.indexOf(value.charAt(0)) < 0
                || CLOSING.indexOf(value.charAt(value.length() - 1)) < 0) {
            return false;
        }
        String inside = value.substring(1, value.length() - 1);
        return inside.chars().noneMatch(c -> OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0);
    }
}
