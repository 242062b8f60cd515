package com.discoverybrief.brief;

import java.util.HashSet;
import java.util.Set;

/**
 * What one brief has printed already, outside the client's answers: an agency sentence or a quote of
 * the client appears once, where it first matters, and not again in every row that rests on it.
 */
final class Printed {

    private final Set<String> seen = new HashSet<>();

    /** Whether this is the first time; remembers it either way. */
    boolean first(String text) {
        return seen.add(normalised(text));
    }

    boolean already(String text) {
        return seen.contains(normalised(text));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
