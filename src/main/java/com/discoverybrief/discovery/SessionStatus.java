package com.discoverybrief.discovery;

/** Where a session is in its life. */
public enum SessionStatus { DRAFT, COMPLETED }
