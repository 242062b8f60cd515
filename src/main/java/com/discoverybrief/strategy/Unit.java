package com.discoverybrief.strategy;

/** What a number measures: roubles, a percentage, a count per month, or a rating out of five. */
public enum Unit { RUBLES, PERCENT, PER_MONTH, SCORE }
