package com.discoverybrief.strategy;

/**
 * Shortens the client's own words to something a fact, a reason or the brief can quote. Whitespace
 * and control characters collapse to single spaces; a long answer is cut on a word boundary and ends
 * with "…". Only the first few hundred characters are ever read, so a pasted novel costs no more
 * than a sentence.
 */
final class Excerpts {

    static final int MAX_LENGTH = 160;
    private static final String ELLIPSIS = "…";

    private Excerpts() {
    }

    /** The excerpt, or {@code null} when the text has nothing visible to quote. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 2));
        boolean pendingSpace = false;
        boolean truncated = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isSeparator(codePoint)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            int needed = (pendingSpace ? 1 : 0) + Character.charCount(codePoint);
            if (out.length() + needed > MAX_LENGTH) {
                truncated = true;
                break;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(codePoint);
        }
        if (out.length() == 0) {
            return null;
        }
        return truncated ? cutOnWord(out) : out.toString();
    }

    private static boolean isSeparator(int codePoint) {
        if (codePoint > ' ' && codePoint < 0x7F || codePoint >= 0x0400 && codePoint <= 0x04FF) {
            return false; // printable ASCII and Cyrillic, most of what a salesperson types: no table look-ups
        }
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint);
    }

    private static String cutOnWord(StringBuilder text) {
        int cut = Math.min(MAX_LENGTH - ELLIPSIS.length(), text.length());
        if (cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            cut--; // never split a character outside the basic plane
        }
        int space = text.lastIndexOf(" ", cut);
        // a single giant "word" (a URL, say) is cut mid-word rather than quoted as almost nothing
        if (space >= cut / 2) {
            cut = space;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
