package com.discoverybrief.strategy;

/** Share of revenue from repeat purchases (labels carry the ranges). */
public enum RepeatShare { LOW, MEDIUM, HIGH, UNKNOWN }
