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

    /**
     * What this text was typed over, given what the server holds now: the server may already have the
     * first keystrokes (the page went away before the browser heard they were saved); text that merely
     * continues what is stored is no conflict. Anything else keeps the recorded base, so a colleague's
     * change in between is shown, not overwritten.
     */
    String baseGiven(String stored) {
        return stored != null && !stored.isEmpty() && value.startsWith(stored) ? stored : base;
    }

    /** Equal as a user reads them: blank is empty, surrounding spaces do not count. */
    static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip();
    }
}
