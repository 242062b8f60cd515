package com.discoverybrief.strategy;

/** What must be true before a recommendation is started. */
public enum Condition { AFTER_POSITIONING, AFTER_AUDIENCE_RESEARCH, AFTER_ANALYTICS_SETUP, AFTER_CUSTOMER_BASE }
