package com.discoverybrief.strategy;

/** The answer to a channel the client asked for: yes, yes once something else is done, or not now. */
public enum VerdictKind { RECOMMENDED, LATER, NOT_NOW }
