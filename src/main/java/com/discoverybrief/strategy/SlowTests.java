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
public final class SlowTests {

    private SlowTests() {
    }

    /**
     * In a finished plan, the client's largest lever a slow line was held below where a committee's deals come through
     * people ({@link #dealsThroughPeople}): the line of the partners or recommendations that pay, with the most money — the
     * brief names it as the reason the slow test gets less (finding 163: 35's partners at 90 000 ₽, not the cold test the
     * cap was once measured by); {@code null} where no slow line was held.
     */
    public static PlannedTest heldTo(Answers answers, TestPlan plan) {
        if (answers == null || plan == null || !dealsThroughPeople(answers)) {
            return null;
        }
        PlannedTest seo = slowLine(plan);
        if (seo == null) {
            return null;
        }
        long faster = plan.lines().stream().filter(line -> line != seo && line.newTest())
                .mapToLong(PlannedTest::rubles).max().orElse(-1);
        int weeksInPlan = Math.min(seo.startWeek() + seo.weeks() - 1, plan.weeks()) - seo.startWeek() + 1;
        // held: at most the faster test or half its usual cost, which is what holdToFasterTests leaves it
        boolean held = faster >= 0 && seo.rubles() <= Math.max(faster, MoneyOrder.usual(answers, Channel.SEO_CONTENT,
                weeksInPlan) / 2) + 1;
        return !held ? null : plan.lines().stream()
                .filter(line -> line.kind().keeps() && peopleLever(line.channel()) && MoneyOrder.paying(answers, line.channel())
                        && line.rubles() > seo.rubles())
                .max(java.util.Comparator.comparingLong(PlannedTest::rubles)).orElse(null);
    }

    /**
     * In a finished plan where a committee buys, the largest people lever ({@link #holdToPeopleLevers}) a slow line was
     * held to — the brief names it (finding 166); {@code null} where the slow line got its usual cost or is no larger than
     * another reason left it.
     */
    public static PlannedTest heldToPeople(Answers answers, TestPlan plan) {
        if (answers == null || plan == null || !businessCommittee(answers)) {
            return null;
        }
        PlannedTest seo = slowLine(plan);
        if (seo == null) {
            return null;
        }
        int weeksInPlan = Math.min(seo.startWeek() + seo.weeks() - 1, plan.weeks()) - seo.startWeek() + 1;
        PlannedTest people = plan.lines().stream().filter(line -> sellsThroughPeople(line.channel()))
                .max(java.util.Comparator.comparingLong(PlannedTest::rubles)).orElse(null);
        // held: the slow line got less than its usual cost, and exactly the people lever's money (whole roubles apart)
        boolean held = people != null && Math.abs(seo.rubles() - people.rubles()) <= 1
                && seo.rubles() < MoneyOrder.usual(answers, Channel.SEO_CONTENT, weeksInPlan) - 1;
        return held ? people : null;
    }

    /**
     * Whether a slow line gets less a month than its channel usually costs (finding 179: 04's and 62's SEO at 30 000 ₽
     * over 12 weeks): that money buys a piece of work — 2–3 pages on the client's main offers, published by its last week,
     * that the salespeople and partners can send — not a test read month on month; its positions and the decision are
     * the next quarter's.
     */
    public static boolean pagesOnly(TestPlan plan, PlannedTest line) {
        return slow(line.channel(), line.kind()) && plan.monthly(line) + 1 < line.channel().testBudget();
    }

    /**
     * The plan's line of {@code channel} whose money buys only pages ({@link #pagesOnly}), or {@code null}: every table
     * that lists the channel names it and its stage as the plan does (finding 188).
     */
    public static PlannedTest pagesLine(TestPlan plan, Channel channel) {
        return plan == null ? null : plan.lines().stream()
                .filter(line -> line.channel() == channel && pagesOnly(plan, line)).findFirst().orElse(null);
    }

