package com.discoverybrief.strategy;

import java.util.List;

/**
 * A business buyer whose deal takes more than half a year, and only a few sales a month by the client's own figures
 * (findings 81 and 102: a machine-tool maker, 40 enquiries at 3 %, about one sale a month). There a cost per client read
 * within a quarter, or a quarter dearer at week 26, is noise: one deal more or less moves it by half. Such a plan is read
 * on the leading steps inside it — qualified enquiries, meetings, proposals sent and their sum, the pipeline — and its
 * money starts that pipeline now: the direct sales to named accounts and the warming of the committee, not a reserve
 * kept "because the deal is long".
 */
final class FewDeals {

    /** Fewer sales a month than this (enquiries × conversion) is too few to read a cost per client in a quarter. */
    static final int FEW_PER_MONTH = 5;
    /**
     * The most of the budget the reserve keeps in such a plan: what is above it starts the pipeline — two parts to the
     * direct sales, one to the warming of the committee — whatever the catalogue says they usually cost.
     */
    static final int RESERVE_PERCENT = 40;

    /**
     * The least number of meetings with those who decide that the direct sales of such a plan must bring by its last week
     * to go on (finding 144): a bar with a number, never "if there are no meetings" — about one a fortnight from a named list.
     */
    static final int MEETINGS_BAR = 5;

    private FewDeals() {
    }

    /**
     * The past customers are the first pipeline line (finding 144: 40): a client who sells rarely to each buyer, keeps its
     * buyers in a CRM and says part of its sales are repeat has a base to work — service, upgrades, a second purchase —
     * and in a committee sale that base is the fastest pipeline there is.
     */
    static boolean pastCustomers(Answers answers) {
        return applies(answers) && answers.purchaseFrequency() == PurchaseFrequency.RARE
                && (answers.customerBase() == CustomerBase.CRM || answers.customerBase() == CustomerBase.CRM_AND_EMAIL)
                && (answers.repeatShare() == RepeatShare.MEDIUM || answers.repeatShare() == RepeatShare.HIGH);
    }

    /** The base line of such a plan: read on the meetings and proposals from the past customers, inside the plan. */
    static boolean baseLine(Answers answers, Channel channel) {
        return channel == Channel.CRM_MARKETING && pastCustomers(answers);
    }

    /**
     * Whether a channel the client runs and that pays may be stretched to twice its usual cost: only where what it costs
     * today is the client's own figure. A spend the brief still asks for («назовите сумму») is not doubled blind (144).
     */
    private static boolean spendKnown(Answers answers, Channel channel) {
        return ChannelNumbers.owner(answers) == channel && !PaidSpend.aboveBudget(answers) && !PaidSpend.freeCounted(answers);
    }

    /** A business buyer, a deal of more than half a year, and fewer than {@value #FEW_PER_MONTH} sales a month. */
    static boolean applies(Answers answers) {
        if (!Signals.sellsToBusinessesOnly(answers) || answers.salesCycle() != SalesCycle.OVER_SIX_MONTHS
                || answers.leadsPerMonth() == null || answers.leadConversion() == null) {
            return false;
        }
        double sales = answers.leadsPerMonth().doubleValue() * answers.leadConversion().doubleValue() / 100;
        return sales > 0 && sales < FEW_PER_MONTH;
    }

    /**
     * The direct sales get the money that starts the pipeline: the sentence "its budget stays while we measure it, more
     * only once the numbers show profit" goes from them (it stays with the other channels it was said of); the past
     * customers' base leads the work of its need.
     */
    static void apply(Answers answers, java.util.Map<Channel, Draft> drafts) {
        Draft outreach = drafts.get(Channel.COLD_OUTREACH);
        // ... where it is not the only reason the direct sales are in the plan
        if (outreach != null && applies(answers) && outreach.reasons().stream()
                .anyMatch(reason -> !reason.rule().equals(MeasurementRules.RUNNING_CHANNEL.id()))) {
            outreach.forget(MeasurementRules.RUNNING_CHANNEL.id());
        }
        // the past customers' base is the fastest pipeline of a committee sale and the plan's first pipeline line: it
        // leads the work of its need, among the first steps, not seventh behind work of the same weight (160)
        Draft base = drafts.get(Channel.CRM_MARKETING);
        if (base != null && pastCustomers(answers)) {
            base.leadAmongEquals();
            // ... and a past customer's upgrade or second line goes through the same committee: its sale follows the
            // cycle, as the deals of a nurtured base do — the plan reads its meetings inside the quarter (relabel)
            base.atLeast(Horizons.minimum(Kpi.OPPORTUNITIES_FROM_NURTURING, answers));
        }
    }

