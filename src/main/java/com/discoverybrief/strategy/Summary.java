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
 * @param goalLimit   why that goal is out of reach; {@code null} reads as {@link GoalLimit#HORIZON} (summaries
 *                    kept before the capacity reason existed)
 * @param waitingList the client's own words for the queue that waits for the new capacity the goal names
 *                    ({@link NewCapacity#waitingList}: «30 детей»), or {@code null} (and in summaries kept before it)
 */
public record Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal, String goalOutOfReach,
        GrowthHorizon goalHorizon, GoalLimit goalLimit, String waitingList) {
    public Summary {
        firstSteps = List.copyOf(firstSteps);
    }

    /** A summary with no waiting list for new capacity. */
    public Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal, String goalOutOfReach,
            GrowthHorizon goalHorizon, GoalLimit goalLimit) {
        this(focus, firstSteps, horizon, growthGoal, goalOutOfReach, goalHorizon, goalLimit, null);
    }

    public Summary(Focus focus, List<Channel> firstSteps, Horizon horizon, String growthGoal) {
        this(focus, firstSteps, horizon, growthGoal, null, null, null);
    }

    /** Why the plan does not promise the client's goal as stated. */
    public enum GoalLimit {
        /** The goal's deadline comes before the first measurable results can. */
        HORIZON,
        /** The goal asks for more clients or orders than the business can serve today. */
        CAPACITY
    }

    /** Why the goal is out of reach, or {@code null} when it is not. */
    public GoalLimit outOfReachBecause() {
        if (goalOutOfReach == null || goalOutOfReach.isBlank()) {
            return null;
        }
        return goalLimit == null ? GoalLimit.HORIZON : goalLimit;
    }

    /** The main thrust of the plan. */
    public enum Focus {
        CLARIFY_STRATEGY, MEASURE_THEN_GROW, GROW_ACQUISITION, KEEP_CLIENTS, SCALE_WHAT_WORKS, BUILD_SITE,
        REPUTATION_AND_REFERRALS, EARN_MORE_PER_CLIENT, ENTER_NEW_MARKET, RAISE_CLIENT_VALUE, LAUNCH,
        PREPARE_SEASON, FOOTFALL, MIND_THE_MARGIN,
        /** Full where it works today, opening a new place: more per client here, new clients go there. */
        FULL_HERE_FILL_NEW_PLACE,
        /** People use the free plan: the growth is in moving them to a paid one. */
        ACTIVATE_FREE_USERS,
        /**
         * Bad reviews send people to competitors before they call: the reputation first, whether clients
         * buy once or come back (a clinic with regulars is told nothing about buying once).
         */
        FIX_REPUTATION,
        /** One client brings half of the orders or more: keep it, and win new clients beside it at once. */
        REDUCE_DEPENDENCE,
        /** The law restricts the client's advertising: trust from what is not advertising, ads only in their legal form. */
        TRUST_WITHIN_THE_LAW,
        /** One location of several lags: diagnose that place before spending on ads for it or the chain. */
        FIX_LAGGING_LOCATION,
        /** Full in the season only: the season grows by price, a minimum stay or order and prepayment, not by traffic. */
        FULL_IN_SEASON,
        /** Full in the season, and the goal is the empty months outside it: price in the season, past clients and new ones for the empty dates. */
        FILL_OFF_SEASON,
        /** The dealers or partners the client sells through leave: keep them (one retail price) before finding new ones. */
        KEEP_PARTNERS,
        /**
         * Enquiries are lost before the sale (missed calls, chats answered hours later, callers who do not book):
         * their handling first, then more traffic (finding 76).
         */
        ANSWER_ENQUIRIES,
        /** The need is urgent and bought once or rarely: being found and trusted at once — the map card, the phone, reviews. */
        FOUND_AT_ONCE,
        /**
         * One platform (Avito, a marketplace, a tender platform) brings half of the orders or more: keep it as it
         * is, and build sources of the client's own beside it (finding 91: "Avito down to 50 %" never answered).
         */
        LEAVE_ONE_PLATFORM,
        /**
         * A new district of the same city: the same clients, near the new address — found on the maps, reached by
         * ads around it and by the neighbours; no study of a market the client already knows (finding 92).
         */
        NEW_DISTRICT
    }
}
