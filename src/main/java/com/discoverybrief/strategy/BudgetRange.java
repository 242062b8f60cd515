package com.discoverybrief.strategy;

/** Monthly marketing budget band the client names (labels carry the amounts). */
public enum BudgetRange { UP_TO_50K, FROM_50K_TO_150K, FROM_150K_TO_500K, OVER_500K, NOT_DISCLOSED }
