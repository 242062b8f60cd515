package com.discoverybrief.strategy;

/** Why a level cannot be called ready although its fields are filled. */
public enum CapReason {
    AUDIENCE_UNDEFINED, USP_BLURRY, ECONOMICS_UNKNOWN, NOTHING_MEASURED, ASSUMPTIONS,
    /** A sale earns nothing or loses money: the business strategy is not ready whatever else is known. */
    NO_MARGIN
}
