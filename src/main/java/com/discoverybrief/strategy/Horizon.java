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

    /**
     * The week of a plan by which the first results can come, at the earliest: «через 6–12 месяцев» is week 26, past a
     * quarter's 13 weeks whatever week the work starts in (finding 179); «через 3–6 месяцев» is week 13.
     */
    public int firstWeek() {
        return firstMonth * TestPlans.WEEKS / TestPlans.MONTHS;
    }
}
