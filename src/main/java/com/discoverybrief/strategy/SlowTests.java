package com.discoverybrief.strategy;

import java.util.List;

/**
 * A slow test — SEO and content, whose results come in 6–12 months — shows little by its reading inside the plan. With
 * money to spare it would stretch to the largest line of the plan, above the levers the client's own answers point to
 * (the channels they run, the partners and recommendations the plan puts first), and the client would pay most for the
 * channel they are told least about (finding 137: 03's SEO 166 154 ₽ beside partners at 18 461 ₽; 35). It gets its
 * usual cost over its weeks, and more only up to the largest such lever; the rest goes to the reserve, released to the
 * tests that pass their «продолжаем».
 */
final class SlowTests {

    private SlowTests() {
    }

    /** Whether a line is a slow new test. */
    static boolean slow(Channel channel, PlannedTest.Kind kind) {
        return channel == Channel.SEO_CONTENT && kind == PlannedTest.Kind.TEST;
    }

    /** A lever from the client's own answers: a channel that brings customers, not slow, kept or tried in the plan. */
    private static boolean lever(Answers answers, TestPlans.Timed t) {
        Channel channel = t.recommendation().channel();
        // a channel kept only while it is measured (it breaks even, or nobody knows) is no lever to measure a slow test by
        return channel != Channel.SEO_CONTENT && (t.kind() == PlannedTest.Kind.TEST || MoneyOrder.payingLine(answers, channel, t.kind()))
                && (channel.group() == Channel.Group.ACQUISITION || channel == Channel.REFERRAL_PROGRAMME)
                && !DrainingCap.is(t.recommendation());
    }

    static void cap(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        int n = timed.size();
        int largest = -1;
        for (int i = 0; i < n; i++) {
            if (lever(answers, timed.get(i)) && (largest < 0 || parts[i] > parts[largest])) {
                largest = i;
            }
        }
        if (largest < 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            if (!slow(t.recommendation().channel(), t.kind())) {
                continue;
            }
            double most = Math.max(MoneyOrder.usual(answers, t), parts[largest]);
            if (parts[i] > most) {
                parts[n] += parts[i] - most;
                parts[i] = most;
            }
        }
    }
}
