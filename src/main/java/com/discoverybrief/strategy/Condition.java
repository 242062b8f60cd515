package com.discoverybrief.strategy;

/** What must be done before a recommendation is started: the last of its prerequisites. */
public enum Condition {
    AFTER_POSITIONING, AFTER_AUDIENCE_RESEARCH, AFTER_ANALYTICS_SETUP, AFTER_CUSTOMER_BASE, AFTER_WEBSITE,
    AFTER_REPUTATION, AFTER_UNIT_ECONOMICS, AFTER_CHURN_FIXED, AFTER_CONVERSION_FIXED;

    /** The condition that waiting for this piece of work means, or {@code null} if none waits for it. */
    static Condition after(Channel prerequisite) {
        return switch (prerequisite) {
            case POSITIONING -> AFTER_POSITIONING;
            case AUDIENCE_RESEARCH -> AFTER_AUDIENCE_RESEARCH;
            case ANALYTICS_SETUP -> AFTER_ANALYTICS_SETUP;
            case CRM_MARKETING -> AFTER_CUSTOMER_BASE;
            case WEBSITE -> AFTER_WEBSITE;
            case REVIEWS_REPUTATION -> AFTER_REPUTATION;
            case UNIT_ECONOMICS -> AFTER_UNIT_ECONOMICS;
            case ONBOARDING_CHURN -> AFTER_CHURN_FIXED;
            case OPTIMISATION -> AFTER_CONVERSION_FIXED;
            default -> null;
        };
    }
}
