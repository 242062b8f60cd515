package com.discoverybrief.strategy;

/** The catalogue of work the agency can recommend, grouped by the seed's four processes. */
public enum Channel {
    MARKET_ANALYSIS(Group.STRATEGY),
    AUDIENCE_RESEARCH(Group.STRATEGY),
    POSITIONING(Group.STRATEGY),
    PRICING(Group.STRATEGY),
    ANALYTICS_SETUP(Group.STRATEGY),
    TARGETED_ADS(Group.ACQUISITION),
    CONTEXTUAL_ADS(Group.ACQUISITION),
    SEO_CONTENT(Group.ACQUISITION),
    SMM(Group.ACQUISITION),
    PARTNER_MARKETING(Group.ACQUISITION),
    EMAIL(Group.RETENTION),
    CRM_MARKETING(Group.RETENTION),
    LOYALTY_BRANDING(Group.RETENTION),
    OPTIMISATION(Group.OPTIMISATION);

    /** The seed's processes: analytics and strategy, acquisition, retention, analysis and optimisation. */
    public enum Group { STRATEGY, ACQUISITION, RETENTION, OPTIMISATION }

    private final Group group;

    Channel(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /** Paid advertising, which the seed never sells before strategy. */
    public boolean isPaidAds() {
        return this == TARGETED_ADS || this == CONTEXTUAL_ADS;
    }
}
