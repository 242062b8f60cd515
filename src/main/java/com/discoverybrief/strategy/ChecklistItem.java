package com.discoverybrief.strategy;

/** One "before any ads" check and whether the answers show it is done. */
public record ChecklistItem(Check check, boolean done) {

    /** The seed's preconditions for spending on advertising. */
    public enum Check {
        AUDIENCE_DEFINED, USP_CLEAR, ANALYTICS_IN_PLACE, LOSING_CHANNELS_MEASURED, CUSTOMER_BASE_KEPT,
        GOAL_AND_HORIZON_SET, SITE_CAPTURES_LEADS, ECONOMICS_KNOWN;

        /**
         * Whether this check applies to the client: "channels that drain budget are measured" only when a
         * channel drains budget or pays on one platform and drains on another; every other check always.
         */
        public boolean appliesTo(Answers answers) {
            return this != LOSING_CHANNELS_MEASURED
                    || !Signals.drainingChannels(answers).isEmpty() || !Signals.mixedChannels(answers).isEmpty();
        }
    }
}
