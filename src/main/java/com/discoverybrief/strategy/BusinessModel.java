package com.discoverybrief.strategy;

/** Whom the client sells to. */
public enum BusinessModel { B2B, B2C, BOTH }
