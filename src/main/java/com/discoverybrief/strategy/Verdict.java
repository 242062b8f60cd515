package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;

/**
 * The engine's answer on one channel, in its own words: to every channel the client asked for
 * ({@code motive} says why they asked), and to the work it deliberately leaves out although clients
 * often expect it (a loyalty programme for a one-off purchase; {@code motive} is then {@code null}).
 *
 * @param priority  its place in the recommendations, 0 when it is not among them
 * @param rule      for a recommended channel, the rule that weighs most in its favour; otherwise {@code null}
 * @param condition for a channel that waits, what it waits for; otherwise {@code null}
 * @param figures   the client's numbers its sentences quote, in the order the reason's sentences use them
 *                  (what a client costs and brings and when scaling pays; what one unit of the channel costs
 *                  against the budget); empty for a reason that quotes none, and in verdicts kept by older rules
 */
public record Verdict(Channel channel, RequestMotive motive, VerdictKind kind, VerdictReason reason, int priority,
        String rule, Condition condition, List<Figure> figures) {
    public Verdict {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A verdict whose sentences quote no number. */
    public Verdict(Channel channel, RequestMotive motive, VerdictKind kind, VerdictReason reason, int priority,
            String rule, Condition condition) {
        this(channel, motive, kind, reason, priority, rule, condition, List.of());
    }

    /** The same verdict at another step of the plan (the account manager moved it). */
    public Verdict atStep(int step) {
        return new Verdict(channel, motive, kind, reason, step, rule, condition, figures);
    }

    /** Whether the client asked for this channel. */
    public boolean requested() {
        return motive != null;
    }
}
