package com.discoverybrief.strategy;

/**
 * A seasonal business met inside its season (finding 18): the season is earned with what brings clients
 * within weeks — the channels that paid last season, maps, contextual ads, partners, the base of past
 * clients. A new channel whose first results come after the season ends (SEO above all: months before a
 * page ranks) is not started now; it starts when the season is over, to prepare the next one.
 */
final class InSeason {

    private InSeason() {
    }

    /** Met in a month inside the season (seasonal, both months and the meeting's month known). */
    static boolean inSeason(Answers answers) {
        return Signals.seasonal(answers) && answers.meetingMonth() != null && !Signals.outsideSeason(answers);
    }

    /** The months of the season left from the meeting's month, that month included; 0 when not met in season. */
    static int monthsLeft(Answers answers) {
        if (!inSeason(answers)) {
            return 0;
        }
        return Math.floorMod(answers.seasonEnd().month().getValue() - answers.meetingMonth().getValue(), 12) + 1;
    }

    /**
     * A new acquisition test whose first measurable results come too late to earn in the season that is
     * left (at least a month of season must remain after them): {@link VerdictReason#AFTER_THE_SEASON}.
     */
    static VerdictReason unfit(Answers answers, Channel channel, Draft draft) {
        if (!inSeason(answers) || draft.isKept() || Signals.runs(answers, channel)
                || channel.group() != Channel.Group.ACQUISITION || draft.stage() != Stage.TEST) {
            return null;
        }
        Horizon horizon = channel == Channel.SEO_CONTENT && draft.horizon().compareTo(Horizon.SIX_TO_TWELVE_MONTHS) < 0
                ? Horizon.SIX_TO_TWELVE_MONTHS : draft.horizon();
        return horizon.firstMonth() >= monthsLeft(answers) - 1 ? VerdictReason.AFTER_THE_SEASON : null;
    }

}
