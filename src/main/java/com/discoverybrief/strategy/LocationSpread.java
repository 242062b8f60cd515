package com.discoverybrief.strategy;

/**
 * How the business's locations do: one location; several that do about equally well; several of which
 * one (or more) lags far behind the others — empty, or losing money; or the client does not know.
 */
public enum LocationSpread { ONE, SEVERAL_EVEN, ONE_LAGS, UNKNOWN }
