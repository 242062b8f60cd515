package com.discoverybrief.strategy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A growth goal that names new capacity in the client's words: a second group, a branch, a second shift, a new place
 * (finding 167: a full kindergarten whose goal is «открыть вторую группу или филиал»). For a client at the limit of
 * capacity that opening, not a new price or mix of work, is what frees room for more customers — a new price frees no
 * place where customers stay for years.
 */
public final class NewCapacity {

    /** A branch, or a second / new group, shift, place, hall or room; "branch", "second shift", "new location". */
    private static final Pattern NAMED = Pattern.compile("филиал|(?:втор|нов)\\p{L}*\\s+(?:групп|смен|точк|зал|кабинет)"
            + "|\\bbranch|\\b(?:second|new)\\s+(?:group|shift|location|site|hall)");

    private NewCapacity() {
    }

    /** Whether the growth goal names new capacity; a goal that grows «без второго …» names none. */
    public static boolean named(String goal) {
        if (goal == null) {
            return false;
        }
        String lower = goal.toLowerCase(Locale.ROOT);
        var matcher = NAMED.matcher(lower);
        while (matcher.find()) {
            String before = lower.substring(Math.max(0, matcher.start() - 4), matcher.start());
            if (!before.contains("без") && !before.contains("no ")) {
                return true;
            }
        }
        return false;
    }
}
