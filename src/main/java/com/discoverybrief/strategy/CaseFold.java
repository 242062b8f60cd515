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

    /** The folded text; not the same as {@link String#toLowerCase}, which keeps ‘ſ’ and ‘ı’ and splits ‘İ’. */
    static String of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(point)));
            i += Character.charCount(point);
        }
        return folded.toString();
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
