package com.discoverybrief.strategy;

/**
 * The months in which a seasonal business booked ahead sells its coming season, when the meeting falls inside them
 * (finding 105: a wedding venue met in January, weddings May–September, couples book 6–12 months ahead — January to
 * March is when the Saturdays are sold, and by April the ones left are lost). While that window is open:
 * <ul>
 * <li>the channels that sell — the ones the client says pay, and bought traffic — get their money now, spent before
 * the window closes rather than spread over months that sell nothing for this season;</li>
 * <li>a channel the client says pays is scaled step by step while its source is tracked, not held until the tracking
 * is complete — by then the season is sold;</li>
 * <li>a booking may cost more than a client usually does: a date not sold by the window's end brings nothing, so the
 * plan goes on while a booking costs up to a quarter of its margin and stops at half of it, judged halfway through the
 * window, when money can still move.</li>
 * </ul>
 *
 * @param from  the meeting's month: the window is open now
 * @param to    the last month a booking is still made for the season's last month
 * @param lead  how far ahead clients book
 * @param lastWeek the plan's last week of the window: the selling lines' money is spent by then
 * @param goOn  the cost of a booking up to which the selling lines go on (a quarter of its margin)
 * @param stop  the cost of a booking past which they stop (half of its margin)
 */
public record BookingWindow(SeasonMonth from, SeasonMonth to, BookingLead lead, int lastWeek, Figure goOn, Figure stop) {

    /** A booking may cost up to this share of its margin and the line goes on. */
    static final int GO_ON_PERCENT = 25;
    /** Past this share of its margin a booking costs too much, whatever the date is worth. */
    static final int STOP_PERCENT = 50;

    /** The window open at the meeting, or {@code null} where there is none or a booking's margin is unknown. */
    static BookingWindow of(Answers answers) {
        if (!SellingSeason.now(answers)) {
            return null;
        }
        Double worth = TestPlans.clientValue(answers);
        if (worth == null || worth <= 0) {
            return null;
        }
        return new BookingWindow(SeasonMonth.values()[answers.meetingMonth().ordinal()],
                SeasonMonth.values()[closes(answers).ordinal()], answers.bookingLead(), weeks(answers),
                Figure.of(worth * GO_ON_PERCENT / 100, Unit.RUBLES), Figure.of(worth * STOP_PERCENT / 100, Unit.RUBLES));
    }

    /** Whether the coming season is being sold at the meeting and a booking's margin is known. */
    static boolean open(Answers answers) {
        return of(answers) != null;
    }

    /** The last month a booking is made for the season's last month: the season's end less the fewest months ahead. */
    private static java.time.Month closes(Answers answers) {
        return answers.seasonEnd().month().minus(answers.bookingLead().fewestMonths());
    }

    /**
     * The plan's last week of the window (the meeting falls, on average, in the middle of its month), or
     * {@code Integer.MAX_VALUE} when no window is open.
     */
    static int lastWeek(Answers answers) {
        BookingWindow window = of(answers);
        return window == null ? Integer.MAX_VALUE : window.lastWeek();
    }

    private static int weeks(Answers answers) {
        int months = Math.floorMod(closes(answers).getValue() - answers.meetingMonth().getValue(), 12) + 1;
        return (int) Math.max(1, Math.min(TestPlans.WEEKS, Math.round((months - 0.5) * 52 / 12.0)));
    }

    /** The week a selling line starting in {@code start} is judged: halfway through the window, after a first reading. */
    static int readWeek(Answers answers, int start) {
        int last = lastWeek(answers);
        return Math.min(last, Math.max((last + 1) / 2, start + 3));
    }

    /**
     * Whether a plan line sells the season in the window: a channel the client says pays, or bought traffic, kept,
     * scaled or tested (not a preparation).
     */
    static boolean sells(Answers answers, Channel channel, PlannedTest.Kind kind) {
        return open(answers) && kind != PlannedTest.Kind.PREPARE && channel.group() == Channel.Group.ACQUISITION
                && (Signals.profitsFrom(answers, channel) || channel.isPaidAds() || channel == Channel.MARKETPLACES);
    }
}
