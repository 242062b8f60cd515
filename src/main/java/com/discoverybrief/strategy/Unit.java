package com.discoverybrief.strategy;

/**
 * What a number measures: roubles, a percentage, a count per month, a rating out of five, or a week of the plan (the
 * week a paused line starts again, which a verdict quotes from the plan line — finding 155).
 */
public enum Unit { RUBLES, PERCENT, PER_MONTH, SCORE, WEEK }
