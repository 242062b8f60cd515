package com.discoverybrief.strategy;

/**
 * The number to watch while a recommendation is tested: always a measure, never a deliverable, with
 * the unit it is counted in and which way is better.
 */
public enum Kpi {
    /** Kept for assessments made by older rules: a deliverable, no longer recommended. */
    SHARE_OF_MARKET_MAPPED(Unit.PERCENT, false),
    /** Kept for assessments made by older rules: a deliverable, no longer recommended. */
    SEGMENTS_VALIDATED(Unit.PERCENT, false),
    /** Kept for assessments made by older rules: a deliverable, no longer recommended. */
    USP_TESTED_WITH_CLIENTS(Unit.PERCENT, false),
    MARGIN_PER_SALE(Unit.RUBLES, false),
    /** Kept for assessments made by older rules: replaced by {@link #LEADS_WITH_KNOWN_SOURCE}. */
    CHANNELS_WITH_KNOWN_CAC(Unit.PERCENT, false),
    COST_PER_LEAD(Unit.RUBLES, true),
    COST_PER_ACQUISITION(Unit.RUBLES, true),
    ORGANIC_TRAFFIC_AND_LEADS(Unit.PER_MONTH, false),
    ENGAGED_AUDIENCE_AND_LEADS(Unit.PER_MONTH, false),
    PARTNER_LEADS(Unit.PER_MONTH, false),
    REPEAT_PURCHASE_RATE(Unit.PERCENT, false),
    /** Kept for assessments made by older rules; readable only after a year of purchases. */
    CUSTOMER_LIFETIME_VALUE(Unit.RUBLES, false),
    REFERRAL_SHARE(Unit.PERCENT, false),
    CONVERSION_RATE(Unit.PERCENT, false),
    LEADS_WITH_KNOWN_SOURCE(Unit.PERCENT, false),
    SALES_FROM_TARGET_SEGMENTS(Unit.PERCENT, false),
    SITE_CONVERSION(Unit.PERCENT, false),
    RATING_AND_REVIEWS(Unit.SCORE, false),
    MAP_ACTIONS(Unit.PER_MONTH, false),
    RETENTION_RATE(Unit.PERCENT, false),
    NEW_MARKET_LEADS(Unit.PER_MONTH, false),
    /** Sales at the spot a walk-in business is found at: receipts a month. */
    WALK_IN_SALES(Unit.PER_MONTH, false),
    /** Before the doors open: sign-ups to the waiting list and pre-sold first purchases. */
    PRE_SALES(Unit.PER_MONTH, false),
    /** Cold outreach: meetings agreed per 100 decision-makers contacted, read long before a deal closes. */
    MEETINGS_FROM_OUTREACH(Unit.PERCENT, false),
    /** Lead nurturing: deals opened a month from the leads being warmed up, read before the deals close. */
    OPPORTUNITIES_FROM_NURTURING(Unit.PER_MONTH, false),
    /** Of the sign-ups to a free plan or trial, the share who start paying. */
    FREE_TO_PAID(Unit.PERCENT, false),
    /**
     * A purchase made every few years (finding 84: a used car, traded in after 3–4 years): past customers who answer a
     * reminder with an enquiry — to sell, trade in, buy again or bring a friend — a month. Read within the plan, where
     * a share of repeat purchases would move only in years.
     */
    PAST_CLIENT_LEADS(Unit.PER_MONTH, false),
    /**
     * A months-long deal in a booking window (finding 133): the share of enquiries lost after a viewing or a meeting,
     * the earliest step the window's weeks can see where the sale comes after them.
     */
    LOST_AFTER_VIEWING(Unit.PERCENT, true),
    /**
     * A deal of more than half a year with a few sales a month (findings 81, 102): what a channel puts into the pipeline —
     * qualified enquiries, meetings, proposals sent and their sum — read inside the plan, where a cost per client would
     * be moved by one deal more or less.
     */
    PIPELINE_FROM_CHANNEL(Unit.PER_MONTH, false),
    /**
     * A client who buys once, beside a referral line (finding 154: a renovation every ten years): the base's job is the ask
     * after the job is handed over — a recommendation and a review with photos of the result — counted as those reviews a
     * month, not the referral line's share read a second time.
     */
    REVIEWS_WITH_PHOTOS(Unit.PER_MONTH, false),
    /**
     * A client who buys once, beside a referral line, whose work leaves nothing to photograph (finding 162: a flat sold by
     * an agency): the ask after the deal — a recommendation and a review where people look for the client — counted as
     * those reviews a month.
     */
    REVIEWS_AFTER_DEAL(Unit.PER_MONTH, false),
    /**
     * A map card the client does not have, created and then promoted (finding 165): the customers the maps bring a week,
     * the number its bar counts — there are no calls or routes before it to compare with.
     */
    MAP_CUSTOMERS(Unit.PER_MONTH, false);

    private final Unit unit;
    private final boolean lowerIsBetter;

    Kpi(Unit unit, boolean lowerIsBetter) {
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * Whether a new channel has this figure only once it runs — what an enquiry or a client from it costs, the meetings
     * its first contacts give, the enquiries new partners send: its test records the figure in its own first weeks,
     * never before the start nor at the week the plan's tracking works (findings 127, 134).
     */
    public boolean ownToANewChannel() {
        return lowerIsBetter || this == MEETINGS_FROM_OUTREACH || this == PARTNER_LEADS;
    }

    /** Costs go down when things work; shares, rates and counts go up. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }
}
