package com.discoverybrief.strategy;

/** Time from first contact to a purchase. */
public enum SalesCycle { UNDER_A_WEEK, WEEKS, MONTHS, OVER_SIX_MONTHS, UNKNOWN }
