package com.discoverybrief.strategy;

/**
 * Where an answer comes from: what the client said (the default), an assumption the salesperson or
 * the client made, or a figure checked against data. Advice resting on an assumption says what to
 * verify before money is spent on it.
 */
public enum Evidence { CLIENT_SAID, ASSUMPTION, CHECKED_WITH_DATA }
