package com.discoverybrief.strategy;

import java.util.Objects;

/** One channel the client uses today and what it brings. */
public record ChannelUse(CurrentChannel channel, ChannelOutcome outcome) {
    public ChannelUse {
        Objects.requireNonNull(channel, "channel");
        outcome = outcome == null ? ChannelOutcome.UNKNOWN : outcome;
    }
}
