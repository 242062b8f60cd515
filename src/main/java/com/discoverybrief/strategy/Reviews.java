package com.discoverybrief.strategy;

/** What people read about the client on review sites and maps. */
public enum Reviews { NONE, FEW, GOOD, BAD, UNKNOWN }
