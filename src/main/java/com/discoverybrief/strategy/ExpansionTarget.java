package com.discoverybrief.strategy;

/** Where the client wants to grow beyond today's market, if anywhere. */
public enum ExpansionTarget { NONE, NEW_DISTRICT, NEW_CITY, NEW_REGION, WHOLE_COUNTRY, ABROAD, NEW_SEGMENT, UNKNOWN }
