package com.discoverybrief.strategy;

import java.util.Objects;

/**
 * One line of the test plan. Figures are {@code null} where the client gave no number to derive them
 * from; the brief then says to record the baseline first and states the threshold in words.
 *
 * @param kind      preparation, a channel kept because it pays, or a new test
 * @param startWeek the week it starts (1 = the first week of the plan)
 * @param weeks     how long it runs (the work itself, for preparation)
 * @param decisionWeek the week its KPI can be read and the stop/go decision taken; later than the plan's
 *                  last week where a sale takes months
 * @param percent   its share of the period's budget
 * @param rubles    its share of the period's budget in roubles
 * @param baseline  the KPI's value today, when the client's numbers give it
 * @param target    the value that means "go on / scale"
 * @param stop      the value past which it stops
 * @param today     for a channel the client runs today, what it costs a month by the client's own figures —
 *                  0 when they are not its own (the client did not say how their spend splits between the
 *                  channels: "tell us the figure"); {@code null} for other lines, where the client named no
 *                  spend, and in plans kept by rules before 2026.12-8
 * @param own       the line works on what the client already has ({@link OwnWork}): an improvement, not a new test
 */
public record PlannedTest(Channel channel, Kind kind, int startWeek, int weeks, int decisionWeek, int percent,
        long rubles, Kpi kpi, Figure baseline, Figure target, Figure stop, Long today, boolean own) {
    public PlannedTest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kpi, "kpi");
    }

    /** A line that is not the client's own work ({@link OwnWork}). */
    public PlannedTest(Channel channel, Kind kind, int startWeek, int weeks, int decisionWeek, int percent,
            long rubles, Kpi kpi, Figure baseline, Figure target, Figure stop, Long today) {
        this(channel, kind, startWeek, weeks, decisionWeek, percent, rubles, kpi, baseline, target, stop, today, false);
    }

    /** A line that says nothing of today's spend. */
    public PlannedTest(Channel channel, Kind kind, int startWeek, int weeks, int decisionWeek, int percent,
            long rubles, Kpi kpi, Figure baseline, Figure target, Figure stop) {
        this(channel, kind, startWeek, weeks, decisionWeek, percent, rubles, kpi, baseline, target, stop, null);
    }

    /**
     * Whether this line tries a new channel for customers: the only kind of line the plan's limit on tests at once counts
     * and the brief labels a test. The work on the client's own base, reputation and conversion runs beside the tests,
     * and so does the work on their own enquiries, map card and partners ({@link OwnWork}, finding 131).
     */
    public boolean newTest() {
        return newTest(channel, kind, own);
    }

    /**
     * Whether this line, where it is judged on a trend («растёт», «не изменилась»), goes on at a number instead: any line
     * but preparation, whatever its stage — an improvement or a channel kept because it pays — that takes more than
     * {@value #BARRED_PERCENT} % of the plan's roubles {@code total}. A strategist cannot stop a large line on "it
     * grows": it goes on at a number by its decision week, the client's figure or one asked at the meeting (findings
     * 160, 174). The share is the roubles', not the whole percent printed beside them (10.5 % prints «10 %»).
     */
    public boolean needsNumericBar(long total) {
        return kind != Kind.PREPARE && rubles * 100 > BARRED_PERCENT * total;
    }

    /** The share of the plan's roubles above which a line judged on a trend goes on at a number. */
    public static final int BARRED_PERCENT = 10;

    static boolean newTest(Channel channel, Kind kind, boolean own) {
        return kind == Kind.TEST && channel.group() == Channel.Group.ACQUISITION && !own;
    }

    /** What the money on a line does. */
    public enum Kind {
        PREPARE, KEEP, SCALE, TEST;

        /** A channel the client already runs: kept, or scaled because it pays. */
        public boolean keeps() {
            return this == KEEP || this == SCALE;
        }
    }
}
