package com.discoverybrief.strategy;

import java.util.List;

/**
 * How the first months' budget is split across the work, in roubles and percent, with each line's
 * timing, the baseline to record before it starts, its KPI with a target and the threshold at which it
 * stops or goes on. The parts always sum to the budget of the period.
 *
 * @param monthlyBudget the monthly budget the plan is built on, in roubles
 * @param fromBand      whether that figure is a planning figure for the band the client named rather
 *                      than the figure they gave
 * @param months        how many months the plan covers
 * @param parallelTests how many new acquisition tests run at the same time at most
 * @param lines         the work in the order it starts
 * @param waiting       tests that wait for a free slot after the plan's months (at most two new tests at
 *                      a time on a small budget)
 * @param reserve       the part of the period's budget no line can use well yet: held back and released to
 *                      the tests that pass their go threshold (0 in plans kept by rules before 2026.12-3)
 * @param reservePercent that part in percent; each row, this one included, prints its own nearest whole percent
 * @param todaysSpend   what the client's channels cost a month today by their own numbers (leads × cost per
 *                      lead); 0 when they did not say, and in plans kept by rules before 2026.12-6. Above the named
 *                      budget it counts free leads as paid: the plan keeps at most the budget and asks
 *                      ({@link #todayAboveBudget()})
 * @param averageCost   what a client costs today by the client's figures when they are an average over several
 *                      channels, none of which they belong to: printed once, not under each channel;
 *                      {@code null} otherwise
 * @param spendCut      the channel today's spend belongs to, when the client says it drains the budget and the plan
 *                      gives it no money: its money is held in reserve, not moved to other channels (finding 74);
 *                      {@code null} otherwise, and in plans kept by older rules
 * @param freeLeads     the client's channels whose leads cost nothing per lead (SEO, e-mail, referrals) run beside
 *                      paid ones: their leads are in leads × cost per lead, which is then only the most the paid
 *                      channels cost (findings 96, 97); empty otherwise, and in plans kept by older rules
 * @param later         tests that would start in the plan's last weeks, too late to give a reading in it
 *                      ({@link LateStart}): not funded, they follow the work they wait for in the next plan (empty in
 *                      plans kept by older rules)
 * @param bookingWindow the months in which the coming season is being sold, when the meeting falls in them: the lines
 *                      that sell it spend their money before it closes, judged on a booking's margin ({@link BookingWindow});
 *                      {@code null} otherwise, and in plans kept by older rules
 * @param firstCall     the line with the first call on the reserve ({@link #firstCallOf}), or {@code null}
 * @param payingPlatform where that line's channel pays on one platform and drains on another, the platform that pays,
 *                      as the client named it: the first call is its, not the whole channel's (finding 115); {@code null}
 *                      otherwise, and in plans kept by older rules
 * @param payingNow     whether that platform is already measured as paying by the client's own account (their analytics
 *                      count leads and sales): it takes the reserve from week 1 while it keeps its go-on figure
 * @param ownSources    whether the one platform the client wants to depend on less keeps today's orders, not today's
 *                      money, and the client's own sources get the rest from month 1 ({@link OwnSources}, finding 108c)
 * @param sellsOrders   whether consumers order within days ({@link Signals#sellsOrders}): a line's records count orders,
 *                      not enquiries and meetings (finding 181); {@code false} in plans kept by older rules
 * @param buyersCompare whether consumers choose for themselves, with no partners selling for the client
 *                      ({@link SlowTests#buyersCompare}): pages a one-off buys answer the questions buyers compare by, not
 *                      letters to customers and partners (finding 187); {@code false} in plans kept by older rules
 */
