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
 * within it.</li>
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
                } else if (line.decisionWeek() > line.startWeek() - 1 + FallingStop.FINAL_WEEK) {
                    broken.add(line.channel() + ": the stop at a client's worth comes in week " + line.decisionWeek() + " (87)");
                }
            }
        }
        broken.addAll(oneAllowableCost(plan));
        broken.addAll(moneyFollowsTheOrder(answers, plan));
        broken.addAll(freeLeadsCostToRun(answers, plan));
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
            boolean ownFigure = line.target() != null && line.target().equals(line.baseline());
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
            if (proven > 0 && line.kind() == PlannedTest.Kind.TEST && line.channel().group() == Channel.Group.ACQUISITION
                    && line.rubles() > Math.max(proven, usualTest) + 1) {
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
