package com.discoverybrief.strategy;

import java.time.Month;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's goal is the months outside the season (finding 63): a hotel full in summer that wants its
 * October to May filled is not "before its season" and not "at the limit" for that goal — the empty months
 * are the market. Read from the months the goal names ("с октября по май", "October–May", "в январе"),
 * ranges included; a goal that names no month, or any month of the season, is not one.
 */
final class OffSeasonGoal {

    /** A month's name as a whole word, ru or en; each group is one month, January first. */
    private static final Pattern MONTH = Pattern.compile("(?<![а-яёa-z])(?:(январ|january)|(феврал|february)"
            + "|(март|march)|(апрел|april)|(ма[йяею](?![а-яё])|may(?![a-z]))|(июн|june)|(июл|july)|(август|august)"
            + "|(сентябр|september)|(октябр|october)|(ноябр|november)|(декабр|december))[а-яёa-z]*");
    /** What joins two months into a range: "по", "до", a dash, "to", "through", "until". */
    private static final Pattern THROUGH = Pattern.compile("\\s*(?:по|до|-|–|—|to|through|till|until)\\s*");

    private OffSeasonGoal() {
    }

    /** Seasonal, and every month the goal names lies outside the season (at least one is named). */
    static boolean named(Answers answers) {
        if (!Signals.seasonal(answers) || answers.growthGoal() == null) {
            return false;
        }
        Set<Month> months = months(answers.growthGoal());
        return !months.isEmpty() && months.stream().noneMatch(month -> Signals.inSeason(answers, month));
    }

    /** The months a text names, a range ("с октября по май") counting every month in it. */
    static Set<Month> months(String text) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher matcher = MONTH.matcher(lower);
        Month previous = null;
        int previousEnd = -1;
        while (matcher.find()) {
            Month month = null;
            for (int group = 1; group <= 12 && month == null; group++) {
                month = matcher.group(group) == null ? null : Month.of(group);
            }
            if (previous != null && THROUGH.matcher(lower.substring(previousEnd, matcher.start())).matches()) {
                for (Month m = previous; m != month; m = m.plus(1)) {
                    months.add(m);
                }
            }
            months.add(month);
            previous = month;
            previousEnd = matcher.end();
        }
        return months;
    }
}
