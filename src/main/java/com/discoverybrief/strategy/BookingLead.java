package com.discoverybrief.strategy;

/**
 * How many months before they use it clients buy or book (finding 78): a wedding venue is booked 6–12 months
 * ahead, a summer camp in spring, a dentist within days. For a seasonal business it says when the season is
 * sold — which may be long before it is used.
 */
public enum BookingLead {
    WITHIN_A_MONTH(0, 0), ONE_TO_THREE_MONTHS(1, 3), THREE_TO_SIX_MONTHS(3, 6), SIX_TO_TWELVE_MONTHS(6, 12), UNKNOWN(0, 0);

    private final int fewestMonths;
    private final int mostMonths;

    BookingLead(int fewestMonths, int mostMonths) {
        this.fewestMonths = fewestMonths;
        this.mostMonths = mostMonths;
    }

    /** The fewest months ahead clients book. */
    int fewestMonths() {
        return fewestMonths;
    }

    /** The most months ahead clients book. */
    int mostMonths() {
        return mostMonths;
    }
}
