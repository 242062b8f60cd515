package com.discoverybrief.strategy;

/**
 * The map card's line in the plan, by what the client has (findings 151, 157). The client's own card is improved — done
 * when it is filled, {@value #READY_WEEKS} weeks in, and its line ends there; its calls and routes today are in the
 * card's cabinet and are read before the start, not after the work has changed them. A card the client does not have
 * («На картах нет») is created first, in its first {@value #CREATION_WEEKS} weeks, and then promoted: it starts from
 * nothing, so its bar is a number of customers a week — what the line's money buys at the plan's allowable cost — and
 * never «more than before», which one call would pass.
 */
public final class MapCard {

    /** The client's own card is filled — photos, prices, hours, answers to reviews — in this many weeks. */
    public static final int READY_WEEKS = 2;
    /** A new card is created — address, hours, photos, prices — in this many weeks before it is promoted. */
    public static final int CREATION_WEEKS = 2;

    private MapCard() {
    }

    /** Whether a line improves the card the client already has: «Улучшение», done when it is filled. */
    public static boolean improves(PlannedTest line) {
        return line.channel() == Channel.MAP_LISTINGS && line.kind() == PlannedTest.Kind.TEST && line.own();
    }

    /** Whether a line creates a card the client does not have yet and then promotes it: a test. */
    public static boolean creates(PlannedTest line) {
        return line.channel() == Channel.MAP_LISTINGS && line.kind() == PlannedTest.Kind.TEST && !line.own();
    }

    static boolean improves(Answers answers, Recommendation r, PlannedTest.Kind kind) {
        return r.channel() == Channel.MAP_LISTINGS && kind == PlannedTest.Kind.TEST && OwnWork.of(answers, r);
    }

    static boolean creates(Answers answers, Recommendation r, PlannedTest.Kind kind) {
        return r.channel() == Channel.MAP_LISTINGS && kind == PlannedTest.Kind.TEST && !OwnWork.of(answers, r);
    }

    /**
     * A new card's figures: no calls or routes today (the baseline, 0); the plan's allowable cost of a customer (the
     * target); and the bar, the customers a week from the maps that pay for the line's money at that cost over the weeks
     * it is promoted, rounded up (the stop) — neither where the plan has no allowable cost: the bar is then the question
     * for the next meeting.
     */
    static Figure[] created(long rubles, int weeksInPlan, Double allowed) {
        Figure none = Figure.of(0, Unit.PER_MONTH);
        if (allowed == null || allowed <= 0 || rubles <= 0) {
            return new Figure[] {none, null, null};
        }
        int promoted = Math.max(1, weeksInPlan - CREATION_WEEKS);
        return new Figure[] {none, Figure.of(allowed, Unit.RUBLES),
                Figure.of(Math.max(1, Math.ceil(rubles / allowed / promoted)), Unit.SCORE)};
    }
}
