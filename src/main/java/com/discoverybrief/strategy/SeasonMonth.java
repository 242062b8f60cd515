package com.discoverybrief.strategy;

import java.time.Month;

/** A month of the season's start or end, or "the client does not know". */
public enum SeasonMonth {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER, UNKNOWN;

    /** The calendar month, or {@code null} for {@link #UNKNOWN}. */
    public Month month() {
        return this == UNKNOWN ? null : Month.of(ordinal() + 1);
    }
}
