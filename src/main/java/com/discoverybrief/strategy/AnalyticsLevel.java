package com.discoverybrief.strategy;

/** Whether tracking, CRM and conversion figures exist. */
public enum AnalyticsLevel { YES, PARTLY, NO }
