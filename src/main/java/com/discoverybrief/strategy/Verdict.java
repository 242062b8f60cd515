package com.discoverybrief.strategy;

import java.util.Objects;

/**
 * The engine's answer on one channel, in its own words: to every channel the client asked for
 * ({@code motive} says why they asked), and to the work it deliberately leaves out although clients
 * often expect it (a loyalty programme for a one-off purchase; {@code motive} is then {@code null}).
 *
 * @param priority  its place in the recommendations, 0 when it is not among them
 * @param rule      for a recommended channel, the rule that weighs most in its favour; otherwise {@code null}
 * @param condition for a channel that waits, what it waits for; otherwise {@code null}
 */
public record Verdict(Channel channel, RequestMotive motive, VerdictKind kind, VerdictReason reason, int priority,
        String rule, Condition condition) {
    public Verdict {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the client asked for this channel. */
    public boolean requested() {
        return motive != null;
    }
}
