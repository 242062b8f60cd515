package com.discoverybrief.brief;

import static com.discoverybrief.brief.AdviceText.lowerFirst;
import static com.discoverybrief.brief.AdviceText.trackingWeek;
import static com.discoverybrief.brief.AdviceText.opensANewPlace;
import static com.discoverybrief.brief.AdviceText.readsPipeline;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.NewCapacity;
import com.discoverybrief.strategy.OwnFigure;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Summary;
import com.discoverybrief.strategy.TestPlan;
import java.util.Comparator;

/**
 * The plan's reserve in words, as {@link AdviceText} prints it: how much is held back, why so much («Почему столько»), and
 * which line takes it first and at what figure.
 */
final class ReserveReasons {

    /** A reserve of at least this share of the budget is explained in plain words. */
    static final int RESERVE_EXPLAINED_PERCENT = 25;
    /** Without a reason of its own (no margin, a long deal), a reserve is explained from half the budget. */
    static final int RESERVE_GENERIC_PERCENT = 50;

    private final AdviceText advice;
    private final BriefText text;

    ReserveReasons(AdviceText advice, BriefText text) {
        this.advice = advice;
        this.text = text;
    }

    /** The reserve, why it is held back and who takes it first; {@code null} for a plan without one. */
    String planReserve(TestPlan plan, Summary summary) {
        if (plan == null || plan.reserve() <= 0) {
            return null;
        }
        String reserve = text.get("advice.plan.reserve", advice.rubles(plan.reserve()), plan.reservePercent());
        String why = planReserveWhy(plan, summary);
        PlannedTest firstCall = plan.firstCallLine();
        // the channel held at its usual cost is the one named to take the reserve first: the reason says why the money
        // waits, the first call who takes it and when (finding 164)
        boolean unnamed = why != null && why.equals(text.get("advice.plan.reserve.why.unnamed"));
        // a small reserve needs no word on who takes it first (and keeps a full brief within four pages)
        if (firstCall == null || plan.reservePercent() < RESERVE_EXPLAINED_PERCENT
                || why != null && !unnamed && !why.equals(text.get("advice.plan.reserve.why"))) {
            return why == null ? reserve : reserve + " " + why;
        }
        if (unnamed) {
            reserve = reserve + " " + text.get("advice.plan.reserve.why.unnamed.first");
        }
        String channel = text.title(firstCall.channel(), firstCall.kpi());
        String named = advice.isRussian() ? channel : lowerFirst(channel);
        // the go-on figure is the line's own: a line held at the figure recorded before the start names that (finding
        // 115) ...
        boolean recorded = OwnFigure.recorded(firstCall);
        boolean cost = firstCall.target() != null && firstCall.kpi().lowerIsBetter();
        // ... and the reserve's money is added money: it is judged on the added money's go-on too, never on that
        // figure alone, which would compare the channel with itself (finding 126)
        if (plan.payingPlatform() != null) {
            // the first call goes to the platform that pays, not to the channel averaged with the one that drains (115)
            int tracking = trackingWeek(plan);
            String go = recorded && tracking > 0 ? text.get("advice.plan.reserve.go.added.tracking", tracking,
                            advice.figure(firstCall.target()))
                    : recorded ? text.get("advice.plan.reserve.go.added", advice.figure(firstCall.target()))
                    : cost ? text.get("advice.plan.reserve.go.cost", advice.figure(firstCall.target()))
                    : text.get("advice.plan.reserve.go.rule");
            return reserve + " " + text.get(plan.payingNow() ? "advice.plan.reserve.first.platform.now"
                    : "advice.plan.reserve.first.platform", named, text.label(plan.payingPlatform()), go);
        }
        int tracking = trackingWeek(plan);
        String first = recorded && tracking > 0 ? text.get("advice.plan.reserve.first.added.tracking", named,
                        tracking + 1, tracking, advice.figure(firstCall.target()))
                : recorded ? text.get("advice.plan.reserve.first.added", named, advice.figure(firstCall.target()))
                : cost ? text.get("advice.plan.reserve.first", named, advice.figure(firstCall.target()))
                : text.get("advice.plan.reserve.first.go", named);
        return reserve + " " + first;
    }

