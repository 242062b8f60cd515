package com.discoverybrief.strategy;

/**
 * A new test whose start falls in the plan's last weeks is not funded (finding 94): «SMM · недели 13–20 ·
 * 4 615 ₽» buys one week of a channel that needs a month to give a reading, and the client reads it as a
 * promise. Fewer than {@value #MIN_WEEKS} of its weeks inside the plan, it waits for the next plan with its
 * condition — and a test that is funded runs at least that long inside the plan, on at least a month's money.
 */
final class LateStart {

    /** The least a test needs inside the plan to give a reading: a month of the channel (the shortest test). */
    static final int MIN_WEEKS = 4;

    private LateStart() {
    }

    /** Whether a line of this kind starting in this week is too late to fund in this plan. */
    static boolean tooLate(PlannedTest.Kind kind, int start) {
        return kind == PlannedTest.Kind.TEST && TestPlans.WEEKS - start + 1 < MIN_WEEKS;
    }
}
