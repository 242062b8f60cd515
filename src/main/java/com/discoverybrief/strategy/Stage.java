package com.discoverybrief.strategy;

/**
 * When a recommendation should happen: do it first; scale what brings profit and is measured; keep
 * what brings profit and measure it; or test something new. A channel that already pays is never a
 * test.
 */
public enum Stage { DO_FIRST, SCALE, KEEP, TEST }