    /**
     * One fact, one label: the recommendations say what the plan does with the work (the plan is right). The direct sales
     * the plan runs as the pipeline's programme are a test on pages 1 and 2, not "kept while measured" beside a «Тест»
     * line; a channel the plan reads on its pipeline, or the conversion work read on the enquiries lost after a meeting,
     * shows that KPI on page 2, not a cost per client beside the plan's pipeline reading (w13az: 40, 10).
     */
    static List<Recommendation> relabel(Answers answers, List<Recommendation> recommendations, TestPlan plan) {
        if (!applies(answers) || plan == null) {
            return recommendations;
        }
        List<Recommendation> relabelled = new java.util.ArrayList<>(recommendations.size());
        for (Recommendation r : recommendations) {
            PlannedTest line = plan.lines().stream().filter(l -> l.channel() == r.channel()).findFirst().orElse(null);
            if (line == null) {
                relabelled.add(r);
                continue;
            }
            // narrowed: a new test waits for the strategy work that closes a named gap (audience, positioning); where
            // such work is to be done first and the direct sales do not wait for it, their label stays
            boolean waitsForTheGaps = recommendations.stream()
                    .filter(x -> x.stage() == Stage.DO_FIRST && x.channel().group() == Channel.Group.STRATEGY)
                    .allMatch(x -> r.prerequisites().contains(x.channel()));
            Stage stage = programme(answers, r) && line.kind() == PlannedTest.Kind.TEST && r.isKept() && waitsForTheGaps
                    ? Stage.TEST : r.stage();
            Kpi kpi = line.kpi() != r.kpi() && (line.kpi() == Kpi.PIPELINE_FROM_CHANNEL || line.kpi() == Kpi.LOST_AFTER_VIEWING)
                    ? line.kpi() : r.kpi();
            // the pipeline and the enquiries lost after a meeting are read inside the plan, by its last week: their
            // results come in 1–3 months; the sale's price, in 6–12, is the plan line's note
            Horizon horizon = kpi != r.kpi() && r.horizon().compareTo(Horizon.ONE_TO_THREE_MONTHS) > 0
                    ? Horizon.ONE_TO_THREE_MONTHS : r.horizon();
            relabelled.add(stage == r.stage() && kpi == r.kpi() ? r
                    : new Recommendation(r.priority(), r.channel(), stage, r.reasons(), kpi, horizon, r.condition(),
                            r.prerequisites(), r.verify()));
        }
        return List.copyOf(relabelled);
    }

    /** A line that would be read on the cost of a client is read on the pipeline it opens instead. */
    static boolean readsPipeline(Answers answers, Kpi kpi) {
        return (kpi == Kpi.COST_PER_ACQUISITION || kpi == Kpi.PIPELINE_FROM_CHANNEL) && applies(answers);
    }

    /** ... and so is the work with the past customers' base, whatever it would be read on elsewhere (144). */
    static boolean readsPipeline(Answers answers, Channel channel, Kpi kpi) {
        return readsPipeline(answers, kpi) || baseLine(answers, channel);
    }

    /**
     * The work on the conversion is read on the step a quarter can see — the enquiries lost after a meeting or a demo —
     * not on a sale-conversion of 3 % against 3.8 % at week 26, one deal apart.
     */
    static boolean readsLostAfterMeeting(Answers answers, Channel channel, Kpi kpi) {
        return channel == Channel.OPTIMISATION && (kpi == Kpi.CONVERSION_RATE || kpi == Kpi.LOST_AFTER_VIEWING)
                && applies(answers);
    }

    /** Every line of such a plan is read inside it: its pipeline, meetings and deals opened show by the plan's last week. */
    static boolean readInside(Answers answers) {
        return applies(answers);
    }

    /** The lines that start the pipeline: the direct sales to named accounts and the warming of the committee. */
    static boolean pipelineLine(Channel channel) {
        return channel == Channel.COLD_OUTREACH || channel == Channel.LEAD_NURTURING;
    }

