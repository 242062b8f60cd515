package com.discoverybrief.strategy;

/**
 * Whether the orders depend on one source: spread (no client and no platform brings half of them), one
 * client brings half or more (a management company, a chain, a general contractor), or one platform
 * does (Avito, a marketplace, an aggregator, a service board). Losing that source, or its price going
 * up, is the business's biggest risk — whatever else the answers say.
 */
public enum SourceDependence { SPREAD, ONE_CLIENT, ONE_PLATFORM, UNKNOWN }