    /**
     * Whether consumers choose for themselves and no partners sell for the client: the pages a one-off buys answer the
     * questions buyers compare by, not letters a salesperson or a partner sends (finding 187: a pet-food shop, an online
     * school, a cosmetics shop).
     */
    static boolean buyersCompare(Answers answers) {
        return answers.businessModel() == BusinessModel.B2C && answers.channels().stream()
                .noneMatch(use -> Signals.toCatalogue(use.channel()) == Channel.PARTNER_MARKETING);
    }

    /** The last week of a line inside the plan: where its work is done. */
    public static int lastWeekInPlan(TestPlan plan, PlannedTest line) {
        return Math.min(line.startWeek() + line.weeks() - 1, plan.weeks());
    }

    /** The plan's slow test line, or {@code null}. */
    public static PlannedTest slowLine(TestPlan plan) {
        return plan.lines().stream().filter(line -> slow(line.channel(), line.kind())).findFirst().orElse(null);
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
        int largest = largest(timed, parts, t -> lever(answers, t));
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
                double excess = parts[i] - most;
                parts[i] = most;
                parts[n] += fundLeverTests(answers, timed, parts, excess);
            }
        }
        holdToFasterTests(answers, timed, parts);
    }

    /**
     * Where a company's committee buys, its buyers are found by people — direct sales to the named decision makers, partners,
     * recommendations, the work on the client base — faster than by a search page, and a slow test is never paid above
     * the largest of those lines the plan has (finding 166: 62's SEO 166 154 ₽ beside partners and direct sales at
     * 30 000 ₽ each, kept at their usual cost; 52, 04, 10). The lines the plan keeps at their usual cost are not raised
     * blind (159), so what the slow test gives up is reserve, and the brief says why ({@link #heldToPeople}). Measured
     * in the finished shares, after the reserve has started a long deal's pipeline: a people lever raised there is the
     * lever the slow test is compared with.
     */
    static void holdToPeopleLevers(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        if (!businessCommittee(answers)) {
            return;
        }
        int n = timed.size();
        int people = largest(timed, parts, t -> sellsThroughPeople(t.recommendation().channel())
                && !DrainingCap.is(t.recommendation()));
        if (people < 0 || parts[people] <= 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            if (slow(timed.get(i).recommendation().channel(), timed.get(i).kind()) && parts[i] > parts[people]) {
                parts[n] += parts[i] - parts[people];
                parts[i] = parts[people];
            }
        }
    }

    /**
     * A committee of a company buys: its engineers, buyers and owners are reached by people; a family choosing a house
     * together still searches for it.
     */
    private static boolean businessCommittee(Answers answers) {
        return answers.decisionProcess() == DecisionProcess.COMMITTEE && Signals.sellsToBusinessesOnly(answers);
    }

    /** The channels through which people find a committee's buyers: direct sales, partners, recommendations, the base. */
    private static boolean sellsThroughPeople(Channel channel) {
        return peopleLever(channel) || channel == Channel.COLD_OUTREACH || channel == Channel.CRM_MARKETING;
    }

    /**
     * Where a committee buys and the deals come through people — partners or recommendations that pay today — the buyers
     * do not choose from a search page, and a test that shows its results only after the plan (6–12 months) is not the
     * largest new test beside a faster one the plan tries on the client's levers (findings 24, 137: 35's SEO 83 077 ₽
     * beside direct sales at 27 692 ₽ for 6 weeks). By week 12 it shows positions and the first enquiries; the faster
     * test shows meetings. It gets no more than the largest such test, never less than half its usual cost (less would
     * read nothing); what it gives up is reserve — a quick test given more money would only be read later (finding 163:
     * 35's direct sales stretched to week 13 spent the quarter before anyone changed the list).
     */
    private static void holdToFasterTests(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        if (!dealsThroughPeople(answers)) {
            return;
        }
        int n = timed.size();
        int faster = largest(timed, parts, t -> leverTest(answers, t));
        if (faster < 0) {
            return;
        }
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            if (!slow(t.recommendation().channel(), t.kind()) || t.recommendation().horizon() != Horizon.SIX_TO_TWELVE_MONTHS) {
                continue;
            }
            double most = Math.max(parts[faster], MoneyOrder.usual(answers, t) / 2);
            if (parts[i] > most) {
                double excess = parts[i] - most;
                parts[i] = most;
                parts[n] += excess;
            }
        }
    }

    /** The line with the most money among those that {@code are}, the first of equals; -1 when there is none. */
    private static int largest(List<TestPlans.Timed> timed, double[] parts,
            java.util.function.Predicate<TestPlans.Timed> are) {
        int largest = -1;
        for (int i = 0; i < timed.size(); i++) {
            if (are.test(timed.get(i)) && (largest < 0 || parts[i] > parts[largest])) {
                largest = i;
            }
        }
        return largest;
    }

    /** A committee sale whose deals the client's partners or past clients bring, and that pays today. */
    static boolean dealsThroughPeople(Answers answers) {
        return answers.decisionProcess() == DecisionProcess.COMMITTEE && (MoneyOrder.paying(answers, Channel.PARTNER_MARKETING)
                || MoneyOrder.paying(answers, Channel.REFERRAL_PROGRAMME));
    }

    /** The channels through which people bring deals: partners and recommendations. */
    private static boolean peopleLever(Channel channel) {
        return channel == Channel.PARTNER_MARKETING || channel == Channel.REFERRAL_PROGRAMME;
    }

    /** A new test on the client's levers that may take what a slow test gives up: faster, not their own work. */
    private static boolean leverTest(Answers answers, TestPlans.Timed t) {
        return lever(answers, t) && t.kind() == PlannedTest.Kind.TEST && !slow(t.recommendation().channel(), t.kind())
                && PlannedTest.newTest(t.recommendation().channel(), t.kind(), OwnWork.of(answers, t.recommendation()))
                && t.recommendation().kpi() != Kpi.PRE_SALES;
    }

    /**
     * The client's own lever is funded before the reserve grows (finding 137: 03's partners at 18 461 ₽ for 8 weeks
     * beside a 37 % reserve): what a slow test cannot use goes first to the new tests among the levers, each run over
     * the whole plan and raised to the money a week of the largest lever kept from today's channels — a new test never
     * outspends, week for week, the lever that already brings clients. What they cannot take is returned for the
     * reserve. Without a kept lever there is no measure, and all of it is reserve.
     */
    private static double fundLeverTests(Answers answers, List<TestPlans.Timed> timed, double[] parts, double excess) {
        int kept = -1;
        for (int i = 0; i < timed.size(); i++) {
            TestPlans.Timed t = timed.get(i);
            Channel channel = t.recommendation().channel();
            // a channel the client runs today that pays, referrals included (the word of mouth of a one-off service)
            boolean paying = t.kind().keeps() && MoneyOrder.paying(answers, channel) && !DrainingCap.is(t.recommendation())
                    && (channel.group() == Channel.Group.ACQUISITION || channel == Channel.REFERRAL_PROGRAMME);
            if (paying && (kept < 0 || rate(timed, parts, i) > rate(timed, parts, kept))) {
                kept = i;
            }
        }
        if (kept < 0 || parts[kept] <= 0) {
            return excess;
        }
        double perWeek = rate(timed, parts, kept);
        for (int i = 0; i < timed.size() && excess > 0; i++) {
            TestPlans.Timed t = timed.get(i);
            if (!leverTest(answers, t)) {
                continue;
            }
            TestPlans.Timed whole = MoneyOrder.wholePlan(t);
            double add = Math.min(excess, perWeek * whole.weeksInPlan() - parts[i]);
            if (add > 0) {
                timed.set(i, whole);
                parts[i] += add;
                excess -= add;
            }
        }
        return excess;
    }

    private static double rate(List<TestPlans.Timed> timed, double[] parts, int index) {
        return parts[index] / timed.get(index).weeksInPlan();
    }
}
