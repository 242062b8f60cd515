package com.discoverybrief.strategy;

/** A weakness of the strategy that limits a level's readiness to {@code limit} % however complete it looks. */
public record Cap(CapReason reason, int limit) {
}
