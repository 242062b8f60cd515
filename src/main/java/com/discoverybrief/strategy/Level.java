package com.discoverybrief.strategy;

/** The three levels of strategy from the seed: business, marketing and operational. */
public enum Level {
    /** Бизнес-стратегия: how the company earns, in which market, with which advantages. */
    MACRO,
    /** Маркетинговая стратегия: audience, USP, channels, loyalty. */
    MESO,
    /** Операционный маркетинг: the concrete tools. */
    MICRO
}
