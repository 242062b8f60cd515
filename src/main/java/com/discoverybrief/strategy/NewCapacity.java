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

    /**
     * A waiting list or queue with its size, and the word that follows the number where there is one: «лист ожидания
     * 30 детей», «очередь из 12 семей», "waiting list of 40 children".
     */
    private static final Pattern WAITING_LIST = Pattern.compile("(?:(?:лист|список)\\p{L}*\\s+ожидания|очеред\\p{L}*"
            + "|waiting\\s+list|waitlist)\\s*(?:из|of|[:—–-])?\\s*(\\d+(?:\\s+\\p{L}+)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private NewCapacity() {
    }

    /**
     * The client's own words for the waiting list that new capacity fills without advertising — its size and what it
     * counts, «30 детей» — or {@code null} where the constraints and the goal name none with a number. No answer
     * records a waiting list as a fact, so this reads the client's words (finding 176).
     */
    static String waitingList(Answers answers) {
        for (String words : new String[] {answers.constraints(), answers.growthGoal()}) {
            var matcher = words == null ? null : WAITING_LIST.matcher(words);
            if (matcher != null && matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /**
     * The size of a waiting list in the client's words, «30 детей» → «30»: the number, without the noun it counts in
     * the client's language, for a brief in another language (finding 184).
     */
    public static String size(String waitingList) {
        var matcher = NUMBER.matcher(waitingList);
        return matcher.find() ? matcher.group() : waitingList;
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
