package com.discoverybrief.discovery.ui;

/**
 * Text the browser kept because the server had not confirmed it.
 *
 * @param elementId the input it was typed into
 * @param value     what the user typed
 * @param base      what the input held when the user started typing: the "before" of the save
 * @param at        when it was typed, milliseconds since the epoch (the browser's clock)
 */
record Draft(String elementId, String value, String base, long at) {

    /** Equal as a user reads them: blank is empty, surrounding spaces do not count. */
    static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip();
    }
}
