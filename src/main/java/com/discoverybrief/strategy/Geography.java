package com.discoverybrief.strategy;

/** How far the client's market reaches today. */
public enum Geography { CITY, REGION, COUNTRY, INTERNATIONAL }
