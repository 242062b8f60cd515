package com.discoverybrief.strategy;

import java.util.List;

/**
 * The ingredients of the one-paragraph, benefit-framed summary; the brief and the UI turn them into a
 * sentence in the session's language.
 *
 * @param focus       what the plan mainly does for the client: the client's biggest weighed gap
 * @param firstSteps  the channels to start with, in order
 * @param horizon     when the first measurable results are realistic
 * @param growthGoal  the client's own words for the goal, or {@code null}
 */
public record Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal) {
    public Summary {
        firstSteps = List.copyOf(firstSteps);
    }

    /** The main thrust of the plan. */
    public enum Focus {
        CLARIFY_STRATEGY, MEASURE_THEN_GROW, GROW_ACQUISITION, KEEP_CLIENTS, SCALE_WHAT_WORKS, BUILD_SITE,
        REPUTATION_AND_REFERRALS, EARN_MORE_PER_CLIENT, ENTER_NEW_MARKET, RAISE_CLIENT_VALUE
    }
}
