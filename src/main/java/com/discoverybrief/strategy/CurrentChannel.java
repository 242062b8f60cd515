package com.discoverybrief.strategy;

/** A channel the client already uses to attract customers. */
public enum CurrentChannel {
    TARGETED_ADS, CONTEXTUAL_ADS, SEO_CONTENT, SMM, EMAIL, PARTNERS, REFERRALS, MARKETPLACES, OFFLINE_ADS,
    COLD_OUTREACH, EVENTS
}
