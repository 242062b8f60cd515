package com.discoverybrief.strategy;

import java.util.Objects;

/** A channel the client asks for, and why; every one gets a verdict in the brief. */
public record ChannelRequest(Channel channel, RequestMotive motive) {
    public ChannelRequest {
        Objects.requireNonNull(channel, "channel");
        motive = motive == null ? RequestMotive.UNKNOWN : motive;
    }
}
