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
 * tests run at a time below 150 000 ₽ a month, three below 500 000 ₽, four above; a test starts once
 * what it waits for is done and a slot is free, and tests that find no slot inside the plan wait. Each
 * line gets its baseline, target and stop threshold from the client's own numbers where there are any.
 * The parts sum to the period's budget exactly, in roubles and in percent.
 */
final class TestPlans {

    static final int MONTHS = 3;
    static final int WEEKS = 13;
    /** A channel that already pays gets twice its usual weight: the money goes where the return is known. */
    static final int KEPT_WEIGHT = 2;
    /** With money to spare, a line spends at most this many times what it usually costs. */
    static final int STRETCH = 2;

    private TestPlans() {
    }

    /** The plan, or {@code null} while no budget (figure or band) is known. */
    static TestPlan of(Answers answers, List<Recommendation> ranked, List<Exclusions.Exclusion> excluded) {
        long monthly = Signals.monthlyBudget(answers);
        if (monthly <= 0) {
            return null;
        }
        int parallel = monthly < 150_000 ? 2 : monthly < 500_000 ? 3 : 4;
        Map<Channel, Integer> ends = new EnumMap<>(Channel.class);
        List<int[]> slots = new ArrayList<>(); // [start, end] of every new test placed so far
        List<Timed> timed = new ArrayList<>();
        List<Channel> waiting = new ArrayList<>();
        excluded.stream().filter(e -> e.reason() == VerdictReason.SMALL_BUDGET).map(Exclusions.Exclusion::channel)
                .forEach(waiting::add);
        for (Recommendation r : ranked) {
            PlannedTest.Kind kind = r.stage() == Stage.SCALE ? PlannedTest.Kind.SCALE
                    : r.isKept() ? PlannedTest.Kind.KEEP
                    : r.stage() == Stage.TEST ? PlannedTest.Kind.TEST : PlannedTest.Kind.PREPARE;
            int weeks = Horizons.weeks(r.channel(), r.stage(), r.kpi(), answers);
            int start = 1;
            for (Channel prerequisite : r.prerequisites()) {
                start = Math.max(start, ends.getOrDefault(prerequisite, 0) + 1);
            }
            boolean newTest = kind == PlannedTest.Kind.TEST && r.channel().group() == Channel.Group.ACQUISITION;
            if (newTest) {
                start = firstFreeWeek(slots, start, weeks, parallel);
            }
            if (start > WEEKS) {
                waiting.add(r.channel());
                ends.put(r.channel(), Integer.MAX_VALUE / 2);
                continue;
            }
            if (newTest) {
                slots.add(new int[] {start, start + weeks - 1});
            }
            ends.put(r.channel(), start + weeks - 1);
            timed.add(new Timed(r, kind, start, weeks));
        }
        return new TestPlan(monthly, answers.monthlyBudget() == null, MONTHS, parallel,
                split(answers, timed, monthly * MONTHS), waiting);
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

    private static List<PlannedTest> split(Answers answers, List<Timed> timed, long total) {
        double[] shares = shares(answers, timed, total);
        long[] rubles = apportion(shares, total);
        long[] percents = apportion(shares, 100);
        List<PlannedTest> lines = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            Timed t = timed.get(i);
            Recommendation r = t.recommendation();
            // a channel that already pays is held to its own numbers; one that is only kept running must improve
            // ... unless its numbers say it does not pay yet: then it must get down to what a client is worth
            Figure[] figures = t.kind().keeps() && Signals.profitsFrom(answers, r.channel())
                    && !Signals.numbersDisputeProfit(answers) ? kept(r.kpi(), answers)
                    : figures(r.kpi(), answers, t.kind() == PlannedTest.Kind.TEST && r.channel() != Channel.OPTIMISATION);
            int decision = t.start() - 1 + Math.max(t.weeks(), Horizons.readableAfter(r.kpi(), answers));
            lines.add(new PlannedTest(r.channel(), t.kind(), t.start(), t.weeks(), decision, (int) percents[i], rubles[i],
                    r.kpi(), figures[0], figures[1], figures[2]));
        }
        return lines;
    }

