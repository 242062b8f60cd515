package com.discoverybrief.discovery;

import com.discoverybrief.base.PlainText;

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
        return PlainText.of(text);
    }

    /** A one-line value (a name): line breaks and tabs become spaces; null stays null. */
    public static String line(String text) {
        return PlainText.line(text);
    }
}
