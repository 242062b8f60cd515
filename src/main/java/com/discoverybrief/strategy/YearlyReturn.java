package com.discoverybrief.strategy;

import java.util.regex.Pattern;

/**
 * The client's words say how often clients come back: every spring and autumn, every year, once a season
 * (finding 57: carpets cleaned «каждую весну и осень» while «один раз» is ticked). Where the client's own repeat
 * figures already contradict "one-off", these words give the real interval: the purchase comes round with the
 * year or the season, and the reminder goes out before it — never "your clients buy once".
 */
final class YearlyReturn {

    /** «каждую весну», «каждый год», «раз в год/сезон», «ежегодно»; "every spring", "once a year", "annually". */
    private static final Pattern WORDS = Pattern.compile(
            "кажд\\S*\\s+(?:весн|осен|лет|зим|год|сезон)|раз\\s+в\\s+(?:год|сезон)|ежегодн"
                    + "|every\\s+(?:spring|autumn|fall|summer|winter|year|season)|once\\s+a\\s+(?:year|season)|annual");

    private YearlyReturn() {
    }

    /** The client's words on loyalty say clients come back with the year or the season. */
    static boolean said(Answers answers) {
        String lower = answers.lowerCase(AnswerField.LOYALTY);
        return lower != null && WORDS.matcher(lower).find();
    }
}
