package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whose numbers the client gave (finding 66). Leads a month, the cost of a lead and the conversion are
 * one set of figures; they belong to a channel, not to the sum of the channels. With one acquisition
 * channel running they are its own. With several, they are the figures of the one paid-ads channel among
 * them, where there is exactly one — an ad account reports leads and their cost, word of mouth, events and
 * billboards do not. Otherwise nobody knows how they split: each channel's spend and cost per client are
 * asked for, and the figures are an average over all of them.
 */
final class ChannelNumbers {

    private ChannelNumbers() {
    }

    /** The acquisition channels the client runs today, whatever they bring. */
    static List<Channel> running(Answers answers) {
        // loops, not streams: the test plan asks this for each of its lines
        List<Channel> running = new ArrayList<>();
        for (ChannelUse use : answers.channels()) {
            Channel channel = Signals.toCatalogue(use.channel());
            if (channel.group() == Channel.Group.ACQUISITION && !running.contains(channel)) {
                running.add(channel);
            }
        }
        return Collections.unmodifiableList(running);
    }

    /** The channel the client's figures belong to, or {@code null} when they are an average over several. */
    static Channel owner(Answers answers) {
        List<Channel> running = running(answers);
        Channel ads = owner(running);
        // figures that say what a client costs are not those of a paid channel whose return the client does not know
        // while channels with leads of their own run beside it (a catalogue, partners, social media — not free search,
        // whose leads the brief counts apart): with its own figures its return would be known, so they are the
        // average of all (finding 105: «сегодня: 99 000 ₽» printed under contextual ads of unknown return)
        return ads != null && unknownReturn(answers, ads) && running.stream()
                .anyMatch(channel -> channel != ads && !FreeLeads.channels(answers).contains(channel)) ? null : ads;
    }

    private static boolean unknownReturn(Answers answers, Channel channel) {
        for (ChannelUse use : answers.channels()) {
            if (Signals.toCatalogue(use.channel()) == channel && use.outcome() != ChannelOutcome.UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    private static Channel owner(List<Channel> running) {
        if (running.size() == 1) {
            return running.get(0);
        }
        Channel ads = null;
        for (Channel channel : running) {
            if (channel.isPaidAds()) {
                if (ads != null) {
                    return null;
                }
                ads = channel;
            }
        }
        return ads;
    }

    /**
     * Whether the client's figures are this running channel's own: it is their owner, or it is the only
     * channel running. A channel the client does not run is compared with them as with an average.
     */
    static boolean ownedBy(Answers answers, Channel channel) {
        List<Channel> running = running(answers);
        return !running.contains(channel) || running.size() == 1 || owner(answers) == channel;
    }

    /** Whether the figures are shared by several running channels with none of them owning them. */
    static boolean averaged(Answers answers) {
        List<Channel> running = running(answers);
        return running.size() > 1 && owner(answers) == null;
    }
}