    /**
     * Each line's share of the period's budget, in percent. Every piece of work first gets what it
     * usually costs over its weeks in the plan, a channel that already pays twice that. A budget too
     * small for all of it shrinks every line alike. A larger one lets each line spend up to
     * {@value #STRETCH} times its usual cost — except the lines {@link #held held} at it — and what is
     * left goes to the channels that already pay (a channel to scale counting double), or, when none
     * pays yet, to the new tests, so they answer sooner, or, with neither, to all the work not held:
     * never to a channel only kept running while it proves itself, nor to bringing clients a business at
     * its limit cannot serve.
     */
    static double[] shares(Answers answers, List<Timed> timed, long total) {
        int n = timed.size();
        double[] weights = new double[n];
        double[] extra = new double[n];
        boolean[] held = new boolean[n];
        double usual = 0;
        double stretchable = 0;
        for (int i = 0; i < n; i++) {
            Timed t = timed.get(i);
            Recommendation r = t.recommendation();
            held[i] = held(answers, t);
            boolean pays = t.kind().keeps() && Signals.profitsFrom(answers, r.channel()) && !held[i];
            weights[i] = r.channel().testBudget() * (double) t.weeksInPlan() * MONTHS / WEEKS * (pays ? KEPT_WEIGHT : 1);
            usual += weights[i];
            stretchable += held[i] ? 0 : weights[i];
            extra[i] = pays ? weights[i] * (r.stage() == Stage.SCALE ? 2 : 1) : 0;
        }
        if (usual > 0 && total > usual && stretchable > 0) {
            double stretch = Math.min(1 + (total - usual) / stretchable, STRETCH);
            double given = 0;
            for (int i = 0; i < n; i++) {
                weights[i] *= held[i] ? 1 : stretch;
                given += weights[i];
            }
            if (sum(extra) == 0) {
                for (int i = 0; i < n; i++) {
                    Timed t = timed.get(i);
                    boolean newTest = t.kind() == PlannedTest.Kind.TEST
                            && t.recommendation().channel().group() == Channel.Group.ACQUISITION;
                    extra[i] = newTest ? weights[i] : 0;
                }
            }
            if (sum(extra) == 0) {
                for (int i = 0; i < n; i++) {
                    extra[i] = held[i] ? 0 : weights[i];
                }
            }
            double takers = sum(extra);
            for (int i = 0; i < n; i++) {
                weights[i] += (total - given) * extra[i] / takers;
            }
        }
        double sum = sum(weights);
        double[] shares = new double[n];
        for (int i = 0; i < n; i++) {
            shares[i] = sum == 0 ? 100.0 / n : weights[i] * 100 / sum;
        }
        return shares;
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
        return !Signals.profitsFrom(answers, channel) || answers.evidence(AnswerField.CHANNELS) == Evidence.ASSUMPTION
                || Signals.numbersDisputeProfit(answers) || Signals.atCapacity(answers)
                && (channel.group() == Channel.Group.ACQUISITION || channel == Channel.REFERRAL_PROGRAMME);
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
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
        double purchases = 1;
        if (Signals.buysAgainAndAgain(answers)) {
            double share = answers.repeatPercent() != null ? Math.min(answers.repeatPercent().doubleValue(), 99) / 100
                    : Signals.repeatShare(answers) == RepeatShare.HIGH ? 0.5
                    : Signals.repeatShare(answers) == RepeatShare.MEDIUM ? 0.2 : 0;
            purchases = Math.min(1 / (1 - share), MAX_PURCHASES);
        }
        return margin.doubleValue() * purchases;
    }

    static final int MAX_PURCHASES = 4;

    /**
     * A cost's figures: the baseline when known; the target — half of what the client is worth, or a
     * fifth below today's figure when that is lower; the stop — what the client is worth, past which a
     * client no longer pays for itself (a quarter above today's figure when the worth is unknown).
     */
    private static Figure[] costs(Double baseline, Double worth, Unit unit, boolean newChannel) {
        Double target = null;
        if (newChannel && baseline != null && (worth == null || baseline < worth)) {
            target = baseline;
        } else if (worth != null) {
            target = baseline == null ? worth / 2 : Math.min(worth / 2, baseline * 0.8);
        } else if (baseline != null) {
            target = baseline * 0.8;
        }
        Double stop = worth;
        if (stop == null && baseline != null) {
            stop = baseline * 1.25;
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
        Figure[] test = figures(kpi, answers, false);
        Figure baseline = test[0];
        if (baseline == null) {
            return test;
        }
        double value = baseline.value().doubleValue();
        double worse = kpi.lowerIsBetter() ? value * 1.25 : value * 0.8;
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
        Double m = clientValue(answers);
        BigDecimal saleMargin = Signals.marginPerSale(answers);
        Double conversion = answers.leadConversion() == null ? null : answers.leadConversion().doubleValue();
        Double cpl = answers.costPerLead() == null ? null : answers.costPerLead().doubleValue();
        Double repeat = answers.repeatPercent() == null ? null : answers.repeatPercent().doubleValue();
        Unit unit = kpi.unit();
        return switch (kpi) {
            case COST_PER_ACQUISITION -> costs(cpl != null && conversion != null && conversion > 0
                    ? cpl * 100 / conversion : null, m, unit, newChannel);
            case COST_PER_LEAD -> costs(cpl, m != null && conversion != null ? m * conversion / 100 : null, unit,
                    newChannel);
            case CONVERSION_RATE -> conversion == null ? new Figure[3] : new Figure[] {
                    Figure.of(conversion, unit), Figure.of(Math.min(conversion * 1.25, 100), unit),
                    Figure.of(conversion, unit)};
            case REPEAT_PURCHASE_RATE, RETENTION_RATE -> repeat == null ? new Figure[3] : new Figure[] {
                    Figure.of(repeat, unit), Figure.of(Math.min(repeat + 10, 95), unit),
                    Figure.of(Math.min(repeat + 2, 95), unit)};
            case MARGIN_PER_SALE -> saleMargin == null ? new Figure[3] : new Figure[] {
                    Figure.of(saleMargin.doubleValue(), unit), Figure.of(saleMargin.doubleValue() * 1.1, unit), null};
            case LEADS_WITH_KNOWN_SOURCE -> new Figure[] {null, Figure.of(90, unit), Figure.of(70, unit)};
            default -> new Figure[3];
        };
    }
}
