package com.discoverybrief.strategy;

/** A realistic time until a recommendation shows measurable results. */
public enum Horizon {
    TWO_TO_FOUR_WEEKS(0), ONE_TO_THREE_MONTHS(1), THREE_TO_SIX_MONTHS(3), SIX_TO_TWELVE_MONTHS(6);

    private final int firstMonth;

    Horizon(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    /** The month in which the first measurable results can come, at the earliest (0: within the first). */
    int firstMonth() {
        return firstMonth;
    }
}