    /**
     * The direct sales the client runs now and then, with no proof that they pay, become a programme of their own: a list
     * of companies like the best customers, a person on it, case studies — a new test with money, as for a business
     * supplier on one platform (finding 81: 76), not "kept while measured".
     */
    static boolean programme(Answers answers, Recommendation r) {
        return r.channel() == Channel.COLD_OUTREACH && applies(answers) && !Signals.profitsFrom(answers, r.channel());
    }

    /**
     * Moves the reserve above {@value #RESERVE_PERCENT} % of the budget to the work that starts the pipeline and runs to
     * the plan's end — above that share and above what a paying channel held at its usual cost could have taken, which
     * waits for the client's choice (finding 160). The past customers' base comes first (finding 144), level with the
     * other lines, then the direct sales and the warming, two parts to one — none of them above the channel that pays
     * (finding 89), so an unproven programme gets a test's money, not forty times it. A channel that pays is stretched (at most doubled, with a third of the money at most) only where its
     * spend today is the client's own figure; otherwise it keeps its usual cost until the spend is named. What none of
     * them can take stays in the reserve, with its reason. {@code shares} are the lines' percents with the reserve's last,
     * and still sum to 100 after.
     */
    static void startPipeline(Answers answers, List<TestPlans.Timed> timed, double[] shares) {
        int n = timed.size();
        // what a paying channel held at its usual cost (no spend named) could have taken waits in the reserve for the
        // client's choice, never on the pipeline's lines (finding 160: a base line of 19 % with no bar)
        double freed = 0;
        for (int i = 0; i < n; i++) {
            freed += TestPlans.atUsualCost(answers, timed.get(i)) ? shares[i] * (TestPlans.STRETCH - 1) : 0;
        }
        double floor = RESERVE_PERCENT + freed;
        if (!applies(answers) || shares[n] <= floor) {
            return;
        }
        int sales = -1;
        int warming = -1;
        int base = -1;
        List<Integer> paying = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            TestPlans.Timed t = timed.get(i);
            Channel channel = t.recommendation().channel();
            boolean toTheEnd = t.start() + t.weeks() - 1 >= TestPlans.WEEKS;
            if (channel == Channel.COLD_OUTREACH && t.kind() == PlannedTest.Kind.TEST && toTheEnd) {
                sales = i;
            } else if (channel == Channel.LEAD_NURTURING && toTheEnd) {
                warming = i;
            } else if (baseLine(answers, channel) && shares[i] > 0) {
                base = i;
            } else if (t.kind().keeps() && channel.group() == Channel.Group.ACQUISITION
                    && Signals.profitsFrom(answers, channel) && shares[i] > 0) {
                paying.add(i);
            }
        }
        if (sales < 0 && warming < 0 && base < 0) {
            return;
        }
        double moved = shares[n] - floor;
        double left = moved;
        double third = moved / 3;
        for (int i : paying) {
            if (!spendKnown(answers, timed.get(i).recommendation().channel())) {
                continue;
            }
            double add = Math.min(shares[i] * (TestPlans.STRETCH - 1), third / paying.size());
            shares[i] += add;
            left -= add;
        }
        // a new line never outspends the channel that pays: a hair below it, so that rounding keeps it so
        double ceiling = paying.stream().mapToDouble(i -> shares[i]).max().orElse(third) * 0.999;
        if (base >= 0) {
            // ... and stands level with the other pipeline lines, never several times either of them (160)
            int lines = 1 + (sales < 0 ? 0 : 1) + (warming < 0 ? 0 : 1);
            double add = Math.max(0, Math.min(left / lines, ceiling - shares[base]));
            shares[base] += add;
            left -= add;
        }
        double toSales = sales < 0 ? 0 : warming < 0 ? left : left * 2 / 3;
        double toWarming = warming < 0 ? 0 : left - toSales;
        if (sales >= 0) {
            double add = Math.max(0, Math.min(toSales, ceiling - shares[sales]));
            shares[sales] += add;
            left -= add;
        }
        if (warming >= 0) {
            double add = Math.max(0, Math.min(Math.min(toWarming, left), ceiling - shares[warming]));
            shares[warming] += add;
            left -= add;
        }
        shares[n] = floor + left;
    }
}
