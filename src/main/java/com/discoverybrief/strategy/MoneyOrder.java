package com.discoverybrief.strategy;

import java.util.List;
import java.util.Map;

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

    /** Why a channel that pays on one platform and drains on another gets money beyond its usual cost (finding 108). */
    static final String PAYING_HALF = "paying-half-first";
    /** The same, where the platform that pays is already measured as paying: it gets the money from week 1 (finding 115). */
    static final String PAYING_HALF_NOW = "paying-half-now";

    /**
     * A channel kept that pays on one platform and drains on another is no channel "with an unknown return": its
     * paying half has the first call on the money, so the sentence "more money only once the numbers show profit" goes
     * and the brief says where the money goes (finding 108).
     */
    static void apply(Answers answers, Map<Channel, Draft> drafts) {
        for (ChannelUse use : answers.channels()) {
            Draft draft = drafts.get(Signals.toCatalogue(use.channel()));
            if (use.outcome() == ChannelOutcome.MIXED && draft != null
                    && draft.reasons().stream().anyMatch(reason -> reason.rule().equals(MeasurementRules.RUNNING_CHANNEL.id()))) {
                draft.forget(MeasurementRules.RUNNING_CHANNEL.id());
                // the platform that pays by the client's own account takes the reserve from week 1 (finding 115)
                draft.addReason(new Cite(AdPlatform.payingNow(answers, draft.channel()) ? PAYING_HALF_NOW : PAYING_HALF).use(use));
            }
        }
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
        return usual(answers, t.recommendation().channel(), t.weeksInPlan());
    }

    /** What a channel usually costs over so many weeks of the plan. */
    static double usual(Answers answers, Channel channel, int weeksInPlan) {
        return Math.max(channel.testBudget(), OneUnit.price(answers, channel)) * (double) weeksInPlan
                * TestPlans.MONTHS / TestPlans.WEEKS;
    }

    /**
     * Caps every new acquisition test at the money of the largest paying channel's line, compared per week (finding 108:
     * a six-week test at 45 000 ₽ outspends a thirteen-week line at 45 000 ₽ in every month it runs); what it loses is
     * reserve (the last element of {@code parts}). The paying channel has the first call on the reserve: where it may
     * take more money (it pays by the client's own account, the client can serve more, the season is on), it is raised
     * from the reserve to what the largest test needs a week before any test is cut; where it may not, the test is cut
     * to the paying channel's money a week, never below half its usual cost (or one unit at the client's price).
     */
    static void capTests(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        int n = timed.size();
        int paying = -1;
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            if (payingLine(answers, t.recommendation().channel(), t.kind())
                    && (paying < 0 || rate(parts, timed, i) > rate(parts, timed, paying))) {
                paying = i;
            }
        }
        if (paying < 0 || parts[paying] <= 0) {
            return;
        }
        if (mayGrow(answers, timed.get(paying))) {
            double need = 0;
            for (int i = 0; i < n; i++) {
                TestPlans.Timed t = timed.get(i);
                if (newTest(t.recommendation().channel(), t.kind())) {
                    need = Math.max(need, Math.min(parts[i], usual(answers, t)) / t.weeksInPlan());
                }
            }
            double add = Math.min(parts[n], (need - rate(parts, timed, paying)) * timed.get(paying).weeksInPlan());
            if (add > 0) {
                parts[paying] += add;
                parts[n] -= add;
            }
        }
        double perWeek = rate(parts, timed, paying);
        Channel payingChannel = timed.get(paying).recommendation().channel();
        boolean split = AdPlatform.payingNow(answers, payingChannel);
        if (split) {
            // one line, two platforms: a new test is compared with the platform that pays, not with the line that also
            // measures the one that drains at its usual cost (finding 121: 54's contextual test above Telegram)
            perWeek = Math.max(0, perWeek - payingChannel.testBudget() * (double) TestPlans.MONTHS / TestPlans.WEEKS);
        }
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            if (!newTest(t.recommendation().channel(), t.kind())) {
                continue;
            }
            double floor = Math.max(usual(answers, t) / 2, OneUnit.price(answers, t.recommendation().channel())
                    * (double) t.weeksInPlan() * TestPlans.MONTHS / TestPlans.WEEKS);
            double most = Math.max(Math.min(parts[paying], perWeek * t.weeksInPlan()), floor);
            if (split) {
                // ... and while that platform waits for the reserve, a new test gets its usual cost, no stretch (121)
                most = Math.min(most, Math.max(usual(answers, t), floor));
            }
            if (parts[i] > most) {
                parts[n] += parts[i] - most;
                parts[i] = most;
            }
        }
    }

    /** The one platform the client wants to depend on less: kept, never the first to grow (finding 91). */
    static boolean dependedOn(Answers answers, Channel channel) {
        return channel == Channel.MARKETPLACES
                && answers.choice(AnswerField.SOURCE_DEPENDENCE, SourceDependence.class) == SourceDependence.ONE_PLATFORM;
    }

    /** A line's money a week in the plan. */
    private static double rate(double[] parts, List<TestPlans.Timed> timed, int index) {
        return parts[index] / timed.get(index).weeksInPlan();
    }

    /**
     * Whether the paying channel may take more than it has: it pays as a whole by the client's own account (not our
     * assumption, not against the client's numbers), the client can serve more clients, the season is on, and it is no
     * capped line of a draining channel.
     */
    static boolean mayGrow(Answers answers, TestPlans.Timed paying) {
        return !DrainingCap.is(paying.recommendation()) && mayGrow(answers, paying.recommendation().channel());
    }

    /** As {@link #mayGrow(Answers, TestPlans.Timed)}, for a channel's line in the finished plan. */
    static boolean mayGrow(Answers answers, Channel channel) {
        // a channel that pays on one platform and drains on another is measured platform by platform before it grows:
        // its paying half takes the reserve at its go-on figure instead
        return answers.evidence(AnswerField.CHANNELS) != Evidence.ASSUMPTION && Signals.profitsFrom(answers, channel)
                && mayCall(answers, channel);
    }

    /**
     * Whether a paying channel has the first call on the reserve once it reaches its go-on figure: not the platform the
     * client wants to depend on less (finding 91), not while the client cannot serve more or the season is over, not
     * against the client's own numbers. A channel that pays only by our assumption has it: the go-on figure is its proof.
     */
    static boolean mayCall(Answers answers, Channel channel) {
        return !dependedOn(answers, channel) && !Signals.atCapacity(answers) && !Signals.offSeason(answers)
                && !Signals.numbersDisputeProfit(answers) && !Contradictions.adsProfitUntracked(answers, channel);
    }
}
