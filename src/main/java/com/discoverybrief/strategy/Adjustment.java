package com.discoverybrief.strategy;

import java.util.Objects;

/**
 * One change an account manager makes to the engine's recommendations after the meeting: hide a
 * recommendation, move it one place up or down, change its stage, or add a channel from the
 * catalogue. The reason and who made it are kept beside it by the session; here only what it does.
 *
 * @param kind    what it does
 * @param channel the recommendation it is about (for {@link Kind#ADD}, the channel added)
 * @param stage   the new stage for {@link Kind#STAGE} and {@link Kind#ADD}; {@code null} otherwise
 */
public record Adjustment(Kind kind, Channel channel, Stage stage) {

    /** What an adjustment does. */
    public enum Kind { HIDE, MOVE_UP, MOVE_DOWN, STAGE, ADD }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        if ((kind == Kind.STAGE || kind == Kind.ADD) != (stage != null)) {
            throw new IllegalArgumentException(kind + " " + (stage == null ? "needs a stage" : "takes no stage"));
        }
    }

    public static Adjustment hide(Channel channel) {
        return new Adjustment(Kind.HIDE, channel, null);
    }

    public static Adjustment moveUp(Channel channel) {
        return new Adjustment(Kind.MOVE_UP, channel, null);
    }

    public static Adjustment moveDown(Channel channel) {
        return new Adjustment(Kind.MOVE_DOWN, channel, null);
    }

    public static Adjustment stage(Channel channel, Stage stage) {
        return new Adjustment(Kind.STAGE, channel, stage);
    }

    public static Adjustment add(Channel channel, Stage stage) {
        return new Adjustment(Kind.ADD, channel, stage);
    }
}