public record TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
        List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
        List<Channel> freeLeads, List<Channel> later, BookingWindow bookingWindow, Channel firstCall,
        AdPlatform payingPlatform, boolean payingNow, boolean ownSources, boolean sellsOrders, boolean buyersCompare) {
    public TestPlan {
        lines = List.copyOf(lines);
        waiting = List.copyOf(waiting);
        freeLeads = freeLeads == null ? List.of() : List.copyOf(freeLeads);
        later = later == null ? List.of() : List.copyOf(later);
    }

    /** A plan whose one-off pages go into letters to customers and partners. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
            List<Channel> freeLeads, List<Channel> later, BookingWindow bookingWindow, Channel firstCall,
            AdPlatform payingPlatform, boolean payingNow, boolean ownSources, boolean sellsOrders) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, freeLeads, later, bookingWindow, firstCall, payingPlatform, payingNow, ownSources, sellsOrders, false);
    }

    /** A plan whose records count enquiries and meetings, not orders. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
            List<Channel> freeLeads, List<Channel> later, BookingWindow bookingWindow, Channel firstCall,
            AdPlatform payingPlatform, boolean payingNow, boolean ownSources) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, freeLeads, later, bookingWindow, firstCall, payingPlatform, payingNow, ownSources, false);
    }

    /** A plan whose first call goes to a whole channel, not to one platform of it. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
            List<Channel> freeLeads, List<Channel> later, BookingWindow bookingWindow, Channel firstCall) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, freeLeads, later, bookingWindow, firstCall, null, false, false);
    }

    /** A plan whose reserve names no line with the first call on it. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
            List<Channel> freeLeads, List<Channel> later, BookingWindow bookingWindow) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, freeLeads, later, bookingWindow, null);
    }

    /** A plan met outside any booking window. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut,
            List<Channel> freeLeads, List<Channel> later) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, freeLeads, later, null);
    }

    /** A plan whose figures name no free channel and that moves no test past its last weeks. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost, Channel spendCut) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                spendCut, List.of(), List.of());
    }

    /** A plan that cuts no draining channel's spend. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend, Figure averageCost) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, averageCost,
                null);
    }

    /** A plan whose figures are no average over several channels. */
    public TestPlan(long monthlyBudget, boolean fromBand, int months, int parallelTests, List<PlannedTest> lines,
            List<Channel> waiting, long reserve, int reservePercent, long todaysSpend) {
        this(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent, todaysSpend, null);
    }

    /**
     * This plan with the line that has the first call on its reserve, the platform that pays, the own-sources shift and
     * whether its records count orders and its buyers compare for themselves.
     */
    TestPlan withFirstCall(Channel firstCall, AdPlatform payingPlatform, boolean payingNow, boolean ownSources,
            boolean sellsOrders, boolean buyersCompare) {
        return new TestPlan(monthlyBudget, fromBand, months, parallelTests, lines, waiting, reserve, reservePercent,
                todaysSpend, averageCost, spendCut, freeLeads, later, bookingWindow, firstCall, payingPlatform, payingNow,
                ownSources, sellsOrders, buyersCompare);
    }

    /** The line of the channel whose figures the client gave, when it is one of several kept: it keeps today's money. */
    public PlannedTest ownerLine() {
        List<PlannedTest> kept = lines.stream()
                .filter(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION).toList();
        return kept.size() < 2 ? null : kept.stream().filter(line -> line.today() != null && line.today() > 0)
                .findFirst().orElse(null);
    }

    /**
     * What the channels the client runs today get a month in this plan (kept or scaled acquisition lines), over the
     * weeks they run: a line that stops with the season spends its money in the season's weeks.
     */
    public long keptMonthly() {
        double overPlan = lines.stream().filter(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION)
                .mapToDouble(this::overPlan).sum();
        return Math.round(overPlan / Math.max(1, months));
    }

    /**
     * What the paid channels the client runs today get a month in this plan: the kept or scaled acquisition lines of
     * channels whose leads are not free ({@link #freeLeads}). Where free leads are counted it stays within leads × cost
     * per lead (finding 101).
     */
    public long paidMonthly() {
        double overPlan = lines.stream().filter(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION
                && !freeLeads.contains(line.channel())).mapToDouble(this::overPlan).sum();
        return Math.round(overPlan / Math.max(1, months));
    }

    /** The line with the first call on the reserve ({@link #firstCall}), or {@code null}. */
    public PlannedTest firstCallLine() {
        return firstCall == null ? null
                : lines.stream().filter(line -> line.channel() == firstCall).findFirst().orElse(null);
    }

    /**
     * The KPI a recommendation is read on, so that page 1 and its plan row name one number (finding 168): its plan row's
     * where that row reads the step on another number than the recommendation's — a card the client does not have is
     * created, then read on the customers the maps bring, not on calls and routes it had none of — else its own.
     */
    public Kpi kpiOf(Recommendation recommendation) {
        return lines.stream().filter(line -> line.channel() == recommendation.channel() && MapCard.creates(line))
                .map(PlannedTest::kpi).findFirst().orElse(recommendation.kpi());
    }

    /**
     * The channel with the first call on the reserve: the largest channel the client runs today that pays, in whole or
     * in part (finding 108); {@code null} where the plan holds no reserve or no such line gets money.
     */
    static Channel firstCallOf(Answers answers, List<PlannedTest> lines, long reserve, java.util.function.ToLongFunction<PlannedTest> monthly) {
        // where the plan starts with keeping clients, the reserve waits for that work, not for more acquisition
        if (reserve <= 0 || lines.isEmpty() || lines.get(0).channel().group() == Channel.Group.RETENTION) {
            return null;
        }
        // a line that may not take more — the platform the client wants to depend on less (finding 91), a client at
        // capacity or off-season — has no call on it
        return lines.stream().filter(line -> line.rubles() > 0 && MoneyOrder.payingLine(answers, line.channel(), line.kind())
                        && MoneyOrder.mayCall(answers, line.channel())
                        // a line held at today's figure ("hold, do not scale") is not the one to grow
                        && (line.target() == null || !line.target().equals(line.baseline())))
                .max(java.util.Comparator.comparingLong(monthly)).map(PlannedTest::channel).orElse(null);
    }

    /** What a line gets a month over the weeks it runs within the plan. */
    public long monthly(PlannedTest line) {
        return Math.round(overPlan(line) / Math.max(1, months));
    }

    /**
     * Whether a line's KPI shows its full effect only after the plan's weeks (a search page, a repeat purchase, a deal of
     * months): no line is stopped at a week after the plan ends — it gets a first step to check by the plan's last week,
     * and its go/stop decision is taken at the next quarter's review. Preparation is judged on being done: it is
     * decided next quarter only where its own weeks run past the plan.
     */
    public boolean decidedNextQuarter(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.PREPARE ? runsPastPlan(line) : line.decisionWeek() > weeks();
    }

    /**
     * As {@link #decidedNextQuarter(PlannedTest)}, and also where the line's {@code results} come only after the plan's
     * weeks: a search page whose enquiries come «через 6–12 месяцев» is judged at the next quarter's review whether it
     * starts in week 1 or week 9 (finding 179); {@code null}: the results' horizon is not known.
     */
    public boolean decidedNextQuarter(PlannedTest line, Horizon results) {
        return decidedNextQuarter(line)
                || line.kind() != PlannedTest.Kind.PREPARE && results != null && results.firstWeek() > weeks();
    }

    /** Whether a line's weeks run on past the plan's last week: the plan pays for and prints only its weeks inside. */
    public boolean runsPastPlan(PlannedTest line) {
        return line.startWeek() + line.weeks() - 1 > weeks();
    }

    /** Whether a line stops spending before the plan's last week. */
    public boolean endsEarly(PlannedTest line) {
        return line.startWeek() + line.weeks() - 1 < TestPlans.WEEKS * months / TestPlans.MONTHS;
    }

    /** A line's money as if it ran the whole plan at the rate it spends in the weeks it runs. */
    private double overPlan(PlannedTest line) {
        int planWeeks = TestPlans.WEEKS * months / TestPlans.MONTHS;
        int running = Math.max(1, Math.min(line.startWeek() + line.weeks() - 1, planWeeks) - line.startWeek() + 1);
        return line.rubles() * (double) planWeeks / running;
    }

    /**
     * The most of the budget the channels the client runs today keep (their money today, when lower): the
     * rest is the least the preparation needs.
     */
    public static final int PAYING_SHARE_PERCENT = 90;

    /** Whether today's spend is more than the plan can keep on those channels: the budget, not a verdict, cuts it. */
    public boolean budgetBelowToday() {
        return Math.min(todaysSpend, monthlyBudget) * 100 > monthlyBudget * PAYING_SHARE_PERCENT;
    }

    /**
     * Whether the client's figures (leads × cost per lead) come to more than the whole budget they named: part of
     * those leads come free, and the brief asks what each channel costs instead of "cutting" them (finding 85).
     */
    public boolean todayAboveBudget() {
        return !fromBand && todaysSpend > monthlyBudget;
    }

    /**
     * Whether leads × cost per lead, within the budget, counts the leads of the client's free channels as paid: it is
     * only the most the paid channels cost, and the brief asks what they cost (finding 96).
     */
    public boolean freeLeadsCounted() {
        return !freeLeads.isEmpty() && todaysSpend > 0 && !todayAboveBudget();
    }

    /**
     * Whether the lines of the client's free channels hold only the work behind them — their usual cost, a scaled
     * line one step — while what they cost has not been named, and the rest of their share waits in the reserve
     * (finding 100, adv13j): the brief says so, as it does where the paid lines stop at their bound (82).
     */
    public boolean freeLeadsHeld() {
        List<PlannedTest> free = lines.stream().filter(line -> line.kind().keeps() && freeLeads.contains(line.channel())
                && (line.today() == null || line.today() == 0)).toList();
        return !free.isEmpty() && reserve > 0 && free.stream()
                .allMatch(line -> monthly(line) <= line.channel().testBudget() * ScaleStep.UNNAMED_TIMES);
    }

    /**
     * Whether a channel the client runs, whose spend is not named, is held at its usual cost — twice what a month of it
     * usually costs, over the weeks it runs — while the plan holds a reserve: what it could take on top waits there until
     * the spend is named (findings 159, 164), and the brief says so. Not the channel whose platform pays by the client's
     * own account: that platform takes the reserve from week 1, named spend or not.
     */
    public boolean keptAtUsualCost() {
        return todaysSpend <= 0 && reserve > 0 && lines.stream().anyMatch(line -> line.kind() == PlannedTest.Kind.KEEP
                && line.channel().group() == Channel.Group.ACQUISITION && (line.today() == null || line.today() == 0)
                && !(payingNow && line.channel() == firstCall)
                && monthly(line) >= line.channel().testBudget() * TestPlans.KEPT_WEIGHT - 1);
    }

    /** Whether the plan has lines for channels the client runs today. */
    public boolean keepsChannels() {
        return lines.stream().anyMatch(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION);
    }

    /**
     * What the plan spends a month, on average, in the weeks of an open booking window, in whole thousands — each line's
     * money spread over its weeks (finding 114); {@code 0} without a window.
     */
    public long windowMonthly() {
        if (bookingWindow == null) {
            return 0;
        }
        return Math.round(inWindow() / windowWeeks() * 52 / 12 / 1000) * 1000;
    }

    /** How many weeks the plan runs. */
    public int weeks() {
        return TestPlans.WEEKS * months / TestPlans.MONTHS;
    }

    /** The plan's weeks inside an open booking window (its first {@code lastWeek}), 0 without one. */
    public int windowWeeks() {
        return bookingWindow == null ? 0 : Math.min(bookingWindow.lastWeek(), TestPlans.WEEKS);
    }

    /**
     * What the plan spends in the weeks of an open booking window in all, in whole thousands (finding 122: the monthly
     * figure times the window's weeks, not times three months); {@code 0} without a window.
     */
    public long windowSpend() {
        return bookingWindow == null ? 0 : Math.round(inWindow() / 1000) * 1000;
    }

    /** What the lines spend in the plan's weeks after an open booking window: the rest of the plan, less the reserve. */
    public long afterWindowSpend() {
        return bookingWindow == null ? 0 : Math.max(0, total() - reserve - windowSpend());
    }

    private double inWindow() {
        int last = windowWeeks();
        double inWindow = 0;
        for (PlannedTest line : lines) {
            int end = Math.min(line.startWeek() + line.weeks() - 1, TestPlans.WEEKS);
            int running = Math.max(1, end - line.startWeek() + 1);
            int overlap = Math.max(0, Math.min(end, last) - line.startWeek() + 1);
            inWindow += line.rubles() * (double) overlap / running;
        }
        return inWindow;
    }

    /** The budget of the whole period the plan covers, and what an open booking window borrows for it. */
    public long total() {
        // with the money an open booking window borrows from the months after it (finding 114)
        return monthlyBudget * months + (bookingWindow == null ? 0 : bookingWindow.borrowed());
    }

    /** Whether a line of this plan judged on a trend goes on at a number ({@link PlannedTest#needsNumericBar}). */
    public boolean needsNumericBar(PlannedTest line) {
        return line.needsNumericBar(total());
    }
}
