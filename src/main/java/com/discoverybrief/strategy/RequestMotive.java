package com.discoverybrief.strategy;

/** Why the client asks for a channel: competitors use it, they tried it, a hunch, or their own data. */
public enum RequestMotive { COMPETITORS, TRIED_BEFORE, HUNCH, DATA, UNKNOWN }
