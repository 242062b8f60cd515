package com.discoverybrief.strategy;

/** Headcount band of the client company. */
public enum CompanySize { SOLO, SMALL, MEDIUM, LARGE, ENTERPRISE }
