package com.discoverybrief.strategy;

/** A realistic time until a recommendation shows measurable results. */
public enum Horizon { TWO_TO_FOUR_WEEKS, ONE_TO_THREE_MONTHS, THREE_TO_SIX_MONTHS, SIX_TO_TWELVE_MONTHS }
