package com.discoverybrief.review;

import com.discoverybrief.strategy.Channel;

/** How many sessions in a period had this channel as their first recommendation. */
public record ChannelCount(Channel channel, long sessions) {
}
