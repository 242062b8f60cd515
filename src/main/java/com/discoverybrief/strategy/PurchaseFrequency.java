package com.discoverybrief.strategy;

/**
 * How often one client buys: once in a lifetime (a wedding, a renovation), rarely (every few years),
 * once a year or once a season (a ski pass, the yearly boiler service, a seaside holiday), regularly
 * (every few months) or frequently (every few weeks). It decides what retention can do.
 */
public enum PurchaseFrequency { ONE_OFF, RARE, YEARLY, REGULAR, FREQUENT, UNKNOWN }
