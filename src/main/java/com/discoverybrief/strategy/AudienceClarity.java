package com.discoverybrief.strategy;

/**
 * How well the client knows its audience: segments named and backed by data (sales, CRM, surveys),
 * named but not yet checked, a broad "everyone", or not known.
 */
public enum AudienceClarity { EVIDENCED, NAMED, EVERYONE, UNKNOWN }
