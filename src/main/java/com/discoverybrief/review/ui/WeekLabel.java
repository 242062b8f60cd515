package com.discoverybrief.review.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A week of the team statistics named so it cannot be mistaken in either language: its ISO week number
 * and its Monday-to-Sunday dates with the year, e.g. 48 and "23–29 Nov 2026" / "23–29 нояб. 2026";
 * a week across two months "30 Nov – 6 Dec 2026", across two years "28 Dec 2026 – 3 Jan 2027".
 */
record WeekLabel(int number, String dates) {

    static WeekLabel of(LocalDate monday, Locale locale) {
        LocalDate sunday = monday.plusDays(6);
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        String dates;
        if (monday.getMonth() == sunday.getMonth()) {
            dates = monday.getDayOfMonth() + "–" + full.format(sunday);
        } else if (monday.getYear() == sunday.getYear()) {
            dates = DateTimeFormatter.ofPattern("d MMM", locale).format(monday) + " – " + full.format(sunday);
        } else {
            dates = full.format(monday) + " – " + full.format(sunday);
        }
        return new WeekLabel(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), dates);
    }
}
