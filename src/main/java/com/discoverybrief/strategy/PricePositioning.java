package com.discoverybrief.strategy;

/** Where the offer's price sits against competitors. */
public enum PricePositioning { ECONOMY, MID_MARKET, PREMIUM, UNKNOWN }
