package com.discoverybrief.strategy;

/** How clearly the client can say what makes the offer unique. */
public enum UspClarity { CLEAR, VAGUE, NONE }
