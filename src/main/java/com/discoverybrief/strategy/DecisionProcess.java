package com.discoverybrief.strategy;

/** How the client's customers decide to buy. */
public enum DecisionProcess { IMPULSE, CONSIDERED, COMMITTEE, UNKNOWN }
