package com.discoverybrief.base;

/**
 * Text as every database can store it: control characters (except tab and line breaks in free text),
 * NUL, unpaired surrogates and the two non-characters removed, the same way on H2 and PostgreSQL, so
 * that no value typed or pasted anywhere (a name, a comment, a search) can save on one database and
 * fail for ever on the other. Everything printable stays. Answers use it through
 * {@code discovery.CleanText}; every other feature uses it directly at its boundary.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Free text (an answer, a comment): keeps tabs and line breaks; null stays null. */
    public static String of(String text) {
        return clean(text, false);
    }

    /** A one-line value (a name, a search): line breaks and tabs become spaces; null stays null. */
    public static String line(String text) {
        return clean(text, true);
    }

    /**
     * Whether the text shows nothing: null, empty, or only spaces of any kind (a no-break space too),
     * controls and invisible format characters (zero-width space, word joiner, direction marks and
     * overrides, byte-order mark) — a required value of those is no value.
     */
    public static boolean looksBlank(String text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x034F);
    }

    private static String clean(String text, boolean oneLine) {
        if (text == null || isClean(text, oneLine)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(oneLine ? ' ' : c);
            } else if (!unwanted(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == '\t' || c == '\n' || c == '\r') {
                if (oneLine) {
                    return false;
                }
            } else if (unwanted(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 and C1 controls, DEL, a lone surrogate, U+FFFE and U+FFFF. */
    private static boolean unwanted(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
