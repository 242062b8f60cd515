package com.discoverybrief.strategy;

/**
 * The catalogue of work the agency can recommend, grouped by the seed's four processes. Each entry
 * knows what a meaningful first test of it costs a month, so a small budget keeps the cheapest work
 * that fits the client, and whether it needs a site that captures enquiries before traffic is sent
 * to it.
 */
public enum Channel {
    // Analytics and strategy: what we sell, to whom, at what price
    MARKET_ANALYSIS(Group.STRATEGY, 20_000),
    AUDIENCE_RESEARCH(Group.STRATEGY, 20_000),
    POSITIONING(Group.STRATEGY, 20_000),
    PRICING(Group.STRATEGY, 10_000),
    UNIT_ECONOMICS(Group.STRATEGY, 5_000),
    // Analysis and optimisation: numbers, not magic
    ANALYTICS_SETUP(Group.OPTIMISATION, 15_000),
    OPTIMISATION(Group.OPTIMISATION, 10_000),
    // Acquisition: how people learn about the client
    WEBSITE(Group.ACQUISITION, 25_000),
    MAP_LISTINGS(Group.ACQUISITION, 3_000),
    TARGETED_ADS(Group.ACQUISITION, 15_000),
    CONTEXTUAL_ADS(Group.ACQUISITION, 30_000),
    SEO_CONTENT(Group.ACQUISITION, 30_000),
    SMM(Group.ACQUISITION, 10_000),
    PARTNER_MARKETING(Group.ACQUISITION, 5_000),
    MARKETPLACES(Group.ACQUISITION, 30_000),
    OFFLINE_ADS(Group.ACQUISITION, 20_000),
    COLD_OUTREACH(Group.ACQUISITION, 10_000),
    EVENTS(Group.ACQUISITION, 100_000),
    LEAD_NURTURING(Group.ACQUISITION, 10_000),
    // Retention and repeat sales: keeping a client is cheaper than finding one
    REVIEWS_REPUTATION(Group.RETENTION, 5_000),
    REFERRAL_PROGRAMME(Group.RETENTION, 5_000),
    ONBOARDING_CHURN(Group.RETENTION, 10_000),
    CRM_MARKETING(Group.RETENTION, 10_000),
    EMAIL(Group.RETENTION, 5_000),
    LOYALTY_BRANDING(Group.RETENTION, 15_000);

    /** The seed's processes: analytics and strategy, acquisition, retention, analysis and optimisation. */
    public enum Group { STRATEGY, ACQUISITION, RETENTION, OPTIMISATION }

    private final Group group;
    private final long testBudget;

    Channel(Group group, long testBudget) {
        this.group = group;
        this.testBudget = testBudget;
    }

    public Group group() {
        return group;
    }

    /** Roughly what a month of a first test that can show a number costs, in roubles. */
    public long testBudget() {
        return testBudget;
    }

    /** Paid advertising, which the seed never sells before strategy. */
    public boolean isPaidAds() {
        return this == TARGETED_ADS || this == CONTEXTUAL_ADS;
    }

    /**
     * Traffic bought with money rather than effort, so it must be measured before it runs and its cost
     * per client known before it grows.
     */
    public boolean isPaidTraffic() {
        return isPaidAds() || this == SEO_CONTENT || this == MARKETPLACES || this == OFFLINE_ADS || this == EVENTS;
    }

    /**
     * A platform that takes a commission on every order it passes on — repeat orders included — rather than a price
     * paid once for a new customer (finding 142): a marketplace or an aggregator. What a customer is worth over all
     * their orders does not pay for it; only a margin above the commission does.
     */
    public boolean chargesPerOrder() {
        return this == MARKETPLACES;
    }

    /** Traffic that needs a site capturing enquiries (with analytics) before it is bought or grown. */
    public boolean needsSite() {
        return this == SEO_CONTENT || this == CONTEXTUAL_ADS || this == MARKETPLACES;
    }

    /**
     * A tool that speaks to people who do not know the client yet, so it needs a known audience and a
     * clear offer first. A map listing does not: it only lets people who already search find the
     * address.
     */
    public boolean needsPositioning() {
        return group == Group.ACQUISITION && this != MAP_LISTINGS;
    }

    /** Something a client may ask for by name; every such request gets a verdict. */
    public boolean isRequestable() {
        return group == Group.ACQUISITION || group == Group.RETENTION;
    }
}
