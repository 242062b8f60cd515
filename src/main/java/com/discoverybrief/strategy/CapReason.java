package com.discoverybrief.strategy;

/** Why a level cannot be called ready although its fields are filled. */
public enum CapReason {
    AUDIENCE_UNDEFINED, USP_BLURRY, ECONOMICS_UNKNOWN, NOTHING_MEASURED, ASSUMPTIONS,
    /** A sale earns nothing or loses money: the business strategy is not ready whatever else is known. */
    NO_MARGIN,
    /** Before-ads check open (finding 93): the site does not capture enquiries. */
    SITE_NOT_CAPTURING,
    /** Before-ads check open: no customer base is kept. */
    NO_CUSTOMER_BASE,
    /** Before-ads check open: a channel drains budget and is not measured yet. */
    DRAINING_UNMEASURED,
    /** Before-ads check open: enquiries and sales are tracked only in part. */
    TRACKING_PARTIAL,
    /**
     * Before-ads check open: the customers are kept, but in a spreadsheet or a phone, not a CRM — nothing reminds
     * anyone of them (finding 107: "no base is kept" is a wrong fact to a client who keeps one).
     */
    BASE_IN_SPREADSHEET
}
