package com.discoverybrief.strategy;

import java.util.List;

/**
 * A seasonal business whose clients book months ahead, met before its season while the season is being sold
 * (finding 78: a wedding venue met in January, its booking peak, was told "paid tests start a few weeks before
 * the season"). The months clients buy are not the months they come: a date of the season not sold now is lost
 * for good. The season is not "prepared" then ({@link Signals#offSeason} does not hold, paid tests are not put off
 * until a few weeks before it), and paid ads of unknown return are measured in the first weeks, so that the ones
 * that bring bookings get more money while the season is still being sold, not after it.
 */
final class SellingSeason {

    private SellingSeason() {
    }

    /**
     * Met outside the season, and a booking made this month for a date of the coming season lies within the
     * months ahead clients book; not at the limit of what the business can serve.
     */
    static boolean now(Answers answers) {
        BookingLead lead = answers.bookingLead();
        if (lead == null || lead == BookingLead.UNKNOWN || !Signals.outsideSeason(answers)
                || answers.capacity() == Capacity.AT_LIMIT) {
            return false;
        }
        int month = answers.meetingMonth().getValue();
        int toFirst = Math.floorMod(answers.seasonStart().month().getValue() - month, 12);
        int toLast = Math.floorMod(answers.seasonEnd().month().getValue() - month, 12);
        return toFirst <= lead.mostMonths() && toLast >= lead.fewestMonths();
    }

    /** Paid ads that run with a return nobody knows, while tracking is incomplete. */
    private static List<ChannelUse> unmeasuredAds(Answers answers) {
        return Signals.unmeasuredChannels(answers).stream()
                .filter(use -> Signals.toCatalogue(use.channel()).isPaidAds()).toList();
    }

    /**
     * Paid ads running with an unknown cost per booking: the source of every enquiry is tracked in the first
     * weeks, so that the ads that sell get more money while the season is still being sold — not after it.
     */
    static final Rule MEASURE_NOW = new Rule("selling-season-measure",
            answers -> now(answers) && answers.analytics() != AnalyticsLevel.YES && !unmeasuredAds(answers).isEmpty(),
            (answers, cite) -> List.of(Proposal.doFirst(Channel.ANALYTICS_SETUP, Kpi.LEADS_WITH_KNOWN_SOURCE,
                    Horizon.TWO_TO_FOUR_WEEKS, Need.SELLING_SEASON,
                    cite.uses(unmeasuredAds(answers)))));

    static final List<Rule> ALL = List.of(MEASURE_NOW);
}
