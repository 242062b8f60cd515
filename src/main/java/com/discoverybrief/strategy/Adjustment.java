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
 * @param place   for {@link Kind#ADD}, the place in the plan it takes (1 = first; beyond the end: last);
 *                0 otherwise
 */
public record Adjustment(Kind kind, Channel channel, Stage stage, int place) {

    /** What an adjustment does. */
    public enum Kind { HIDE, MOVE_UP, MOVE_DOWN, STAGE, ADD }

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        if ((kind == Kind.STAGE || kind == Kind.ADD) != (stage != null)) {
            throw new IllegalArgumentException(kind + " " + (stage == null ? "needs a stage" : "takes no stage"));
        }
        if ((kind == Kind.ADD) != (place > 0)) {
            throw new IllegalArgumentException(kind + " " + (place > 0 ? "takes no place" : "needs a place from 1"));
        }
    }

    /** An adjustment that is not an addition. */
    public Adjustment(Kind kind, Channel channel, Stage stage) {
        this(kind, channel, stage, 0);
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

    /** Adds a channel at the end of the plan. */
    public static Adjustment add(Channel channel, Stage stage) {
        return add(channel, stage, Integer.MAX_VALUE);
    }

    /** Adds a channel at this place of the plan (1 = first). */
    public static Adjustment add(Channel channel, Stage stage, int place) {
        return new Adjustment(Kind.ADD, channel, stage, place);
    }
}
