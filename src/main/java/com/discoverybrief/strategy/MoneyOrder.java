package com.discoverybrief.strategy;

import java.util.List;

/**
 * The money follows the order of the plan (finding 89):
 * <ul>
 * <li>the focus step — step 1, the work that answers the risk the brief names — is no trifle: while money is left in
 * reserve, ongoing work (a channel, not a preparation that is finished) runs the whole plan, gets at least its usual
 * cost and may stretch like any other line rather than being held at it;</li>
 * <li>the work on the funnel and the channels put first gets a share of today's spend, not a catalogue price;</li>
 * <li>a new test never outspends the paying channel it competes with: beyond its usual cost, a new acquisition test
 * gets at most what the largest channel that pays today (in whole or in part) gets, and the rest is reserve.</li>
 * </ul>
 */
final class MoneyOrder {

    private MoneyOrder() {
    }

    /**
     * Whether the line at this index is step 1 of the plan: where that is the work on the funnel and the channels, it
     * gets a share of today's spend it makes readable, as the repair of a losing funnel does ({@link TestPlans#REPAIR_PERCENT}).
     */
    static boolean first(int index) {
        return index == 0;
    }

    /** Whether the line at this index is the focus step and ongoing work. */
    static boolean focus(List<TestPlans.Timed> timed, int index) {
        return index == 0 && !timed.isEmpty() && timed.get(0).kind() != PlannedTest.Kind.PREPARE;
    }

    /** Whether the focus step may stretch beyond its usual cost: not while the client cannot serve more, nor off-season. */
    static boolean stretches(Answers answers, List<TestPlans.Timed> timed, int index) {
        // a channel that pays only by our assumption, or against the client's numbers, proves itself first
        return focus(timed, index) && !Signals.atCapacity(answers) && !Signals.offSeason(answers)
                && answers.evidence(AnswerField.CHANNELS) != Evidence.ASSUMPTION && !Signals.numbersDisputeProfit(answers);
    }

    /** Whether the focus step stops before the plan's last week although money is left in reserve. */
    static boolean endsEarly(List<TestPlans.Timed> timed, double[] shares) {
        if (!focus(timed, 0) || shares[shares.length - 1] <= 0) {
            return false;
        }
        TestPlans.Timed first = timed.get(0);
        return first.start() + first.weeks() - 1 < TestPlans.WEEKS;
    }

    /** The focus step run to the plan's last week. */
    static TestPlans.Timed wholePlan(TestPlans.Timed first) {
        return new TestPlans.Timed(first.recommendation(), first.kind(), first.start(),
                Math.max(first.weeks(), TestPlans.WEEKS - first.start() + 1));
    }

    /** A channel the client runs today that pays, in whole or in part (one ad network drains, another pays). */
    static boolean paying(Answers answers, Channel channel) {
        return answers.channels().stream().anyMatch(use -> Signals.toCatalogue(use.channel()) == channel
                && (use.outcome() == ChannelOutcome.PROFIT || use.outcome() == ChannelOutcome.MIXED));
    }

    /** Whether a line is a channel run today that pays. */
    static boolean payingLine(Answers answers, Channel channel, PlannedTest.Kind kind) {
        return kind.keeps() && channel.group() == Channel.Group.ACQUISITION && paying(answers, channel);
    }

    /** Whether a line is a new test of a channel that brings clients. */
    static boolean newTest(Channel channel, PlannedTest.Kind kind) {
        return kind == PlannedTest.Kind.TEST && channel.group() == Channel.Group.ACQUISITION;
    }

    /**
     * What a test usually costs over its weeks in the plan — a month of the channel, or of one unit at the client's
     * price where that is more: less would give no reading, whatever the paying channel gets.
     */
    static double usual(Answers answers, TestPlans.Timed t) {
        Channel channel = t.recommendation().channel();
        return Math.max(channel.testBudget(), OneUnit.price(answers, channel)) * (double) t.weeksInPlan()
                * TestPlans.MONTHS / TestPlans.WEEKS;
    }

    /**
     * Caps every new acquisition test at the money of the largest paying channel's line, never below the test's usual
     * cost; what it loses is reserve (the last element of {@code parts}).
     */
    static void capTests(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        double proven = -1;
        for (int i = 0; i < timed.size(); i++) {
            TestPlans.Timed t = timed.get(i);
            if (payingLine(answers, t.recommendation().channel(), t.kind())) {
                proven = Math.max(proven, parts[i]);
            }
        }
        if (proven <= 0) {
            return;
        }
        for (int i = 0; i < timed.size(); i++) {
            TestPlans.Timed t = timed.get(i);
            double most = Math.max(proven, usual(answers, t));
            if (newTest(t.recommendation().channel(), t.kind()) && parts[i] > most) {
                parts[timed.size()] += parts[i] - most;
                parts[i] = most;
            }
        }
    }
}
