package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * The test plan's money held to the strategist's findings 85–89 for every scenario (general rules of the suite):
 * <ul>
 * <li>85: no line keeps more than the named budget as "today's spend", and figures above the budget are asked
 * about ({@link TestPlan#todayAboveBudget()}), never cut silently; a scaled line whose spend the client named gets
 * at least that spend, as far as the budget's paying share allows;</li>
 * <li>86: a scaled line takes one step — its named spend and half again, or twice its usual cost where nobody named
 * one — never the remainder;</li>
 * <li>87: a kept line whose client costs more today than a client is worth stops at that worth by week 8, never at
 * today's cost;</li>
 * <li>95: ... unless the business is one of repeat purchases whose plan works on churn and a client costs at most three
 * times what it brings over the time it stays after that work: then the stop is that lifetime margin, judged no earlier
 * than week 13.</li>
 * <li>88: one allowable cost per client per plan — every cost-per-client aim, "go on" and "hold" figure is the same;</li>
 * <li>89: the money follows the order — while money is left in reserve, step 1 gets at least its usual cost and,
 * when it is ongoing work rather than a preparation, runs to the plan's last week; beyond its usual cost, no new
 * acquisition test gets more than the largest line of a channel that pays today (in whole or in part);</li>
 * <li>100: a channel whose leads are free still costs money to run — content, a specialist, the site — so it keeps
 * money like any channel the client runs: for its usual cost it gets no less than a paid channel with the same result
 * beside it (the free leads release nothing to the paid lines), and no line kept at a spend the client named gets more
 * than that spend and half again;</li>
 * <li>101: once the brief calls leads × cost per lead the most the paid channels cost, the paid lines together stay
 * within it;</li>
 * <li>105: in an open booking window (the coming season is being sold at the meeting) a channel the client says pays is
 * scaled, not held, gets no less than the money it had before the window's rule (today's named spend where there is
 * one), spends it before the window closes, and a booking never costs more than its margin;</li>
 * <li>109–112: thresholds follow the channel's own figure — a kept line never goes on above today's cost, the funnel
 * aims a step of at most 30 % below today, a falling stop's first step is at most 30 % below today and never above it,
 * and where the plan works on churn its last step comes after that work;</li>
 * <li>19/84: no more new tests run at once than the intro prints.</li>
 * </ul>
 */
final class PlanMoneyRules {

    /** Roubles of rounding a line may be off by. */
    private static final double SLACK = 1.01;

    private PlanMoneyRules() {
    }

    static List<String> broken(Answers answers, TestPlan plan) {
        List<String> broken = new ArrayList<>();
        if (plan == null) {
            return broken;
        }
        double listed = answers.leadsPerMonth() == null || answers.costPerLead() == null ? 0
                : answers.leadsPerMonth().doubleValue() * answers.costPerLead().doubleValue();
        if (answers.monthlyBudget() != null && listed > answers.monthlyBudget().doubleValue() && !plan.todayAboveBudget()) {
            broken.add("today's spend " + Math.round(listed) + " ₽ above the named budget, not asked (85)");
        }
        long others = 0;
        for (PlannedTest line : plan.lines()) {
            if (line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION
                    && (line.today() == null || line.today() == 0)) {
                others += plan.monthly(line);
            }
        }
        for (PlannedTest line : plan.lines()) {
            Long today = line.today();
            if (today != null && today > plan.monthlyBudget()) {
                broken.add(line.channel() + ": today's spend " + today + " ₽ above the budget (85)");
            }
            long monthly = plan.monthly(line);
            if (line.kind() == PlannedTest.Kind.SCALE && today != null && today > 0) {
                double floor = Math.min(today, plan.monthlyBudget() * TestPlan.PAYING_SHARE_PERCENT / 100.0 - others);
                if (monthly * SLACK < floor) {
                    broken.add(line.channel() + " scaled at " + monthly + " ₽ a month, below the named " + today + " ₽ (85)");
                }
                if (monthly > today * 1.5 * SLACK) {
                    broken.add(line.channel() + " scaled to " + monthly + " ₽ a month, more than the named " + today
                            + " ₽ + 50 % (86)");
                }
            }
            if (line.kind() == PlannedTest.Kind.SCALE && plan.todaysSpend() == 0
                    && monthly > line.channel().testBudget() * 2 * SLACK) {
                broken.add(line.channel() + " scaled to " + monthly + " ₽ a month with no named spend, more than twice its usual "
                        + line.channel().testBudget() + " ₽ (86)");
            }
            Double worth = worth(answers, line.kpi(), TestPlans.clientValue(answers));
            if (line.kind().keeps() && worth != null && worth > 0 && line.baseline() != null
                    && line.baseline().value().doubleValue() > worth) {
                double costs = line.baseline().value().doubleValue();
                Double retained = worth(answers, line.kpi(), lifetimeAfterChurnWork(answers, plan));
                if (retained != null && costs <= retained * 3) {
                    // a subscription whose churn the plan fixes: judged against what a client brings over the time
                    // it stays after that work, at the work's first reading — not switched off by week 8 (95)
                    if (line.stop() == null || line.stop().value().doubleValue() > retained * SLACK) {
                        broken.add(line.channel() + ": stop " + (line.stop() == null ? "none" : line.stop().value())
                                + " above the lifetime margin after the churn work, " + Math.round(retained) + " (95)");
                    } else if (line.decisionWeek() < TestPlans.WEEKS) {
                        broken.add(line.channel() + ": judged in week " + line.decisionWeek()
                                + ", before the churn work's first reading (95)");
                    }
                } else if (line.stop() == null || line.stop().value().doubleValue() > worth * SLACK) {
                    broken.add(line.channel() + ": stop " + (line.stop() == null ? "none" : line.stop().value())
                            + " while a client costs " + line.baseline().value() + " and is worth " + Math.round(worth) + " (87)");
                } else if (line.decisionWeek() > Math.max(line.startWeek() - 1 + FallingStop.FINAL_WEEK, afterChurnWork(plan, line))
                        && !(FallingStop.stepped(line) && line.decisionWeek() <= TestPlans.WEEKS)) {
                    // a stop stepped down with the money (117, answer (a)) reaches the worth by week 13 at the latest
                    broken.add(line.channel() + ": the stop at a client's worth comes in week " + line.decisionWeek() + " (87)");
                }
            }
        }
        broken.addAll(thresholdsFollowTheChannel(answers, plan));
        broken.addAll(oneAllowableCost(plan));
        broken.addAll(moneyFollowsTheOrder(answers, plan));
        broken.addAll(freeLeadsCostToRun(answers, plan));
        broken.addAll(bookingWindow(answers, plan));
        broken.addAll(newTestsAtOnce(plan));
        return broken;
    }

    /** 19/84: in no week do more lines labelled a new test run than the intro's «одновременно не больше N новых тестов». */
    static List<String> newTestsAtOnce(TestPlan plan) {
        List<String> broken = new ArrayList<>();
        if (plan == null) {
            return broken;
        }
        for (int week = 1; week <= TestPlans.WEEKS; week++) {
            int w = week;
            List<Channel> running = plan.lines().stream()
                    .filter(l -> l.newTest() && l.startWeek() <= w && w < l.startWeek() + l.weeks())
                    .map(PlannedTest::channel).toList();
            if (running.size() > plan.parallelTests()) {
                broken.add("week " + week + ": " + running.size() + " new tests " + running + " under «не больше "
                        + plan.parallelTests() + "» (19/84)");
                break;
            }
        }
        return broken;
    }

    /** 105: in an open booking window a profitable channel's money is not held below today, and is spent in the window. */
    static List<String> bookingWindow(Answers answers, TestPlan plan) {
        List<String> broken = new ArrayList<>();
        BookingWindow window = plan.bookingWindow();
        if (window == null) {
            return broken;
        }
        Double worth = TestPlans.clientValue(answers);
        for (PlannedTest line : plan.lines()) {
            if (!line.kind().keeps() || line.channel().group() != Channel.Group.ACQUISITION
                    || !Signals.profitsFrom(answers, line.channel())) {
                continue;
            }
            if (line.kind() != PlannedTest.Kind.SCALE && !Signals.atCapacity(answers)) {
                broken.add(line.channel() + " pays, yet is held while the season is being sold (105)");
            }
            if (line.today() != null && line.today() > 0 && line.rubles() * SLACK < line.today() * plan.months()) {
                broken.add(line.channel() + " gets " + line.rubles() + " ₽ in the window, below today's " + line.today()
                        + " ₽ a month (105)");
            }
            if (line.startWeek() + line.weeks() - 1 > window.lastWeek()) {
                broken.add(line.channel() + " spends past week " + window.lastWeek() + ", when the window closes (105)");
            }
            if (line.stop() != null && worth != null && line.kpi() == Kpi.COST_PER_ACQUISITION
                    && line.stop().value().doubleValue() > worth * SLACK) {
                broken.add(line.channel() + " stops at " + line.stop().value() + " ₽ a booking, above its margin (105)");
            }
            // read on the enquiry inside the window (123): above the margin a booking's enquiries bring
            if (line.stop() != null && worth != null && line.kpi() == Kpi.COST_PER_LEAD && answers.leadConversion() != null
                    && line.stop().value().doubleValue() > worth * answers.leadConversion().doubleValue() / 100 * SLACK) {
                broken.add(line.channel() + " stops at " + line.stop().value() + " ₽ an enquiry, above its margin (123)");
            }
        }
        return broken;
    }

    /**
     * 100, 101: a free channel is run like a paid one, a named spend grows by at most half, and the paid lines stay within
     * leads × cost per lead once the brief calls it their upper bound.
     */
    static List<String> freeLeadsCostToRun(Answers answers, TestPlan plan) {
        List<String> broken = new ArrayList<>();
        List<PlannedTest> run = plan.lines().stream()
                .filter(line -> line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION).toList();
        for (PlannedTest line : run) {
            if (line.today() != null && line.today() > 0 && plan.monthly(line) > line.today() * 1.5 * SLACK) {
                broken.add(line.channel() + " gets " + plan.monthly(line) + " ₽ a month, more than the named " + line.today()
                        + " ₽ and half again (100)");
            }
        }
        for (PlannedTest free : run) {
            if (!plan.freeLeads().contains(free.channel())) {
                continue;
            }
            double freeRate = plan.monthly(free) / (double) free.channel().testBudget();
            for (PlannedTest paid : run) {
                boolean unnamed = paid.today() == null || paid.today() == 0;
                // the share a free channel would get at the paid line's rate may wait in the reserve while its own
                // spend is unnamed, as long as the paid lines do not get it (100, adv13j: «назовите сумму» is asked)
                double paidRate = plan.monthly(paid) / (double) paid.channel().testBudget();
                double heldRate = (plan.monthly(free) + plan.reserve() / (double) Math.max(1, plan.months()))
                        / free.channel().testBudget();
                if (!plan.freeLeads().contains(paid.channel()) && unnamed
                        && outcome(answers, paid.channel()) == outcome(answers, free.channel())
                        && freeRate * SLACK < paidRate && (!plan.freeLeadsHeld() || heldRate * SLACK < paidRate)) {
                    broken.add(free.channel() + " (free leads) gets " + plan.monthly(free) + " ₽ a month, less for its usual cost"
                            + " than " + paid.channel() + " with the same result, " + plan.monthly(paid) + " ₽ (100)");
                }
            }
        }
        if (!plan.freeLeads().isEmpty() && plan.todaysSpend() > 0) {
            long paid = run.stream().filter(line -> !plan.freeLeads().contains(line.channel())).mapToLong(plan::monthly).sum();
            if (paid > plan.todaysSpend() * SLACK) {
                broken.add("the paid lines get " + paid + " ₽ a month, above leads × cost per lead " + plan.todaysSpend()
                        + " ₽, which the brief calls the most they cost (101)");
            }
        }
        return broken;
    }

    /** What the client says a channel they run brings; {@code null} for a channel they do not run. */
    private static ChannelOutcome outcome(Answers answers, Channel channel) {
        return answers.channels().stream().filter(use -> Signals.toCatalogue(use.channel()) == channel)
                .map(ChannelUse::outcome).findFirst().orElse(null);
    }

    /**
     * 88, 102: the plan's cost-per-client figures, one for each kind of decision — every kept line, test and the funnel
     * work's aim goes on at one figure, every scaled line at one figure, and a scaled line never goes on below the kept
     * lines' figure (a line being scaled whose go-on is under today's cost can never read "go on"). A channel held at
     * its own figure of today ("hold X") and a funnel aim equal to today's figure (not printed) are not counted.
     */
    static List<String> oneAllowableCost(TestPlan plan) {
        java.util.TreeSet<Long> kept = new java.util.TreeSet<>();
        java.util.TreeSet<Long> scaled = new java.util.TreeSet<>();
        for (PlannedTest line : plan.lines()) {
            // "hold X" at a channel's own figure of today is that channel's own decision, and a funnel aim equal to
            // today's figure is not printed: neither is one of the plan's go-on figures
            // ... nor is a channel held at its own figure recorded in weeks 1–2 (109), nor the funnel's aim, a step
            // below today that is never merged with the channels' figure (110)
            boolean ownFigure = line.target() != null && line.target().equals(line.baseline())
                    || OwnFigure.recorded(line) || line.kind() == PlannedTest.Kind.PREPARE;
            if (line.kpi() == Kpi.COST_PER_ACQUISITION && line.target() != null && !ownFigure) {
                long target = line.target().value().setScale(0, java.math.RoundingMode.HALF_UP).longValue();
                (line.kind() == PlannedTest.Kind.SCALE ? scaled : kept).add(target);
            }
        }
        List<String> broken = new ArrayList<>();
        if (kept.size() > 1 && kept.last() - kept.first() > 1) {
            broken.add("cost per client aimed at " + kept + " ₽ on the kept lines, tests and aims of one plan (88)");
        }
        if (scaled.size() > 1 && scaled.last() - scaled.first() > 1) {
            broken.add("cost per client aimed at " + scaled + " ₽ on the scaled lines of one plan (88)");
        }
        if (!kept.isEmpty() && !scaled.isEmpty() && scaled.first() + 1 < kept.last()) {
            broken.add("a scaled line goes on at " + scaled.first() + " ₽, below the kept lines' " + kept.last() + " ₽ (102)");
        }
        return broken;
    }

    /**
     * 109–112: thresholds follow the channel's own figure. A kept line never goes on above today's cost (the worth is
     * only its ceiling) and, losing money today, never stops above today; the funnel's work on a known cost aims a
     * step below today — at most {@value Milestone#MOST_CUT_PERCENT} % below; a falling stop never falls more than that
     * before its last step, and where the plan works on churn its last step comes after that work is done.
     */
    static List<String> thresholdsFollowTheChannel(Answers answers, TestPlan plan) {
        List<String> broken = new ArrayList<>();
        Double average = Signals.notOpenYet(answers) ? null : Signals.costPerClient(answers);
        for (PlannedTest line : plan.lines()) {
            if (line.kpi() != Kpi.COST_PER_ACQUISITION) {
                continue;
            }
            Double today = line.baseline() != null ? Double.valueOf(line.baseline().value().doubleValue()) : average;
            // a line selling an open booking window follows the window's rule, which the plan prints instead (105)
            if (line.kind() == PlannedTest.Kind.KEEP && today != null && line.target() != null
                    && !BookingWindow.sells(answers, line.channel(), line.kind())
                    && line.target().value().doubleValue() > today * SLACK) {
                broken.add(line.channel() + " kept: goes on at " + line.target().value() + ", above today's " + Math.round(today)
                        + " (109)");
            }
            if (line.kind() == PlannedTest.Kind.PREPARE && line.baseline() != null && line.target() != null) {
                double base = line.baseline().value().doubleValue();
                double aim = Milestone.of(line).value().doubleValue();
                if (aim >= base || aim * SLACK < Milestone.reachable(base)) {
                    broken.add(line.channel() + ": the funnel aims at " + Math.round(aim) + " from today's " + Math.round(base)
                            + ", not a step of at most " + Milestone.MOST_CUT_PERCENT + " % below it (110)");
                }
            }
            Double worth = TestPlans.clientValue(answers);
            // a sale that earns nothing gives no cost a client may have: its funnel is aimed at the margin instead
            if (line.kind() == PlannedTest.Kind.PREPARE && line.channel() == Channel.OPTIMISATION && line.baseline() != null
                    && line.target() == null && worth != null && worth > 0) {
                broken.add(line.channel() + ": the funnel work has no aim (110)");
            }
            if (FallingStop.applies(line)) {
                double base = line.baseline().value().doubleValue();
                double first = FallingStop.firstStop(line).value().doubleValue();
                if (first > base * SLACK || first * SLACK < Milestone.reachable(base)) {
                    broken.add(line.channel() + ": the falling stop's first step " + Math.round(first) + " from today's "
                            + Math.round(base) + " (111, 112)");
                }
                if (FallingStop.stepped(line)) {
                    // 117: the second step is again at most 30 % below the first, and the line's money is no more
                    // than today's: the money falls with the stop
                    double second = FallingStop.secondStop(line).value().doubleValue();
                    if (second * SLACK < Milestone.reachable(first) || second > first) {
                        broken.add(line.channel() + ": the stepped stop's second step " + Math.round(second) + " after "
                                + Math.round(first) + " (117)");
                    }
                    if (plan.todaysSpend() > 0 && plan.monthly(line) > plan.todaysSpend()) {
                        broken.add(line.channel() + ": a stepped stop beside more money than today's (117)");
                    }
                }
                int workDone = afterChurnWork(plan, line);
                if (workDone > 0 && line.decisionWeek() <= churnWorkEnd(plan) && line.decisionWeek() < workDone) {
                    broken.add(line.channel() + ": the last stop in week " + line.decisionWeek()
                            + ", before the churn work is done and read (111)");
                }
            }
        }
        return broken;
    }

    /** The last week of the plan's work on churn, or 0 where it has none. */
    private static int churnWorkEnd(TestPlan plan) {
        return plan.lines().stream().filter(l -> l.channel() == Channel.ONBOARDING_CHURN || l.channel() == Channel.CRM_MARKETING)
                .findFirst().map(l -> l.startWeek() + l.weeks() - 1).orElse(0);
    }

    /**
     * The week by which a falling stop's last step is read where the plan works on churn: the line's last week in the
     * plan, once that work is done no earlier than the line's week 8; 0 otherwise.
     */
    private static int afterChurnWork(TestPlan plan, PlannedTest line) {
        int end = churnWorkEnd(plan);
        if (end == 0 || end < line.startWeek() - 1 + FallingStop.FINAL_WEEK) {
            return 0;
        }
        return Math.min(line.startWeek() + line.weeks() - 1, TestPlans.WEEKS);
    }

    /** 89: step 1 is no trifle while money is in reserve; a new test never outspends the channel that pays. */
    static List<String> moneyFollowsTheOrder(Answers answers, TestPlan plan) {
        List<String> broken = new ArrayList<>();
        if (plan.lines().isEmpty()) {
            return broken;
        }
        PlannedTest first = plan.lines().get(0);
        int planWeeks = TestPlans.WEEKS * plan.months() / TestPlans.MONTHS;
        int last = first.startWeek() + first.weeks() - 1;
        int running = Math.min(last, planWeeks) - first.startWeek() + 1;
        double usual = first.channel().testBudget() * (double) running * plan.months() / planWeeks;
        if (plan.reserve() > 0 && first.rubles() * SLACK + 1 < usual) {
            broken.add("step 1 " + first.channel() + " gets " + first.rubles() + " ₽, below its usual " + Math.round(usual)
                    + " ₽, while " + plan.reserve() + " ₽ are in reserve (89)");
        }
        if (plan.reserve() > 0 && first.kind() != PlannedTest.Kind.PREPARE && last < planWeeks) {
            broken.add("step 1 " + first.channel() + " stops in week " + last + " while " + plan.reserve()
                    + " ₽ are in reserve (89)");
        }
        long proven = -1;
        for (PlannedTest line : plan.lines()) {
            boolean pays = answers.channels().stream().anyMatch(use -> Signals.toCatalogue(use.channel()) == line.channel()
                    && (use.outcome() == ChannelOutcome.PROFIT || use.outcome() == ChannelOutcome.MIXED));
            if (line.kind().keeps() && line.channel().group() == Channel.Group.ACQUISITION && pays) {
                proven = Math.max(proven, line.rubles());
            }
        }
        for (PlannedTest line : plan.lines()) {
            int end = Math.min(line.startWeek() + line.weeks() - 1, planWeeks);
            double usualTest = Math.max(line.channel().testBudget(), OneUnit.price(answers, line.channel()))
                    * (double) (end - line.startWeek() + 1) * plan.months() / planWeeks;
            // a line read on the sign-ups before a new place opens does not compete with the channel that pays at the
            // full place (finding 90: 41)
            if (proven > 0 && line.kind() == PlannedTest.Kind.TEST && line.channel().group() == Channel.Group.ACQUISITION
                    && line.kpi() != Kpi.PRE_SALES && line.rubles() > Math.max(proven, usualTest) + 1) {
                broken.add("new test " + line.channel() + " gets " + line.rubles() + " ₽, more than the paying channel's "
                        + proven + " ₽ (89)");
            }
        }
        return broken;
    }

    /**
     * For a business of repeat purchases whose plan works on churn (the first weeks and why clients leave, or the base):
     * the margin of a sale times the purchases of a client when ten points more of them stay than today (at most 95 %
     * stay, at most 12 purchases); {@code null} otherwise.
     */
    private static Double lifetimeAfterChurnWork(Answers answers, TestPlan plan) {
        boolean churnWork = plan.lines().stream().anyMatch(line -> line.channel() == Channel.ONBOARDING_CHURN
                || line.channel() == Channel.CRM_MARKETING);
        if (!Signals.buysAgainAndAgain(answers) || !churnWork || Signals.marginPerSale(answers) == null) {
            return null;
        }
        double stay = Math.min(TestPlans.repeatShare(answers) + 0.10, 0.95);
        return Signals.marginPerSale(answers).doubleValue() * Math.min(1 / (1 - stay), 12);
    }

    /** What a client (a lead, for a cost per lead) is worth at {@code value}; {@code null} where unknown. */
    private static Double worth(Answers answers, Kpi kpi, Double value) {
        if (value == null) {
            return null;
        }
        return switch (kpi) {
            case COST_PER_ACQUISITION -> value;
            case COST_PER_LEAD -> answers.leadConversion() == null ? null
                    : value * answers.leadConversion().doubleValue() / 100;
            default -> null;
        };
    }
}