    /**
     * Why so much is held back, for a reserve of {@value #RESERVE_EXPLAINED_PERCENT} % or more: every order
     * losing money (the economics line starts from a margin of 0 ₽ or below), a client at the limit of capacity (the
     * approach says so: the reserve waits for capacity, not for a figure — for the new capacity the growth goal names,
     * where it names one), a deal that takes months (the plan nurtures
     * a long decision), a channel run today held at its usual cost while its spend is unnamed, or — from
     * {@value #RESERVE_GENERIC_PERCENT} %, or below it where no line is named to take the reserve first — simply what the
     * lines can use well, so every reserve from a quarter of the budget has a reason or a first call (finding 171);
     * {@code null} for a smaller reserve.
     * The same {@value #RESERVE_EXPLAINED_PERCENT} % threshold as every reason of its own: from a quarter of the budget a
     * client asks what the money waits for, below it the lines above explain the plan (finding 164).
     */
    String planReserveWhy(TestPlan plan, Summary summary) {
        Summary.Focus focus = summary == null ? null : summary.focus();
        if (plan.reservePercent() < RESERVE_EXPLAINED_PERCENT) {
            return null;
        }
        boolean noMargin = plan.lines().stream().anyMatch(AdviceText::losesOnEverySale);
        boolean longCycle = plan.lines().stream()
                .anyMatch(line -> line.channel() == Channel.LEAD_NURTURING);
        if (!noMargin && opensANewPlace(plan)) {
            // a new place opening in a named month: the reserve is that month's money, not "for tests that pass" (90)
            // ... and the paid ads the client keeps go around the new address with it, not around the place they run
            // today (w13az: 41's targeted ads)
            PlannedTest paid = plan.lines().stream().filter(line -> line.kind() == PlannedTest.Kind.KEEP
                    && line.channel().isPaidTraffic()).findFirst().orElse(null);
            return paid == null ? text.get("advice.plan.reserve.why.opening")
                    : text.get("advice.plan.reserve.why.opening.paid", lowerFirst(text.label(paid.channel())));
        }
        if (!noMargin && focus == Summary.Focus.EARN_MORE_PER_CLIENT) {
            // at the limit of capacity naming a spend releases nothing into more leads: the reserve waits for the price
            // and the mix of work to free capacity, as the approach says (finding 164)
            // ... but where the goal names new capacity (a second group, a branch), that opening frees it: the reserve
            // waits for it, in the client's words (finding 167)
            // ... a waiting list the client names fills the new places without advertising, and a place that does
            // not open this quarter leaves the reserve with the client (finding 176)
            if (!NewCapacity.named(summary.growthGoal())) {
                return text.get("advice.plan.reserve.why.capacity");
            }
            String goal = Quotes.quote(summary.growthGoal(), text);
            // ... Russian quotes the list in the client's words, English by its size alone (finding 184)
            return summary.waitingList() == null ? text.get("advice.plan.reserve.why.capacity.new", goal)
                    : text.get("advice.plan.reserve.why.capacity.new.waiting", goal, summary.waitingList(),
                            NewCapacity.size(summary.waitingList()));
        }
        if (!noMargin && freeLeadsHeldSaid(plan)) {
            // the share of the free channels whose spend is unnamed waits here for the figure, not for "any test" (100)
            return text.get("advice.plan.reserve.why.freeHeld", advice.freeChannels(plan));
        }
        // a reserve the usual-cost cap made says so, as any reserve with a reason of its own (finding 164)
        boolean unnamed = !noMargin && !longCycle && plan.keptAtUsualCost();
        // ... and below half the budget a reserve with no reason of its own is told who takes it first, where a line is
        // named for that; without one it gets the reason below (finding 171)
        if (!noMargin && !longCycle && !unnamed && plan.reservePercent() < RESERVE_GENERIC_PERCENT
                && plan.firstCallLine() != null) {
            return null;
        }
        if (plan.spendCut() != null && plan.todaysSpend() > 0) {
            // the money of a channel that drains the budget is held here, not moved to another channel (finding 74)
            String channel = text.label(plan.spendCut());
            return text.get("advice.plan.reserve.why.drained", advice.isRussian() ? channel : lowerFirst(channel));
        }
        PlannedTest study = plan.lines().stream()
                .filter(line -> line.channel() == Channel.MARKET_ANALYSIS && line.kpi() == Kpi.NEW_MARKET_LEADS)
                .findFirst().orElse(null);
        if (!noMargin && !longCycle && study != null) {
            // an expansion goal: the surplus is the launch budget of the new market, held until its study reads —
            // not money that "would not speed up any line above" (finding 99); released when the study is done, the
            // week its line says "done" (finding 104), not when its leads can be read
            return text.get("advice.plan.reserve.why.expansion", study.startWeek() + study.weeks() - 1);
        }
        if (unnamed) {
            // the channels run today get their usual cost while their spend is unnamed: what they could take more waits
            // here for that sum, not "money that would speed up no line" (finding 159); a line named to take the reserve
            // first follows with its figure (164)
            return text.get("advice.plan.reserve.why.unnamed");
        }
        PlannedTest dearer = noMargin || longCycle ? null : dearerThanAllowed(plan);
        if (dearer != null) {
            // a paid line whose customer costs more today than allowed: more money there buys a loss, not "no speed"
            // (finding 175)
            String channel = text.title(dearer.channel(), dearer.kpi());
            return text.get("advice.plan.reserve.why.dearer", advice.isRussian() ? channel : lowerFirst(channel),
                    advice.figure(dearer.baseline()), advice.figure(dearer.target()));
        }
        return text.get(noMargin ? "advice.plan.reserve.why.noMargin"
                // a deal of more than half a year read on its pipeline: the reserve waits for meetings and proposals, not
                // for sales the quarter cannot show (findings 81, 102)
                : longCycle && readsPipeline(plan) ? "advice.plan.reserve.why.pipeline"
                : longCycle ? "advice.plan.reserve.why.longCycle" : "advice.plan.reserve.why");
    }

