package com.discoverybrief.strategy;

/** Whether the client has a website or landing page, and whether it turns visitors into enquiries. */
public enum Site { NONE, BUSINESS_CARD, CONVERTING, ONLINE_SHOP, UNKNOWN }
