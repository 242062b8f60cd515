package com.discoverybrief.strategy;

/** When the client wants to reach its growth goal. */
public enum GrowthHorizon { THREE_MONTHS, SIX_MONTHS, ONE_YEAR, THREE_YEARS }