    /**
     * The largest paid line whose customer costs more today than its go-on figure — the reserve's money would buy a
     * loss there — or {@code null}; none where another line is named to take the reserve first, whose call the reason
     * would contradict.
     */
    private static PlannedTest dearerThanAllowed(TestPlan plan) {
        PlannedTest firstCall = plan.firstCallLine();
        return plan.lines().stream()
                .filter(line -> line.channel().isPaidTraffic() && line.kpi() == Kpi.COST_PER_ACQUISITION
                        && line.baseline() != null && line.target() != null
                        && line.baseline().value().compareTo(line.target().value()) > 0)
                .filter(line -> firstCall == null || firstCall.channel() == line.channel())
                .max(Comparator.comparingLong(PlannedTest::rubles)).orElse(null);
    }

    /**
     * Whether the plan's intro says the free channels hold the work behind them and the rest waits in the reserve
     * ({@link AdviceText#planToday}): not where the paid lines stop at their bound, nor where the client's own numbers cut them.
     */
    private static boolean freeLeadsHeldSaid(TestPlan plan) {
        if (!plan.freeLeadsHeld() || plan.spendCut() != null || !plan.keepsChannels() || plan.todaysSpend() <= 0) {
            return false;
        }
        if (plan.todayAboveBudget()) {
            return true;
        }
        long today = plan.todaysSpend();
        boolean cutByNumbers = plan.keptMonthly() * 100 < today * 98 && !plan.budgetBelowToday();
        return plan.freeLeadsCounted() && plan.paidMonthly() * 100 < today * 98 && !cutByNumbers;
    }
}
