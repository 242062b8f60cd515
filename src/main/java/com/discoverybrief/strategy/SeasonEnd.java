package com.discoverybrief.strategy;

/**
 * No money buys clients past the season's end (finding 64 b). A seasonal business met in its season earns
 * until its last month; a plan line that brings clients — a channel kept, scaled or tested — ends in the
 * plan's week the season ends in, and one that would start after it waits for the next season. Preparation
 * (measurement, the base, the site) goes on: it readies the next season.
 */
final class SeasonEnd {

    private SeasonEnd() {
    }

    /**
     * The plan's last week of the season (week 1 starts with the meeting's month, as
     * {@link Signals#seasonOpensInWeek}), or {@code Integer.MAX_VALUE} when the business is not met in season.
     */
    static int lastWeek(Answers answers) {
        int months = InSeason.monthsLeft(answers);
        return months == 0 ? Integer.MAX_VALUE : (int) Math.round(months * 52 / 12.0);
    }

    /** Whether this line buys clients and so stops with the season. */
    static boolean bound(Channel channel, PlannedTest.Kind kind) {
        return kind != PlannedTest.Kind.PREPARE && channel.group() == Channel.Group.ACQUISITION;
    }
}
