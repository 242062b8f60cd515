package com.discoverybrief.strategy;

/**
 * How new customers reach the client: they walk in or pass by (a stall, a shop, a café on a street),
 * they search for the client (a search engine, a map, an aggregator, a phone call), or the client goes
 * to them (sales visits, calls, tenders). A walk-in business is found on the spot and on maps, not in
 * search ads or on a site.
 */
public enum CustomerArrival { WALK_IN, THEY_SEARCH, WE_GO_TO_THEM, UNKNOWN }
