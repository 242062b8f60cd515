package com.discoverybrief.strategy;

import java.util.List;

/**
 * The ingredients of the one-paragraph, benefit-framed summary; the brief and the UI turn them into a
 * sentence in the session's language.
 *
 * @param focus       what the plan mainly does for the client: the client's biggest weighed gap
 * @param firstSteps  the channels to start with, in order
 * @param horizon     when the first measurable results are realistic
 * @param growthGoal  the client's own words for the goal the plan works towards, or {@code null}
 * @param goalOutOfReach the client's goal when its own horizon ends before the first measurable results
 *                    can come: the brief says so instead of endorsing it ({@code null} otherwise, and in
 *                    summaries kept by rules before 2026.12-3)
 * @param goalHorizon the horizon the client named for that goal, or {@code null}
 */
public record Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal, String goalOutOfReach,
        GrowthHorizon goalHorizon) {
    public Summary {
        firstSteps = List.copyOf(firstSteps);
    }

    public Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal) {
        this(focus, firstSteps, horizon, growthGoal, null, null);
    }

    /** The main thrust of the plan. */
    public enum Focus {
        CLARIFY_STRATEGY, MEASURE_THEN_GROW, GROW_ACQUISITION, KEEP_CLIENTS, SCALE_WHAT_WORKS, BUILD_SITE,
        REPUTATION_AND_REFERRALS, EARN_MORE_PER_CLIENT, ENTER_NEW_MARKET, RAISE_CLIENT_VALUE, LAUNCH,
        PREPARE_SEASON, FOOTFALL, MIND_THE_MARGIN
    }
}
