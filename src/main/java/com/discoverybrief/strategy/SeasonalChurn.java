package com.discoverybrief.strategy;

import java.util.regex.Pattern;

/**
 * Clients who leave for a season, not for good, in the client's words (adv13h–l: a coworking's freelancers «на лето
 * уезжают на дачу», a language school's pupils «летом уходят на каникулы»). Whatever else the words name first, the
 * season needs its own answer: a pause instead of a cancellation, the place kept and a reminder before they return.
 */
final class SeasonalChurn {

    /** «на лето», «летом», «на зиму», «на дачу», «в отпуск», «каникулы»; "for the summer", "holidays". */
    private static final Pattern WORDS = Pattern.compile(
            "на\\s+лето|летом|на\\s+зиму|зимой|на\\s+дач|в\\s+отпуск|каникул"
                    + "|for\\s+the\\s+(?:summer|winter)|in\\s+(?:the\\s+)?(?:summer|winter)|over\\s+the\\s+summer|holidays?");

    private SeasonalChurn() {
    }

    /** The client's reasons for leaving name a season. */
    static boolean named(Answers answers) {
        String lower = answers.lowerCase(AnswerField.CHURN_REASONS);
        return lower != null && WORDS.matcher(lower).find();
    }
}
