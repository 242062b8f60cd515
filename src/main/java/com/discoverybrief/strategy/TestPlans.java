package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the first {@value #MONTHS} months' budget across the ranked work — preparation (strategy,
 * measurement, the site), channels kept because they pay or kept running while they prove themselves,
 * new tests — by what a month of each usually costs ({@link Channel#testBudget()}) over the weeks it
 * runs within the plan (see {@link #shares}): word of mouth needs little money, paid search a lot, the
 * proven channel is not starved for the unproven, and a large budget goes to what pays rather than
 * inflating a channel that only breaks even. At most two new
 * tests ({@link PlannedTest#newTest}, however cheap) run at a time below 150 000 ₽ a month, three below 500 000 ₽,
 * four above; a test starts once
 * what it waits for is done and a slot is free, and tests that find no slot inside the plan wait. Each
 * line gets its baseline, target and stop threshold from the client's own numbers where there are any, with one
 * allowable cost per client for the whole plan ({@link AllowableCost}); the money follows the order of the plan
 * ({@link MoneyOrder}).
 * The parts sum to the period's budget exactly, in roubles and in percent.
 */
final class TestPlans {

    static final int MONTHS = 3;
    static final int WEEKS = 13;
    /** A channel that already pays gets twice its usual weight: the money goes where the return is known. */
    static final int KEPT_WEIGHT = 2;
    /** With money to spare, a line spends at most this many times what it usually costs (only scaling takes more). */
    static final int STRETCH = 2;
    /**
     * The channels running today keep their money up to this share of the budget where the client's own
     * numbers say a client costs more than it brings (finding 4: that money is cut, and the brief says why).
     */
    static final int TODAY_SHARE_PERCENT = 60;
    /** Otherwise they keep today's money up to this share: the rest is the least the preparation needs. */
    static final int PAYING_SHARE_PERCENT = TestPlan.PAYING_SHARE_PERCENT;
    /**
     * Where by the client's own numbers a client costs more than it brings, the work on the funnel gets this share
     * of what the channels cost today: money in proportion to the spend it repairs (finding 68).
     */
    static final int REPAIR_PERCENT = 10;
    /** Work on what the client already has above this share of the budget gets its reading inside the plan (finding 132). */
    static final int OWN_WORK_READ_PERCENT = 20;

    private TestPlans() {
    }

    /**
     * The plan, or {@code null} while no budget (figure or band) is known. A new test whose whole money in the plan
     * cannot buy one customer at its own «продолжаем» figure can neither pass nor fail inside the plan: it is no test, it
     * waits past the plan, and its money goes back to the other lines or the reserve (finding 136: 72's federal
     * contextual, 25 256 ₽ against 252 000 ₽ a customer, read at week 20).
     */
    static TestPlan of(Answers answers, List<Recommendation> ranked, List<Exclusions.Exclusion> excluded) {
        java.util.Set<Channel> unreadable = java.util.EnumSet.noneOf(Channel.class);
        TestPlan plan = of(answers, ranked, excluded, unreadable);
        for (int round = 0; plan != null && round < Channel.values().length; round++) {
            List<Channel> found = plan.lines().stream().filter(TestPlans::cannotBuyOne).map(PlannedTest::channel).toList();
            if (found.isEmpty() || !unreadable.addAll(found)) {
                break;
            }
            plan = of(answers, ranked, excluded, unreadable);
        }
        return plan;
    }

    /** A new test whose money cannot buy a single customer at its own «продолжаем» cost (finding 136). */
    static boolean cannotBuyOne(PlannedTest line) {
        return line.newTest() && line.kpi() == Kpi.COST_PER_ACQUISITION && line.target() != null
                && line.target().unit() == Unit.RUBLES && line.rubles() < line.target().value().doubleValue();
    }

    private static TestPlan of(Answers answers, List<Recommendation> ranked, List<Exclusions.Exclusion> excluded,
            java.util.Set<Channel> unreadable) {
        long monthly = Signals.monthlyBudget(answers);
        if (monthly <= 0) {
            return null;
        }
        int parallel = monthly < 150_000 ? 2 : monthly < 500_000 ? 3 : 4;
        Map<Channel, Integer> ends = new EnumMap<>(Channel.class);
        List<int[]> slots = new ArrayList<>(); // [start, end] of every new test placed so far
        List<Timed> timed = new ArrayList<>();
        List<Channel> waiting = new ArrayList<>();
        List<Channel> later = new ArrayList<>();
        excluded.stream().filter(e -> e.reason() == VerdictReason.SMALL_BUDGET || e.reason() == VerdictReason.SLOT_TAKEN)
                .map(Exclusions.Exclusion::channel)
                .forEach(waiting::add);
        List<Recommendation> work = new ArrayList<>(ranked);
        Channel capped = DrainingCap.channel(answers, ranked);
        if (capped != null) {
            // a draining channel that is the client's main source keeps a capped line, not 0 ₽ (finding 98)
            work.add(DrainingCap.line(capped));
        }
        // a new test that sells the season's dates in an open booking window cannot wait for a slot, its dates would be
        // gone: it takes its slot first, and the other new tests find theirs around it (19/84 beside finding 116)
        List<Channel> reserved = new ArrayList<>();
        for (Recommendation r : work) {
            PlannedTest.Kind kind = kindOf(answers, r);
            if (PlannedTest.newTest(r.channel(), kind, OwnWork.of(answers, r)) && BookingWindow.sells(answers, r.channel(), kind)
                    && !unreadable.contains(r.channel())) {
                int start = BookingWindow.FIRST_TEST_WEEK;
                int horizon = Horizons.weeks(r.channel(), r.stage(), r.kpi(), answers);
                int weeks = Math.min(PlatformDependence.pipeline(r) ? Math.max(horizon, WEEKS) : horizon,
                        Math.max(1, lastWeek(answers, r.channel(), kind) - start + 1));
                slots.add(new int[] {start, start + weeks - 1});
                reserved.add(r.channel());
            }
        }
        // a sale that earns nothing: the channels run today spend only until the margin work's first reading (87: 60)
        int noMarginEnds = NoMarginStop.lastWeek(answers, work);
        for (Recommendation r : work) {
            PlannedTest.Kind kind = kindOf(answers, r);
            if (unreadable.contains(r.channel())) {
                // past the plan, with what it waits for: «Дальше, за пределами этих 3 месяцев, — после сайта…» (136)
                later.add(r.channel());
                ends.put(r.channel(), Integer.MAX_VALUE / 2);
                continue;
            }
            int weeks = Horizons.weeks(r.channel(), r.stage(), r.kpi(), answers);
            int start = 1;
            for (Channel prerequisite : r.prerequisites()) {
                start = Math.max(start, ends.getOrDefault(prerequisite, 0) + 1);
            }
            if (PlatformDependence.pipeline(r)) {
                // the direct sales that answer a platform dependence start the months-long pipeline at once — the list
                // and the case studies while the positioning is found — and run the whole plan (finding 81)
                start = 1;
                weeks = Math.max(weeks, WEEKS);
            }
            if (FewDeals.programme(answers, r)) {
                // ... and so do the direct sales of a long deal with a few sales a month (finding 81: 40)
                start = 1;
                weeks = Math.max(weeks, WEEKS);
            }
            if (MapCard.improves(answers, r, kind)) {
                // the client's own card is done when it is filled: its line ends that week, not at a promotion's reading
                // four weeks later (finding 151)
                weeks = MapCard.READY_WEEKS;
            }
            if (PartnerChurn.programme(r) || NamedChurn.programme(answers, r)) {
                // the programme that keeps the partners is ongoing work, not an eight-week try (finding 89: 72)
                // ... and so is the one that keeps the accounts the client counts as lost (finding 82: 78)
                weeks = Math.max(weeks, WEEKS);
            }
            // every new channel takes a slot, however cheap its month: the intro's "at most N new tests at once" counts
            // the lines labelled a test, and one beyond N starts in a later wave, after an earlier test is read (19, 84)
            boolean newTest = PlannedTest.newTest(r.channel(), kind, OwnWork.of(answers, r));
            if (newTest && BookingWindow.sells(answers, r.channel(), kind)) {
                // met while the season is being sold: a paid test that sells its dates starts now, once the first week's
                // tracking is in place — not after the whole tracking, nor a few weeks before the season, when its
                // dates are gone (finding 116)
                start = BookingWindow.FIRST_TEST_WEEK;
            } else if (newTest && r.channel().isPaidTraffic()) {
                // a seasonal business met off-season: paid tests start a few weeks before the season, not now
                start = Math.max(start, Signals.firstPaidTestWeek(answers));
            }
            if (DatedOpening.block(answers, r, kind)) {
                // a new place opens in a month the client named: the neighbours, the street around the new address and the
                // base's waiting list are worked in the weeks before the opening and run up to it (finding 90: 41)
                start = Math.max(start, DatedOpening.blockStart(answers));
                weeks = Math.max(weeks, WEEKS - start + 1);
                // ... the schools and kindergartens are met after the New Year holidays, the line still ends with the
                // block (finding 143)
                int after = DatedOpening.pastHolidays(answers, r, start);
                weeks = Math.max(1, weeks - (after - start));
                start = after;
            }
            if (DatedOpening.movesToNewPlace(answers, r, kind)) {
                // the full place is booked weeks ahead: its paid line pauses there and, with the block, works only around
                // the new address, read on its sign-ups (finding 143: 41)
                start = Math.max(start, DatedOpening.blockStart(answers));
                weeks = WEEKS - start + 1;
            }
            if (DatedOpening.waitingList(answers, r)) {
                // the waiting list from the base starts now and runs up to the opening
                weeks = Math.max(weeks, WEEKS - start + 1);
            }
            if (newTest && !reserved.contains(r.channel())) {
                start = firstFreeWeek(slots, start, weeks, parallel);
            }
            int seasonEnds = lastWeek(answers, r.channel(), kind);
            if (NoMarginStop.bound(r.channel(), kind)) {
                seasonEnds = Math.min(seasonEnds, noMarginEnds);
            }
            if (start <= WEEKS && start > seasonEnds) {
                start = WEEKS + 1;
            }
            weeks = Math.min(weeks, Math.max(1, seasonEnds - start + 1));
            if (start <= WEEKS && LateStart.tooLate(kind, start)) {
                later.add(r.channel());
                ends.put(r.channel(), Integer.MAX_VALUE / 2);
                continue;
            }
            if (start > WEEKS) {
                waiting.add(r.channel());
                ends.put(r.channel(), Integer.MAX_VALUE / 2);
                continue;
            }
            if (newTest && !reserved.contains(r.channel())) {
                slots.add(new int[] {start, start + weeks - 1});
            }
            ends.put(r.channel(), start + weeks - 1);
            timed.add(new Timed(r, kind, start, weeks));
        }
        BookingWindow window = BookingWindow.of(answers);
        // the window's months spend more than the monthly budget, taken from the months after it, when the season's dates
        // are sold (finding 114): the plan sums to its budget and that money
        long total = monthly * MONTHS + (window == null ? 0 : window.borrowed());
        double[] lent = new double[timed.size()];
        double[] shares = shares(answers, timed, total, lent);
        if (MoneyOrder.endsEarly(timed, shares)) {
            // the focus step is not a six-week trifle while money waits in reserve: it runs the whole plan (finding 89)
            timed.set(0, MoneyOrder.wholePlan(timed.get(0)));
            lent = new double[timed.size()];
            shares = shares(answers, timed, total, lent);
        }
        // a deal of more than half a year with a few sales a month: the reserve above its share starts the pipeline now —
        // the direct sales and the warming of the committee — not "the deal is long, so the money waits" (findings 81, 102)
        FewDeals.startPipeline(answers, timed, shares);
        // a dated opening of a new place: the reserve above the opening month's money funds the block before it (90: 41)
        DatedOpening.fund(answers, timed, shares);
        // a company committee's slow test is never paid above the people who reach its buyers (finding 166)
        SlowTests.holdToPeopleLevers(answers, timed, shares);
        long[] rubles = apportion(shares, total);
        long[] percents = percents(rubles, total);
        TestPlan plan = new TestPlan(monthly, answers.monthlyBudget() == null, MONTHS, parallel,
                lines(answers, timed, rubles, percents), waiting, rubles[timed.size()], (int) percents[timed.size()],
                Math.round(PaidSpend.listed(answers)), averageCost(answers, timed), spendCut(answers, timed),
                PaidSpend.aboveBudget(answers) || PaidSpend.freeCounted(answers) ? FreeLeads.channels(answers) : List.of(),
                later, window == null ? null : window.lentTo(lentTo(timed, lent, window.borrowed())));
        // the line with the first call on the reserve is named by the plan itself, so a kept plan shows it as made
        Channel firstCall = TestPlan.firstCallOf(answers, plan.lines(), plan.reserve(), plan::monthly);
        // ... and where that channel pays on one platform and drains on another, the platform that pays (finding 115)
        AdPlatform platform = firstCall == null ? null : AdPlatform.paying(answers, firstCall);
        return plan.withFirstCall(firstCall, platform, platform != null && AdPlatform.measured(answers),
                OwnSources.shift(answers), Signals.sellsOrders(answers),
                SlowTests.buyersCompare(answers));
    }

    /** What the money on a recommendation's line does. */
    private static PlannedTest.Kind kindOf(Answers answers, Recommendation r) {
        // the programme that keeps the accounts counted as lost is ongoing work with what the client has — an
        // improvement read on the accounts that stay, not a preparation "done" at a week (finding 82: 78)
        if (NamedChurn.programme(answers, r)) {
            return PlannedTest.Kind.TEST;
        }
        return r.stage() == Stage.SCALE ? PlannedTest.Kind.SCALE
                // the direct sales of a long deal with a few sales a month: a programme that starts the pipeline (81: 40)
                : FewDeals.programme(answers, r) ? PlannedTest.Kind.TEST
                : r.isKept() ? PlannedTest.Kind.KEEP
                : r.stage() == Stage.TEST || PlatformDependence.pipeline(r) ? PlannedTest.Kind.TEST
                : firstStep(answers, r.channel());
    }

    /** The last week a line may spend in, or {@link Integer#MAX_VALUE}. */
    private static int lastWeek(Answers answers, Channel channel, PlannedTest.Kind kind) {
        // nothing buys clients past the season's end: the line ends with it, or waits for the next season
        int seasonEnds = SeasonEnd.bound(channel, kind) ? SeasonEnd.lastWeek(answers) : Integer.MAX_VALUE;
        if (BookingWindow.sells(answers, channel, kind)) {
            // ... and nothing sells the coming season once its dates are booked: the window's money is spent in it
            seasonEnds = Math.min(seasonEnds, BookingWindow.lastWeek(answers));
        }
        return seasonEnds;
    }

    /** The lines that take the money a booking window borrows, in whole roubles summing to what they take (finding 122). */
    private static Map<Channel, Long> lentTo(List<Timed> timed, double[] lent, long borrowed) {
        double taken = sum(lent);
        Map<Channel, Long> lines = new java.util.LinkedHashMap<>();
        if (taken <= 0) {
            return lines;
        }
        double[] shares = new double[lent.length];
        for (int i = 0; i < lent.length; i++) {
            shares[i] = lent[i] * 100 / taken;
        }
        long[] rubles = apportion(shares, Math.min(borrowed, Math.round(taken)));
        for (int i = 0; i < lent.length; i++) {
            if (rubles[i] > 0) {
                lines.put(timed.get(i).recommendation().channel(), rubles[i]);
            }
        }
        return lines;
    }

    /** The draining channel today's spend belongs to, with no line in the plan ({@link DrainingChannels#spendCut}). */
    private static Channel spendCut(Answers answers, List<Timed> timed) {
        // the capped line of a draining channel keeps part of its money; the rest is held all the same (finding 98)
        return DrainingChannels.spendCut(answers, timed.stream().map(Timed::recommendation)
                .filter(r -> !DrainingCap.is(r)).toList());
    }

    /**
     * What a client costs today, when the client's figures are an average over several channels that keep lines
     * in the plan and belong to none of them ({@link ChannelNumbers}): printed once, as the average.
     */
    private static Figure averageCost(Answers answers, List<Timed> timed) {
        Double cost = Signals.costPerClient(answers);
        boolean keptLines = timed.stream().filter(t -> t.kind().keeps()
                && t.recommendation().channel().group() == Channel.Group.ACQUISITION).count() > 1;
        return cost == null || !keptLines || !ChannelNumbers.averaged(answers) || Signals.notOpenYet(answers) ? null
                : Figure.of(cost, Unit.RUBLES);
    }

    /**
     * What a channel the client runs costs a month today by their own figures: leads × cost per lead for the
     * channel the figures belong to, 0 for the other channels run today (the client did not say how the spend
     * splits), {@code null} for other lines and where the client named no spend.
     */
    private static Long today(Answers answers, Timed t) {
        Channel channel = t.recommendation().channel();
        double spent = todaysSpend(answers);
        if (!t.kind().keeps() || channel.group() != Channel.Group.ACQUISITION || spent <= 0) {
            return null;
        }
        // figures above the named budget are no channel's own spend: the brief asks for it (finding 85)
        // ... and so are figures that count the leads of free channels as paid (finding 96)
        return ChannelNumbers.owner(answers) == channel && !PaidSpend.aboveBudget(answers) && !PaidSpend.freeCounted(answers)
                ? Math.round(spent) : 0L;
    }

    /**
     * What a first step is in the plan: preparation that is finished (strategy, measurement, the site, the map
     * card, the base) — or, for work that brings clients put first by the client's biggest need (outreach for a
     * second source of clients, recommendations where ads are restricted by law), a channel that sells: kept
     * with its money where the client runs it, a test where it is new.
     */
    private static PlannedTest.Kind firstStep(Answers answers, Channel channel) {
        boolean sells = channel.group() == Channel.Group.ACQUISITION && channel != Channel.WEBSITE
                && channel != Channel.MAP_LISTINGS || channel == Channel.REFERRAL_PROGRAMME;
        if (channel == Channel.CRM_MARKETING && (RecallReminders.missing(answers) || OwnSources.remindsPastCustomers(answers))) {
            // the base is already in a CRM: the reminders are sent from the first weeks and judged by the visits they
            // bring, not "done when the base is collected" (finding 77) — so are the reminders to the past customers
            // of a client moving off one platform: its first own source (finding 125)
            return PlannedTest.Kind.TEST;
        }
        if (!sells) {
            return PlannedTest.Kind.PREPARE;
        }
        return Signals.runs(answers, channel) ? PlannedTest.Kind.KEEP : PlannedTest.Kind.TEST;
    }

    record Timed(Recommendation recommendation, PlannedTest.Kind kind, int start, int weeks) {
        int weeksInPlan() {
            return Math.min(start + weeks - 1, WEEKS) - start + 1;
        }
    }

    /** The first week from {@code earliest} at which fewer than {@code parallel} tests run for the whole test. */
    private static int firstFreeWeek(List<int[]> slots, int earliest, int weeks, int parallel) {
        for (int start = earliest; start <= WEEKS; start++) {
            boolean free = true;
            for (int week = start; week < start + weeks && week <= WEEKS && free; week++) {
                int running = 0;
                for (int[] slot : slots) {
                    if (slot[0] <= week && week <= slot[1]) {
                        running++;
                    }
                }
                free = running < parallel;
            }
            if (free) {
                return start;
            }
        }
        return WEEKS + 1;
    }

    private static List<PlannedTest> lines(Answers answers, List<Timed> timed, long[] rubles, long[] percents) {
        List<PlannedTest> lines = new ArrayList<>();
        Figure[][] all = new Figure[timed.size()][];
        int[] decisions = new int[timed.size()];
        int noMarginEnds = NoMarginStop.lastWeek(answers, timed.stream().map(Timed::recommendation).toList());
        for (int i = 0; i < timed.size(); i++) {
            Timed t = timed.get(i);
            Recommendation r = t.recommendation();
            // a channel that already pays is held to its own numbers; one that is only kept running must improve
            // ... unless its numbers say it does not pay yet: then it must get down to what a client is worth
            // a channel kept beside others is held to its own figures: the client's are another channel's, or an average
            boolean own = !t.kind().keeps() || ChannelNumbers.ownedBy(answers, r.channel())
                    // ... and figures above the whole budget that count the orders of the client's own base (e-mail,
                    // referrals) as paid are no paid channel's own: its cost of a client is recorded before the start,
                    // not the blended average, which it could never hold (finding 85: 48's «держим 600 ₽»); where the
                    // free channel is search, the stop stepped to the churn work stays (05, finding 95)
                    && !(PaidSpend.aboveBudget(answers) && !FreeLeads.channels(answers).isEmpty()
                            && !FreeLeads.acquisition(answers) && !FreeLeads.channels(answers).contains(r.channel()));
            Figure[] figures = t.kind().keeps() && Signals.profitsFrom(answers, r.channel())
                    && !Signals.numbersDisputeProfit(answers) ? kept(r.kpi(), answers, own)
                    : figures(r.kpi(), answers, t.kind() == PlannedTest.Kind.TEST && r.channel() != Channel.OPTIMISATION,
                            own);
            if (r.channel() == Channel.EMAIL && r.kpi() == Kpi.CONVERSION_RATE && figures[0] != null) {
                // letters to those who enquired lift the conversion by a quarter; tripling it is the work on the calls
                double today = figures[0].value().doubleValue();
                figures = new Figure[] {figures[0], Figure.of(Math.min(today * 1.25, 100), figures[0].unit()), figures[0]};
            }
            int decision = t.start() - 1 + Math.max(t.weeks(), Horizons.readableAfter(r.kpi(), answers));
            if (t.start() - 1 + Horizons.readableAfter(r.kpi(), answers) <= WEEKS) {
                // a KPI that can be read inside the quarter is judged inside it, even where the line's usual weeks run on
                // past the plan: a stop at week 14 falls after the plan it belongs to (adv13t)
                decision = Math.min(decision, WEEKS);
            }
            Figure worth = t.kind().keeps() && r.kpi().lowerIsBetter() ? figures(r.kpi(), answers, false, own)[2] : null;
            if (worth != null && figures[0] != null && figures[0].value().compareTo(worth.value()) > 0) {
                // today's figure is already past the point where a client stops paying for itself: the
                // channel is not run on for months like that — it aims at where scaling pays (never "go on" at
                // a client costing the whole margin), and its stop falls to what a client is worth (finding 87:
                // never "stop above today's cost", which cannot fire) — for a subscription whose churn the plan
                // fixes, the worth after that work, judged at its first reading (finding 95)
                Figure retained = RetainedWorth.perKpi(r.kpi(), answers, timed, figures[0]);
                Figure stop = retained != null ? retained : worth;
                Figure goOn = Figure.of(stop.value().doubleValue() * ScaleCondition.CEILING_PERCENT / 100, stop.unit());
                figures = new Figure[] {figures[0], goOn, retained == null || figures[0].value().compareTo(stop.value()) > 0
                        ? stop : Figure.of(Math.min(figures[0].value().doubleValue() * KEPT_STOP, stop.value().doubleValue()), stop.unit())};
                decision = retained != null ? RetainedWorth.readingWeek(answers, RetainedWorth.work(timed))
                        : FallingStop.finalWeek(t.start(), t.weeks(), RetainedWorth.work(timed));
                if (retained == null && FallingStop.far(figures[0].value().doubleValue(), stop.value().doubleValue())
                        && timed.stream().anyMatch(w -> w.recommendation().channel() == Channel.UNIT_ECONOMICS)) {
                    // two readings of −30 % still leave it above twice its worth: the stop steps down with the money
                    // cut, and the worth — recomputed by the economics work — is judged at the line's last week (117)
                    decision = Math.max(decision, Math.min(t.start() - 1 + t.weeks(), WEEKS));
                }
            }
            if (OwnWork.of(answers, r) && percents[i] > OWN_WORK_READ_PERCENT) {
                // a large line on what the client already has (a quarter of the budget on the partners who sell for them)
                // is read inside the plan: what it does to those partners shows in weeks, not only at week 26 (132: 72)
                decision = Math.min(decision, Math.min(t.start() - 1 + t.weeks(), WEEKS));
            }
            if (BookingWindow.sells(answers, r.channel(), t.kind()) || BookingWindow.sellingWork(answers, r.channel(), t.kind())) {
                // judged while the season is still being sold, so that the money can still move (finding 105) — and so
                // is the work on the enquiries that sell it, warming and conversion (finding 116)
                decision = Math.min(decision, BookingWindow.readWeek(answers, t.start()));
            }
            if (NoMarginStop.bound(r.channel(), t.kind())) {
                // every client it brings is bought at a loss: judged at the margin work's first reading (finding 87: 60)
                decision = Math.min(decision, noMarginEnds);
            }
            all[i] = figures;
            decisions[i] = decision;
        }
        // one allowable cost per client for the whole plan: every channel's "go on" and the funnel's aim (finding 88)
        Double allowed = AllowableCost.of(answers, timed, all);
        for (int i = 0; i < timed.size(); i++) {
            Timed t = timed.get(i);
            Recommendation r = t.recommendation();
            Figure[] figures = AllowableCost.apply(answers, r.kpi(), all[i], t.kind(), allowed);
            Kpi kpi = r.kpi();
            BookingWindow window = BookingWindow.of(answers);
            if (window != null && r.kpi() == Kpi.COST_PER_ACQUISITION && BookingWindow.sells(answers, r.channel(), t.kind())) {
                // a date not sold by the window's end brings nothing: a booking may cost up to half of its margin; the
                // baseline is the line's own figure, recorded before the start — never another channel's or the average,
                // which the window's figures are not a step from (finding 109)
                Figure own = ChannelNumbers.owner(answers) == r.channel() ? figures[0] : null;
                figures = new Figure[] {own, window.goOn(), window.stop()};
                if (window.readsEnquiries()) {
                    // a booking of a months-long deal is not seen inside the window: the reading is on the enquiry, at the
                    // booking's figures times the conversion (finding 123)
                    kpi = Kpi.COST_PER_LEAD;
                    figures = new Figure[] {null, window.enquiryGoOn(), window.enquiryStop()};
                }
            }
            if (r.channel() == Channel.CRM_MARKETING && kpi == Kpi.PAST_CLIENT_LEADS && figures[0] == null) {
                // the past clients' orders today are the client's own figure where their words give it: «остальное —
                // повторные звонки» beside a platform's share (finding 138), not "record by week 4"
                Figure past = OwnSources.pastClientOrders(answers);
                if (past != null) {
                    figures = new Figure[] {past, figures[1], figures[2]};
                }
            }
            if (LostAfterViewing.reads(answers, r.kpi(), r.channel(), t.kind())) {
                // the sale of a months-long deal comes after the window: its conversion work is read on the enquiries
                // lost after a viewing or a meeting, the step the window can see (finding 133)
                kpi = Kpi.LOST_AFTER_VIEWING;
                figures = LostAfterViewing.figures(answers);
            }
            if (NamedChurn.programme(answers, r)) {
                // the accounts the client counts as lost give the baseline of those who stay — 22 of 26 bars, 85 % — not
                // the share of repeat purchases (finding 82: 78)
                Double stayed = NamedChurn.stayedPercent(answers);
                figures = new Figure[] {stayed == null ? null : Figure.of(stayed, Unit.PERCENT), null, null};
            }
            if (r.channel() == Channel.EMAIL && timed.stream().anyMatch(w -> NamedChurn.programme(answers, w.recommendation()))) {
                // beside the programme that keeps the accounts, the e-mail is its tool — the news sent to every account —
                // read with it on the same accounts that stay, not on a second «today» and its own +10 points (146: 78)
                kpi = Kpi.RETENTION_RATE;
                Double stayed = NamedChurn.stayedPercent(answers);
                figures = new Figure[] {stayed == null ? null : Figure.of(stayed, Unit.PERCENT), null, null};
            }
            if (TenderPlatform.line(r.channel(), r.kpi())) {
                // one-off tenders at a thin margin: no cost per client or repeat worth, the margin of each won tender is
                // recorded (finding 113)
                figures = new Figure[3];
            }
            int decision = decisions[i];
            boolean moved = DatedOpening.movesToNewPlace(answers, r, t.kind());
            if (DatedOpening.block(answers, r, t.kind()) || DatedOpening.waitingList(answers, r) || moved) {
                // before the doors open there are no clients to cost: the block is read on the sign-ups for the new place,
                // a month into it, so that the offer can still change before the opening (finding 90: 41); its bar is a
                // count — of the client's figures or a question for the meeting — never «nobody signed up» (143)
                kpi = Kpi.PRE_SALES;
                decision = Math.min(decision, t.start() + LateStart.MIN_WEEKS - 1);
                figures = new Figure[] {null, null, DatedOpening.bar(answers, r.channel(), decision)};
            }
            if (FewDeals.readsPipeline(answers, r.channel(), r.kpi())) {
                // one or two sales a month: a cost per client read in a quarter is noise; the line is read on the
                // qualified enquiries, meetings and proposals it brings, inside the plan (findings 81, 102: 40)
                kpi = Kpi.PIPELINE_FROM_CHANNEL;
                figures = new Figure[3];
            } else if (FewDeals.readsLostAfterMeeting(answers, r.channel(), kpi)) {
                kpi = Kpi.LOST_AFTER_VIEWING;
                figures = new Figure[3];
            }
            if (FewDeals.readInside(answers)) {
                decision = Math.min(decision, WEEKS);
            }
            if (FewDeals.programme(answers, r) && kpi == Kpi.MEETINGS_FROM_OUTREACH) {
                // the direct sales of a long deal go on at a number of meetings with those who decide, not "if there are
                // none" (finding 144): the bar is the line's stop
                figures = new Figure[] {null, null, Figure.of(FewDeals.MEETINGS_BAR, Unit.SCORE)};
            }
            if (MapCard.creates(answers, r, t.kind()) && kpi == Kpi.MAP_ACTIONS && t.weeks() > MapCard.CREATION_WEEKS) {
                // a card the client does not have starts from nothing: its bar is the customers a week that pay for its
                // money, never «more calls than before», which one call would pass (finding 157); it is read on those
                // customers, not on the calls and routes its bar does not count (165)
                kpi = Kpi.MAP_CUSTOMERS;
                figures = MapCard.created(rubles[i], t.weeksInPlan(), allowed);
            }
            lines.add(new PlannedTest(r.channel(), t.kind(), t.start(), t.weeks(), decision, (int) percents[i], rubles[i],
                    kpi, figures[0], figures[1], figures[2], today(answers, t), OwnWork.of(answers, r)));
        }
        return lines;
    }

    /**
     * Each line's share of the period's budget, in percent, and — as the last element — the reserve's.
     * Every piece of work first gets what it usually costs over its weeks in the plan, a channel that
     * already pays twice that. The channels the client runs today keep, together, what the client's own
     * numbers say they cost now (leads × cost per lead), up to {@value #TODAY_SHARE_PERCENT} % of the
     * budget: they bring today's clients and are not cut blindly while they are measured. A budget too
     * small for the rest shrinks it alike. A larger one lets a test or a preparation step spend up to
     * {@value #STRETCH} times its usual cost (enough to read its number sooner, never the leftover), a
     * paying channel kept up to {@value #STRETCH} times its weight, and only a channel being scaled takes
     * more; what no line can use well is the reserve, released to the tests that pass their go threshold.
     * Lines {@link #held held} at their cost get nothing extra.
     */
    static double[] shares(Answers answers, List<Timed> timed, long total) {
        return shares(answers, timed, total, new double[timed.size()]);
    }

    /** As {@link #shares(Answers, List, long)}; {@code lent} receives each line's part of what a booking window borrows. */
    static double[] shares(Answers answers, List<Timed> timed, long total, double[] lent) {
        int n = timed.size();
        double[] weights = new double[n];
        double[] ceilings = new double[n];
        boolean[] scales = new boolean[n];
        boolean[] today = new boolean[n];
        double todaysWeight = 0;
        for (int i = 0; i < n; i++) {
            Timed t = timed.get(i);
            Recommendation r = t.recommendation();
            boolean held = held(answers, t);
            // a channel whose one platform pays by the client's own account weighs as a paying one: that platform takes
            // the money from week 1, the other is only measured (finding 115)
            boolean pays = t.kind().keeps() && (Signals.profitsFrom(answers, r.channel())
                    || AdPlatform.payingNow(answers, r.channel())) && !held;
            weights[i] = r.channel().testBudget() * (double) t.weeksInPlan() * MONTHS / WEEKS * (pays ? KEPT_WEIGHT : 1);
            if (BookingWindow.sells(answers, r.channel(), t.kind()) && t.start() == 1) {
                // the window's lines spend the plan's months of money before it closes: the months after it sell nothing
                // for this season (finding 105)
                weights[i] = r.channel().testBudget() * (double) MONTHS * (pays ? KEPT_WEIGHT : 1);
            }
            scales[i] = pays && r.stage() == Stage.SCALE;
            ceilings[i] = held ? weights[i] : scales[i] ? Double.MAX_VALUE : weights[i] * STRETCH;
            today[i] = t.kind().keeps() && r.channel().group() == Channel.Group.ACQUISITION;
            if (t.kind().keeps() && SiteFirst.searchWithoutSite(answers, r.channel())) {
                // no money into search before the site exists: the site line comes first
                weights[i] = 0;
                ceilings[i] = 0;
                today[i] = false;
            }
            if (t.kind() == PlannedTest.Kind.TEST) {
                // a test buys at least one unit of the channel a month, at the price the client named
                weights[i] = Math.max(weights[i], OneUnit.price(answers, r.channel()) * (double) t.weeksInPlan() * MONTHS / WEEKS);
                ceilings[i] = Math.max(ceilings[i], weights[i]);
            }
            if (PlatformDependence.pipeline(r)) {
                // the direct sales that answer a platform dependence are a new programme, not the calls made now
                // now and then: they start the months-long pipeline with real money
                weights[i] = Math.max(weights[i], PlatformDependence.pipelineMoney(total / MONTHS,
                        t.weeksInPlan() * (double) MONTHS / WEEKS));
                ceilings[i] = weights[i];
            }
            if (PartnerChurn.programme(r) || NamedChurn.programme(answers, r)) {
                // the partners who leave take a channel of sales each: keeping them is a programme with real money — a
                // share of the budget, not the catalogue's price of a partner test (finding 89: 72)
                weights[i] = Math.max(weights[i], PartnerChurn.programmeMoney(total / MONTHS,
                        t.weeksInPlan() * (double) MONTHS / WEEKS));
                ceilings[i] = weights[i];
            }
            if (r.channel() == Channel.OPTIMISATION
                    && (Signals.clientCostsMoreThanItBrings(answers) || LostCalls.beforeTheSale(answers)
                            && !Signals.atCapacity(answers) || MoneyOrder.first(i) && todaysSpend(answers) > 0)) {
                // the funnel that loses money on every client gets a share of the spend it repairs, not a catalogue price;
                // so does the handling of enquiries lost before the sale, whose share of the spend is wasted (finding 76)
                // — not at the limit of capacity, where a caller answered is booked for the nearest free day, no more —
                // and the measurement of the channels put first, which makes today's whole spend readable (finding 89)
                double repair = todaysSpend(answers) * MONTHS * REPAIR_PERCENT / 100 * t.weeksInPlan() / WEEKS;
                weights[i] = Math.max(weights[i], repair);
                ceilings[i] = weights[i];
            }
            if (DrainingCap.is(r)) {
                // the capped line of a draining channel: its cap, no more, and no share of today's money (finding 98)
                weights[i] = DrainingCap.monthly(answers) * t.weeksInPlan() * MONTHS / WEEKS;
                ceilings[i] = weights[i];
                today[i] = false;
            }
            if (t.kind().keeps() && pays && todaysSpend(answers) <= 0
                    && r.channel().testBudget() * (double) MONTHS > total) {
                // a channel the client runs whose catalogue price is above the whole monthly budget is run at the client's
                // own scale — the owner at a festival, not an exhibition stand: with no spend named, it takes at most
                // half the budget while it is measured, not the catalogue's doubled price (finding 71: 78's events 75 %)
                double half = total / 2.0 * t.weeksInPlan() / WEEKS;
                weights[i] = Math.min(weights[i], half);
                ceilings[i] = Math.min(ceilings[i], weights[i]);
            }
            if (MoneyOrder.stretches(answers, timed, i)) {
                // the focus step may use more than its usual cost, like any line, when money is left (finding 89)
                ceilings[i] = Math.max(ceilings[i], weights[i] * STRETCH);
            }
            if (pays && today[i] && atUsualCost(answers, t)) {
                // no spend named: a channel the client runs and that pays gets its usual cost — already twice the
                // catalogue's — while it is measured, as the brief says («они получают обычную стоимость»), never doubled
                // again blind; more waits in the reserve (159, as 144). A focus step of unknown result still stretches (89)
                ceilings[i] = Math.min(ceilings[i], weights[i]);
            }
            todaysWeight += today[i] ? weights[i] : 0;
        }
        double[] parts = new double[n + 1];
        double[] scaleWeights = new double[n];
        double[] named = new double[n]; // the spend the client named for a line over its weeks, 0 where none
        double[] most = new double[n]; // the most a scaled line may reach: the paid channels' bound (finding 101)
        java.util.Arrays.fill(most, Double.MAX_VALUE);
        double left = total;
        for (int i = 0; i < n; i++) {
            Timed t = timed.get(i);
            if (NamedChurn.programme(answers, t.recommendation())) {
                // the programme that keeps the accounts the client counts as lost is the named problem's answer: its
                // money is paid first, not shrunk alike with the catalogue prices of the rest (finding 82: 78)
                parts[i] = Math.min(weights[i], left);
                left -= parts[i];
                weights[i] = 0;
                ceilings[i] = 0;
                continue;
            }
            if (BookingWindow.open(answers) && (t.recommendation().channel() == Channel.ANALYTICS_SETUP
                    || t.kind() == PlannedTest.Kind.TEST && BookingWindow.sells(answers, t.recommendation().channel(), t.kind()))) {
                // while the season is being sold, the tracking that judges the window's money and the new test that sells
                // in it are paid their usual cost first: a trifle would read nothing before the dates are gone (finding 105)
                parts[i] = Math.min(weights[i], left);
                left -= parts[i];
                weights[i] = 0;
                ceilings[i] = 0;
            }
        }
        double spentToday = todaysSpend(answers);
        // today's spend is a draining channel's that the plan does not fund: it is held back, not handed to the others
        if (spentToday > 0 && todaysWeight > 0 && spendCut(answers, timed) == null) {
            // what brings today's clients keeps today's money, however the catalogue prices a test of it, and a
            // channel being scaled starts from it too; only a budget below today's spend cuts it — to what leaves
            // the preparation its tenth — or the client's own numbers saying a client costs more than it brings
            int keptShare = Signals.clientCostsMoreThanItBrings(answers) ? TODAY_SHARE_PERCENT
                    // the one platform the client wants to depend on less keeps today's orders, not all of today's money:
                    // the own sources get the rest from month 1 (finding 108c)
                    : OwnSources.shift(answers) ? OwnSources.PLATFORM_PERCENT : PAYING_SHARE_PERCENT;
            // ... over the weeks of the season left: past the season's end they buy nothing
            // ... and, where a sale earns nothing, over the weeks until the margin work's first reading (finding 87: 60)
            double running = Math.min(1, Math.min(SeasonEnd.lastWeek(answers),
                    NoMarginStop.lastWeek(answers, timed.stream().map(Timed::recommendation).toList())) / (double) WEEKS);
            int owner = -1;
            for (int i = 0; i < n; i++) {
                if (today[i] && timed.get(i).recommendation().channel() == ChannelNumbers.owner(answers)) {
                    owner = i;
                }
            }
            double floor = Math.min(spentToday * MONTHS, total * keptShare / 100.0) * running;
            double given = 0;
            double[] kept = new double[n];
            double others = todaysWeight - (owner < 0 ? 0 : weights[owner]);
            // where free leads are counted in the figures, leads × cost per lead is the most the paid channels cost:
            // the owner keeps what the other paid lines leave of it, never more (finding 101)
            List<Channel> free = FreeLeads.channels(answers);
            boolean freeCounted = PaidSpend.aboveBudget(answers) || PaidSpend.freeCounted(answers);
            double otherPaid = 0;
            for (int i = 0; i < n; i++) {
                otherPaid += today[i] && i != owner && !free.contains(timed.get(i).recommendation().channel()) ? weights[i] : 0;
            }
            double paidBound = FreeLeads.paidAtMost(answers, MONTHS) * running - otherPaid;
            double held = 0;
            for (int i = 0; i < n; i++) {
                if (today[i] && owner >= 0) {
                    // the figures are one channel's own: it keeps today's money, the others their usual cost —
                    // no money moves between them on a guess of how the spend splits
                    double owned = Math.min(spentToday * MONTHS * running, total * keptShare / 100.0 * running - others);
                    kept[i] = i != owner ? weights[i] : Math.max(weights[i], Math.min(paidBound, owned));
                    // what the bound takes off the owner is held in reserve until the client names the spend,
                    // not handed to the other lines (finding 101)
                    held += i == owner ? Math.max(0, owned - kept[i]) : 0;
                    named[i] = i == owner ? kept[i] : 0;
                    most[i] = i == owner ? paidBound : Double.MAX_VALUE;
                    given += kept[i];
                } else if (today[i] && freeCounted && free.contains(timed.get(i).recommendation().channel())) {
                    // a channel whose leads are free still costs its content, specialist and site work, but what it
                    // costs the client has not said: its line gets the usual cost of that work (the sum is asked), and
                    // the share of today's money it would take waits in the reserve until the client names it — never
                    // on the paid lines, never as a large share printed as if known (finding 100, adv13j; as in 82)
                    kept[i] = weights[i];
                    held += Math.max(0, floor * weights[i] / todaysWeight - weights[i]);
                    given += kept[i];
                } else if (today[i]) {
                    // a channel the client runs keeps its share of today's money
                    // ... while the season is being sold, together today's money and no more: the tracking and the new test
                    // that sell in the window are paid first, and a usual cost above today's money is no claim (finding 105)
                    // ... over the weeks each line runs: a line that stops with the window keeps today's money for its
                    // weeks, not the plan's three months squeezed into them (finding 122)
                    kept[i] = BookingWindow.open(answers)
                            ? floor * weights[i] / todaysWeight * timed.get(i).weeksInPlan() / WEEKS
                            : Math.max(weights[i], floor * weights[i] / todaysWeight);
                    given += kept[i];
                }
            }
            if (given + held <= left) {
                left -= held;
                parts[n] += held;
                for (int i = 0; i < n; i++) {
                    if (today[i]) {
                        parts[i] = kept[i];
                        scaleWeights[i] = scales[i] ? weights[i] : 0;
                        weights[i] = 0;
                        ceilings[i] = 0;
                    }
                }
                left -= given;
                BookingWindow window = BookingWindow.of(answers);
                if (window != null && window.borrowed() > 0 && window.borrowed() <= left) {
                    // the money borrowed from the months after the window goes to the lines that sell in it (finding 122)
                    left -= window.borrowed();
                    double[] before = parts.clone();
                    parts[n] += SeasonMoney.spread(answers, timed, parts, weights, ceilings, window.borrowed());
                    for (int i = 0; i < n; i++) {
                        lent[i] = parts[i] - before[i];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (scales[i] && weights[i] > 0) {
                scaleWeights[i] = weights[i];
            }
        }
        double usual = sum(weights);
        if (usual >= left && usual > 0) {
            // a budget too small for all of it still pays a trifle (a map card) its whole usual cost: shrunk
            // alike, it would be too little to read its number, and it costs next to nothing — a one-off preparation
            // too: a card filled for less than it costs is not filled (finding 125: 58's maps 1 822 ₽ of ≈ 2 770 ₽)
            for (int i = 0; i < n; i++) {
                Timed t = timed.get(i);
                if (!t.kind().keeps() && weights[i] > 0 && weights[i] < left
                        && BudgetFocus.trifle(t.recommendation().channel(), total / MONTHS)) {
                    parts[i] += weights[i];
                    left -= weights[i];
                    weights[i] = 0;
                    ceilings[i] = 0;
                }
            }
            usual = sum(weights);
        }
        if (usual >= left || usual == 0) {
            // too little for all of it: every line shrinks alike (nothing at all to spend on: all is reserve)
            for (int i = 0; i < n; i++) {
                parts[i] += usual == 0 ? 0 : weights[i] * left / usual;
            }
            parts[n] += usual == 0 ? left : 0;
        } else {
            double headroom = 0;
            double scaled = 0;
            for (int i = 0; i < n; i++) {
                headroom += scales[i] ? 0 : ceilings[i] - weights[i];
                scaled += scaleWeights[i];
            }
            double spare = left - usual;
            double stretch = headroom > 0 ? Math.min(1, spare / headroom) : 0;
            for (int i = 0; i < n; i++) {
                parts[i] += weights[i] + (scales[i] ? 0 : (ceilings[i] - weights[i]) * stretch);
            }
            spare -= headroom * stretch;
            if (spare > 0 && scaled > 0) {
                // a scaled line takes one step — its named spend and half again, or twice its usual cost — never
                // the remainder: what it cannot use well is the reserve (finding 86)
                double taken = 0;
                for (int i = 0; i < n; i++) {
                    Timed t = timed.get(i);
                    double usualCost = t.recommendation().channel().testBudget() * (double) t.weeksInPlan() * MONTHS / WEEKS;
                    double room = Math.max(0, Math.min(ScaleStep.most(named[i], usualCost), most[i]) - parts[i]);
                    double extra = Math.min(spare * scaleWeights[i] / scaled, room);
                    parts[i] += extra;
                    taken += extra;
                }
                spare -= taken;
            }
            parts[n] += Math.max(spare, 0);
        }
        // the platform the client wants to depend on less gives a tenth of its money a month to the own sources (125)
        OwnSources.stepDown(answers, timed, parts);
        // a new test never outspends the paying channel it competes with (finding 89)
        MoneyOrder.capTests(answers, timed, parts);
        // a slow test is never paid above the client's own levers (finding 137)
        SlowTests.cap(answers, timed, parts);
        // a bad rating: a channel kept while nobody knows what it brings gets no more than the reviews
        ReputationFirst.capUnknown(answers, timed, parts);
        double sum = sum(parts);
        double[] shares = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            shares[i] = sum == 0 ? (i == n ? 100 : 0) : parts[i] * 100 / sum;
        }
        return shares;
    }

    /**
     * A channel the client runs and that pays, with no spend named: it gets its usual cost while it is measured, never
     * doubled blind (159), and what it could have taken above it waits in the reserve — for the client's choice once the
     * spend is named, not for another line (160). Only a channel being scaled is exempt.
     */
    static boolean atUsualCost(Answers answers, Timed t) {
        Channel channel = t.recommendation().channel();
        return t.kind().keeps() && channel.group() == Channel.Group.ACQUISITION && Signals.profitsFrom(answers, channel)
                && !held(answers, t) && t.recommendation().stage() != Stage.SCALE && todaysSpend(answers) <= 0
                && !AdPlatform.payingNow(answers, channel);
    }

    /**
     * What the client spends on acquisition a month today by their own numbers, at most the budget they named
     * ({@link PaidSpend}), or 0 when they do not say.
     */
    static double todaysSpend(Answers answers) {
        return PaidSpend.monthly(answers);
    }

    /**
     * A line that keeps its usual money however large the budget: a channel the client runs without
     * knowing that it pays, that pays only by our assumption or against the client's own numbers (it
     * proves itself first), and, while the client cannot serve more clients, any
     * channel that brings new ones, referrals included.
     */
    private static boolean held(Answers answers, Timed t) {
        if (!t.kind().keeps()) {
            return false;
        }
        Channel channel = t.recommendation().channel();
        if (BookingWindow.sells(answers, channel, t.kind()) && !Signals.atCapacity(answers)
                && !Signals.numbersDisputeProfit(answers) && answers.evidence(AnswerField.CHANNELS) != Evidence.ASSUMPTION) {
            // while the coming season is being sold, a channel that sells it is not held at its usual cost (finding 105)
            return false;
        }
        // off-season, a channel that brings clients keeps its usual money: the season is not here to spend it on
        // a channel whose one platform pays by the client's own account is not held either: that platform takes more (115)
        return !(Signals.profitsFrom(answers, channel) || AdPlatform.payingNow(answers, channel))
                || answers.evidence(AnswerField.CHANNELS) == Evidence.ASSUMPTION
                || Signals.offSeason(answers) && channel.group() == Channel.Group.ACQUISITION
                || Signals.numbersDisputeProfit(answers) || Contradictions.adsProfitUntracked(answers, channel)
                || Signals.atCapacity(answers)
                && (channel.group() == Channel.Group.ACQUISITION || channel == Channel.REFERRAL_PROGRAMME);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /**
     * The whole percents the plan prints beside its roubles, the reserve last: every row, the reserve included, its own
     * nearest percent of the printed sum (findings 158, 161). Equal sums print equal shares and no share is a point or more
     * off what its roubles are; the column may add up to a point or two either side of 100, as rounded shares do.
     */
    static long[] percents(long[] rubles, long total) {
        long[] percents = new long[rubles.length];
        for (int i = 0; i < rubles.length; i++) {
            percents[i] = total <= 0 ? 0 : Math.round(rubles[i] * 100.0 / total);
        }
        return percents;
    }

    /** Whole parts of {@code total} in proportion to the shares (percent), summing to {@code total} exactly. */
    static long[] apportion(double[] shares, long total) {
        long[] parts = new long[shares.length];
        double[] remainders = new double[shares.length];
        long given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = total * shares[i] / 100;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total && shares.length > 0) {
            int largest = 0;
            for (int i = 1; i < shares.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
            given++;
        }
        return parts;
    }

    /**
     * What a new client is worth in gross margin: the margin of one sale, times the purchases a client
     * makes where buying again is the model, from the repeat share (1 / (1 − share), at most
     * {@value #MAX_PURCHASES}; a band counts at its lower bound); {@code null} when the check or the
     * margin is unknown. Conservative on
     * purpose: a test is judged by money the client can count on.
     */
    static Double clientValue(Answers answers) {
        BigDecimal margin = Signals.marginPerSale(answers);
        if (margin == null) {
            return null;
        }
        return margin.doubleValue() * purchasesPerClient(answers);
    }

    /**
     * The purchases a client makes where buying again is the model, from the repeat share (1 / (1 − share),
     * at most {@value #MAX_PURCHASES}; a band counts at its lower bound); 1 otherwise.
     */
    static double purchasesPerClient(Answers answers) {
        if (!Signals.buysAgainAndAgain(answers)) {
            return 1;
        }
        return Math.min(1 / (1 - repeatShare(answers)), MAX_PURCHASES);
    }

    /** The share of clients who buy again, 0–0.99, from the client's percent or band (a band at its lower bound). */
    static double repeatShare(Answers answers) {
        return answers.repeatPercent() != null ? Math.min(answers.repeatPercent().doubleValue(), 99) / 100
                : Signals.repeatShare(answers) == RepeatShare.HIGH ? 0.5
                : Signals.repeatShare(answers) == RepeatShare.MEDIUM ? 0.2 : 0;
    }

    private static Figure breakEven(Answers answers, Unit unit) {
        Double margin = MarginRules.breakEvenMargin(answers);
        return margin == null || margin <= 0 ? null : Figure.of(margin, unit);
    }

    static final int MAX_PURCHASES = 4;
    /** What a lead-to-sale conversion reaches once enquiries are called back, followed up and tracked. */
    static final int LEADS_HANDLED_PERCENT = 10;

    /** A new channel is stopped once a client costs more than this many times what a client costs today. */
    static final double NEW_STOP = 1.5;
    /** Work on what runs, and a channel kept, is stopped once a client costs a quarter more than today. */
    static final double KEPT_STOP = 1.25;

    /**
     * A cost's figures: the baseline when known; the target — half of what the client is worth, or a
     * fifth below today's figure when that is lower (a new channel: today's figure); the stop — a quarter
     * above today's figure ({@value #NEW_STOP} times it for a new channel), never above what the client is
     * worth; with no figure for today, what the client is worth, past which a client no longer pays for itself.
     */
    private static Figure[] costs(Double baseline, Double worth, Unit unit, boolean newChannel) {
        if (worth != null && worth <= 0) {
            // a sale that earns nothing gives no cost a client may have: no "go on at 0 ₽", no "stop at 0 ₽";
            // the brief says to record today's figure, and the margin is the work (thin-margin, numbers-say-no)
            return new Figure[] {baseline == null ? null : Figure.of(baseline, unit), null, null};
        }
        Double target = null;
        if (newChannel && baseline != null && (worth == null || baseline < worth)) {
            target = baseline;
        } else if (worth != null) {
            target = baseline == null ? worth / 2 : Math.min(worth / 2, baseline * 0.8);
        } else if (baseline != null) {
            target = baseline * 0.8;
        }
        // the stop is where the line stops paying its way against today, not where a client earns nothing: a
        // new channel may cost up to half again what a client costs today, work on what runs a quarter more;
        // never past what a client is worth, which is the stop only when there is no figure for today
        Double stop = worth;
        if (baseline != null) {
            double fromToday = baseline * (newChannel ? NEW_STOP : KEPT_STOP);
            stop = worth == null ? fromToday : Math.min(fromToday, worth);
        }
        return new Figure[] {baseline == null ? null : Figure.of(baseline, unit),
                target == null ? null : Figure.of(target, unit), stop == null ? null : Figure.of(stop, unit)};
    }

    /**
     * For a channel that already pays the client's own numbers are the yardstick: hold today's value
     * (the target) and stop scaling past a quarter worse. Without a baseline, the margin gives the
     * figures as for a test.
     */
    static Figure[] kept(Kpi kpi, Answers answers) {
        return kept(kpi, answers, true);
    }

    /** As {@link #kept(Kpi, Answers)}; without the client's figures as the baseline where they are not the channel's own. */
    static Figure[] kept(Kpi kpi, Answers answers, boolean own) {
        Figure[] test = figures(kpi, answers, false, own);
        Figure baseline = test[0];
        if (baseline == null) {
            return test;
        }
        double value = baseline.value().doubleValue();
        double worse = kpi.lowerIsBetter() ? value * 1.25 : value * 0.8;
        // never past what a client is worth where today's cost is below it: "do not scale further" comes before a
        // client costs the whole margin
        if (kpi.lowerIsBetter() && test[2] != null && test[2].value().doubleValue() >= value) {
            worse = Math.min(worse, test[2].value().doubleValue());
        }
        return new Figure[] {baseline, baseline, Figure.of(worse, baseline.unit())};
    }

    /**
     * Baseline, target and stop for a KPI from the client's numbers: what a client is worth caps what a
     * client may cost (stop: all of it, when the client no longer pays for itself); the lead-to-sale
     * conversion turns that into a cost per lead; the client's own cost per lead, conversion and repeat
     * share are the baselines. Work that improves what runs aims a fifth below today's cost (at most half
     * of what a client is worth); a new channel wins when it is no dearer than what the client pays now,
     * or, with no figure for today, costs half of what a client is worth. {@code null} where nothing
     * gives the figure.
     */
    static Figure[] figures(Kpi kpi, Answers answers) {
        return figures(kpi, answers, false);
    }

    static Figure[] figures(Kpi kpi, Answers answers, boolean newChannel) {
        return figures(kpi, answers, newChannel, true);
    }

    /**
     * As {@link #figures(Kpi, Answers, boolean)}; where the client's cost of a lead and conversion are not this
     * line's own ({@code own} false), there is no baseline to print: it is recorded before the start.
     */
    static Figure[] figures(Kpi kpi, Answers answers, boolean newChannel, boolean own) {
        if (Signals.notOpenYet(answers)) {
            // before the doors open there is no "today" to measure against: the first weeks give the baseline
            return new Figure[3];
        }
        Double m = clientValue(answers);
        BigDecimal saleMargin = Signals.marginPerSale(answers);
        Double conversion = answers.leadConversion() == null ? null : answers.leadConversion().doubleValue();
        Double cpl = answers.costPerLead() == null ? null : answers.costPerLead().doubleValue();
        if (!own) {
            // what a client is worth per lead still needs the conversion; the baselines do not exist
            Double worthPerLead = m != null && conversion != null ? m * conversion / 100 : null;
            return switch (kpi) {
                case COST_PER_ACQUISITION -> costs(null, m, kpi.unit(), newChannel);
                case COST_PER_LEAD -> costs(null, worthPerLead, kpi.unit(), newChannel);
                case CONVERSION_RATE -> new Figure[3];
                default -> figures(kpi, answers, newChannel, true);
            };
        }
        Double repeat = answers.repeatPercent() == null ? null : answers.repeatPercent().doubleValue();
        Unit unit = kpi.unit();
        return switch (kpi) {
            case COST_PER_ACQUISITION -> costs(cpl != null && conversion != null && conversion > 0
                    ? cpl * 100 / conversion : null, m, unit, newChannel);
            case COST_PER_LEAD -> costs(cpl, m != null && conversion != null ? m * conversion / 100 : null, unit,
                    newChannel);
            // where most enquiries are lost, handling them well triples the sales, not a quarter more
            case CONVERSION_RATE -> conversion == null ? new Figure[3] : new Figure[] {
                    Figure.of(conversion, unit), Figure.of(Math.min(Signals.leadsLost(answers)
                            ? Math.max(conversion * 3, LEADS_HANDLED_PERCENT) : conversion * 1.25, 100), unit),
                    Figure.of(conversion, unit)};
            case REPEAT_PURCHASE_RATE, RETENTION_RATE -> repeat == null ? new Figure[3] : new Figure[] {
                    Figure.of(repeat, unit), Figure.of(RetainedWorth.target(repeat), unit),
                    Figure.of(Math.min(repeat + 2, 95), unit)};
            // a sale that earns nothing: the target is the margin per order that pays for today's cost of a client
            // (none where the numbers do not give it), never "a tenth more than nothing"
            case MARGIN_PER_SALE -> saleMargin != null && saleMargin.signum() <= 0 ? new Figure[] {
                    Figure.of(saleMargin.doubleValue(), unit), breakEven(answers, unit), null}
                    : saleMargin == null ? new Figure[3] : new Figure[] {
                    Figure.of(saleMargin.doubleValue(), unit), Figure.of(saleMargin.doubleValue() * 1.1, unit), null};
            case LEADS_WITH_KNOWN_SOURCE -> new Figure[] {null, Figure.of(90, unit), Figure.of(70, unit)};
            default -> new Figure[3];
        };
    }
}
