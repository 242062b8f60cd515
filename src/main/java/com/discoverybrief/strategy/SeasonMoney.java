package com.discoverybrief.strategy;

import java.util.List;

/**
 * Where the money an open booking window borrows from the months after it goes (finding 122): it is the client's
 * future money, taken to sell the season's dates while they can still be sold, so it goes to the lines that sell them —
 * first each line the client says pays and that sells in the window (a booking platform, the partners who sell dates),
 * a quarter more than its own money ({@value BookingWindow#ADDED_PERCENT} %), then the warming of the enquiries already
 * in hand, up to what that work can use above its usual cost, then the paying lines again, up to one scale step
 * ({@link ScaleStep}). Research, positioning and the funnel are not paid from it: they sell nothing
 * before the dates are gone. What none of them can use is reserve.
 */
final class SeasonMoney {

    private SeasonMoney() {
    }

    /**
     * Spreads {@code borrowed} over the window's selling lines, raising their {@code parts} and taking what they get off
     * their {@code weights} and {@code ceilings} (so it is not paid twice); returns what is left for the reserve.
     */
    static double spread(Answers answers, List<TestPlans.Timed> timed, double[] parts, double[] weights, double[] ceilings,
            double borrowed) {
        double[] own = parts.clone();
        double left = raisePaying(answers, timed, parts, own, BookingWindow.ADDED_PERCENT, borrowed);
        for (int i = 0; i < timed.size() && left > 0; i++) {
            TestPlans.Timed t = timed.get(i);
            if (warms(t.recommendation().channel(), t.kind())) {
                // above its usual cost, which it still gets with the other work: the borrowed money is added, not swapped
                double added = Math.min(left, Math.max(0, ceilings[i] - weights[i]));
                parts[i] += added;
                ceilings[i] = weights[i];
                left -= added;
            }
        }
        // what warming cannot use goes on selling: the paying lines take up to one scale step of their own money
        return raisePaying(answers, timed, parts, own, ScaleStep.STEP_PERCENT, left);
    }

    /** Raises each paying line of the window to {@code percent} above its {@code own} money, in turn; returns what is left. */
    private static double raisePaying(Answers answers, List<TestPlans.Timed> timed, double[] parts, double[] own, int percent,
            double money) {
        double left = money;
        for (int i = 0; i < timed.size() && left > 0; i++) {
            TestPlans.Timed t = timed.get(i);
            if (paysInWindow(answers, t.recommendation().channel(), t.kind())) {
                double added = Math.min(left, Math.max(0, own[i] * (100 + percent) / 100 - parts[i]));
                parts[i] += added;
                left -= added;
            }
        }
        return left;
    }

    /** Whether a line sells the window's dates through a channel the client says pays: it takes the borrowed money first. */
    static boolean paysInWindow(Answers answers, Channel channel, PlannedTest.Kind kind) {
        return kind.keeps() && BookingWindow.sells(answers, channel, kind) && Signals.profitsFrom(answers, channel);
    }

    /** Whether a line warms the enquiries already in hand, which close in the window: it takes what the paying lines leave. */
    static boolean warms(Channel channel, PlannedTest.Kind kind) {
        return channel == Channel.LEAD_NURTURING && kind != PlannedTest.Kind.PREPARE;
    }
}
