package com.discoverybrief.discovery;

/**
 * Text as every database can store it. PostgreSQL refuses a NUL character outright and H2 keeps it,
 * so one invisible character from a paste or a crafted request would otherwise save on one database
 * and fail for ever on the other. Control characters (except tab and line breaks in free text),
 * unpaired surrogates and the two non-characters are removed the same way everywhere, at the service
 * boundary, before anything is compared or stored.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Free text (an answer, a note): keeps tabs and line breaks; null stays null. */
    public static String of(String text) {
        return clean(text, false);
    }

    /** A one-line value (a name): line breaks and tabs become spaces; null stays null. */
    public static String line(String text) {
        return clean(text, true);
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
