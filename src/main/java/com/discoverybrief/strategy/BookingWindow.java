package com.discoverybrief.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param borrowed the money the window's months spend above the monthly budget, taken from the budget of the horizon's
 *                 months after the window, when the season's dates are sold (finding 114: "scale" in a window means more
 *                 money than today's); 0 where the client's horizon ends with the plan
 * @param lendingMonths how many months after the window lend it that money (0 with none)
 * @param conversion the share of enquiries that become a booking, where a booking cannot be seen inside the window — the
 *                 deal takes longer than the window's weeks — and the client gave the share: the window's lines are then
 *                 read on the enquiry, the earliest step a reading in the window can see (finding 123); {@code null}
 *                 where the booking itself is read
 * @param lent     where the plan puts the borrowed money, line by line ({@link SeasonMoney}, finding 122): the brief offers
 *                 it for the client's consent; empty before the plan is made and where nothing is borrowed
 */
public record BookingWindow(SeasonMonth from, SeasonMonth to, BookingLead lead, int lastWeek, Figure goOn, Figure stop,
        long borrowed, int lendingMonths, Figure conversion, Map<Channel, Long> lent) {

    public BookingWindow {
        lent = lent == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(lent));
    }

    /** In the window the selling months spend up to this share above the monthly budget. */
    static final int ADDED_PERCENT = 25;
    /** The most months after the window that lend it money: the ones just before the season, when its dates are sold. */
    static final int MOST_LENDING_MONTHS = 2;

    /** A booking may cost up to this share of its margin and the line goes on. */
    static final int GO_ON_PERCENT = 25;
    /** Past this share of its margin a booking costs too much, whatever the date is worth. */
    static final int STOP_PERCENT = 50;

    /** The window open at the meeting, or {@code null} where there is none or a booking's margin is unknown. */
    static BookingWindow of(Answers answers) {
        if (!open(answers)) {
            return null;
        }
        double worth = TestPlans.clientValue(answers);
        int weeks = weeks(answers);
        int lending = lendingMonths(answers);
        long monthly = Signals.monthlyBudget(answers);
        // a quarter more a month over the window's weeks, at most half of what the lending months hold, in thousands
        double added = Math.min(monthly * ADDED_PERCENT / 100.0 * weeks * 12 / 52, monthly * lending / 2.0);
        long borrowed = lending == 0 || monthly <= 0 ? 0 : Math.round(added / 1000) * 1000;
        return new BookingWindow(SeasonMonth.values()[answers.meetingMonth().ordinal()],
                SeasonMonth.values()[closes(answers).ordinal()], answers.bookingLead(), weeks,
                Figure.of(worth * GO_ON_PERCENT / 100, Unit.RUBLES), Figure.of(worth * STOP_PERCENT / 100, Unit.RUBLES),
                borrowed, borrowed > 0 ? lending : 0, enquiryConversion(answers, weeks), Map.of());
    }

    /**
     * The lead-to-sale conversion the window's readings turn a booking's figures by, where the deal takes longer than
     * the window's weeks (finding 123: «Цикл сделки: Несколько месяцев» beside an 11-week window); {@code null} otherwise.
     */
    private static Figure enquiryConversion(Answers answers, int weeks) {
        java.math.BigDecimal conversion = answers.leadConversion();
        return conversion == null || conversion.signum() <= 0
                || Horizons.readableAfter(Kpi.COST_PER_ACQUISITION, answers) <= weeks ? null
                : Figure.of(conversion.doubleValue(), Unit.PERCENT);
    }

    /**
     * Whether a window is open and the deal takes longer than its weeks: a sale made from the window's enquiries is not
     * seen while it is open, with or without the client's conversion (findings 123, 133).
     */
    static boolean dealOutlasts(Answers answers) {
        return open(answers) && Horizons.readableAfter(Kpi.COST_PER_ACQUISITION, answers) > weeks(answers);
    }

    /** Whether the window's lines are read on the enquiry, not on the booking (finding 123). */
    public boolean readsEnquiries() {
        return conversion != null;
    }

    /** What an enquiry may cost while the selling lines go on: the booking's go-on figure times the conversion. */
    public Figure enquiryGoOn() {
        return perEnquiry(goOn);
    }

    /** What an enquiry costs past which the selling lines stop: the booking's stop times the conversion. */
    public Figure enquiryStop() {
        return perEnquiry(stop);
    }

    private Figure perEnquiry(Figure booking) {
        return conversion == null ? null
                : Figure.of(booking.value().doubleValue() * conversion.value().doubleValue() / 100, Unit.RUBLES);
    }

    /** This window with the plan's lines that take its borrowed money, in the plan's order. */
    BookingWindow lentTo(Map<Channel, Long> lines) {
        return new BookingWindow(from, to, lead, lastWeek, goOn, stop, borrowed, lendingMonths, conversion, lines);
    }

    /**
     * What each lending month keeps of the monthly budget once the window has borrowed from it (finding 122: the brief
     * says it, beside what the client's channels spend today); the whole budget where nothing is borrowed.
     */
    public long lendersKeep(long monthlyBudget) {
        return lendingMonths == 0 ? monthlyBudget : monthlyBudget - borrowed / lendingMonths;
    }

    /** The first month after the window that lends it money. */
    public SeasonMonth lendsFrom() {
        return SeasonMonth.values()[(to.ordinal() + 1) % 12];
    }

    /** The last month after the window that lends it money. */
    public SeasonMonth lendsTo() {
        return SeasonMonth.values()[(to.ordinal() + Math.max(1, lendingMonths)) % 12];
    }

    /**
     * The months of the client's horizon after the plan that may lend the window money (at most
     * {@value #MOST_LENDING_MONTHS}): none where the horizon ends with the plan or is not named.
     */
    private static int lendingMonths(Answers answers) {
        GrowthHorizon horizon = answers.growthHorizon();
        int months = horizon == null ? TestPlans.MONTHS : switch (horizon) {
            case THREE_MONTHS -> 3;
            case SIX_MONTHS -> 6;
            case ONE_YEAR -> 12;
            case THREE_YEARS -> 36;
        };
        return Math.max(0, Math.min(MOST_LENDING_MONTHS, months - TestPlans.MONTHS));
    }

    /** Whether the coming season is being sold at the meeting and a booking's margin is known. */
    static boolean open(Answers answers) {
        if (!SellingSeason.now(answers)) {
            return false;
        }
        Double worth = TestPlans.clientValue(answers);
        return worth != null && worth > 0;
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
        return open(answers) ? weeks(answers) : Integer.MAX_VALUE;
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

    /** The week a paid test that sells the window's dates starts: after the first week's tracking (finding 116). */
    static final int FIRST_TEST_WEEK = 2;

    /**
     * Whether a plan line is work on the enquiries that sell the season in the window — warming them, converting them, or
     * any other line that brings them — read while the window is open, not after it (finding 116). Preparation, the
     * tracking and the lines that sell ({@link #sells}) are not.
     */
    static boolean sellingWork(Answers answers, Channel channel, PlannedTest.Kind kind) {
        return open(answers) && kind != PlannedTest.Kind.PREPARE && channel != Channel.ANALYTICS_SETUP
                && (channel.group() == Channel.Group.ACQUISITION || channel.group() == Channel.Group.OPTIMISATION)
                && !sells(answers, channel, kind);
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
