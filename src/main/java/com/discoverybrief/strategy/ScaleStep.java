package com.discoverybrief.strategy;

/**
 * How far a channel being scaled grows within the plan (finding 86): one step, never the remainder of the budget.
 * A channel whose spend the client named takes that spend and up to {@value #STEP_PERCENT} % more; one whose spend
 * nobody named takes at most {@value #UNNAMED_TIMES} times its usual cost. What no line can use well stays in the
 * reserve, released once a line passes its threshold — a scaled line does not absorb the surplus because it is the
 * only one that pays.
 */
final class ScaleStep {

    /** A named spend grows by at most this share in one step. */
    static final int STEP_PERCENT = 50;
    /** With no named spend, a scaled line spends at most this many times its usual cost. */
    static final int UNNAMED_TIMES = 2;

    private ScaleStep() {
    }

    /**
     * The most a scaled line takes over its weeks in the plan.
     *
     * @param named the client's named spend on it over those weeks, or 0 when nobody named it
     * @param usual what the channel usually costs over those weeks ({@link Channel#testBudget()})
     */
    static double most(double named, double usual) {
        return named > 0 ? named * (100 + STEP_PERCENT) / 100 : usual * UNNAMED_TIMES;
    }
}
