package com.discoverybrief.strategy;

/** Whether the client can be found on Yandex Maps, 2GIS and the like, and whether anyone looks after it. */
public enum MapListings { NONE, LISTED, MAINTAINED, UNKNOWN }
