package com.discoverybrief.strategy;

/**
 * The client's words as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares them: each code point
 * upper-cased, then lower-cased (which is what {@link java.util.regex.Pattern} does to every character it
 * compares with a letter of the pattern). A pattern made of such letters can only find a name in the words
 * when the folded words contain that name, so a plain {@link String#contains} rules a pattern out cheaply —
 * the patterns themselves try every alternative at every character and are the engine's slowest reads.
 */
final class CaseFold {

    private CaseFold() {
    }

    /**
     * The folded text; not the same as {@link String#toLowerCase}, which keeps ‘ſ’ and ‘ı’ and splits ‘İ’. Only
     * the basic plane is folded: folding never moves a code point in or out of it (CaseFoldTest checks every one),
     * so the characters beyond it, kept as they are, can never be a letter of a name anyway.
     */
    static String of(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = Character.isSurrogate(c) ? c : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    /** Whether any of the lower-case {@code names} occurs in the folded text. */
    static boolean mayName(String text, Iterable<String> names) {
        String folded = of(text);
        for (String name : names) {
            if (folded.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
