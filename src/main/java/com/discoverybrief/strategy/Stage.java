package com.discoverybrief.strategy;

/** When a recommendation should happen: now, as a measured test, or scaled because it already works. */
public enum Stage { DO_FIRST, TEST, SCALE }
