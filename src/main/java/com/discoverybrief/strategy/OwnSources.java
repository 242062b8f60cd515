package com.discoverybrief.strategy;

import java.util.List;

/**
 * A consumer business that gets most of its orders from one platform and wants to depend on it less (finding 108c,
 * adv13k: a handyman with 90 % of the orders from Avito, «снизить долю Авито до 50 % за год, не потеряв объём"). The
 * platform keeps today's orders, not today's money: it gets at most {@value #PLATFORM_PERCENT} % of the budget, and
 * the client's own sources of orders — map cards, reminders to past clients, referrals and partners — get the rest from
 * the first month; each month they reach their go-on, another tenth of the platform's money moves to them.
 */
public final class OwnSources {

    private OwnSources() {
    }

    /** The most of the budget the platform keeps while the own sources are built. */
    static final int PLATFORM_PERCENT = 75;
    /** The part of the platform's money that moves to the own sources each month they reach their go-on. */
    static final int SHIFT_PERCENT = 10;

    /**
     * The reason of the platform kept but capped: held, not scaled — growth there is growth of the dependence (finding
     * 125: «где они есть — масштабируем постепенно» beside «не раздуваем»).
     */
    static final Cite CAPPED = new Cite("keep-capped-platform");

    /**
     * Whether the client's past customers are reminded from the first weeks, as a line judged by the orders it brings,
     * not a base "done when collected": they are the own source already paid for (finding 125: 2 000 past clients who
     * call for small jobs every six months or a year).
     */
    static boolean remindsPastCustomers(Answers answers) {
        CustomerBase base = answers.customerBase();
        return base != null && base != CustomerBase.NONE && shift(answers);
    }

    /**
     * Whether partners who meet the client's customers before the platform does — a neighbouring business, the
     * building's management — are one of the own sources: a consumer business serving locals (finding 125).
     */
    static boolean partners(Answers answers) {
        return shift(answers) && Signals.localConsumers(answers);
    }

    /** The reason of the partners line: they meet the client's customers before the platform does. */
    static final Cite PARTNERS = new Cite("own-sources-partners");

    /** Whether this channel is the one platform whose money moves to the own sources: kept, never scaled. */
    static boolean capped(Answers answers, Channel channel) {
        return channel == Channel.MARKETPLACES && shift(answers);
    }

    /** The money that moves from the platform to the own sources each month they reach their go-on. */
    public static long step(long platformMonthly) {
        return Math.round(platformMonthly * SHIFT_PERCENT / 100.0);
    }

    /** What the platform gets in a plan's last month of {@code months} once the own sources reach their go-on each month. */
    public static long lastMonth(long platformMonthly, int months) {
        return platformMonthly - Math.max(0, months - 1) * step(platformMonthly);
    }

    /**
     * The platform's money over {@code months} months in its first month's: 1 + 0.9 + 0.8… — a tenth less each month
     * after the first (finding 125: the step is money in the plan, not only a sentence).
     */
    static double monthsPaid(int months) {
        double paid = 0;
        for (int month = 0; month < months; month++) {
            paid += Math.max(0, 1 - month * SHIFT_PERCENT / 100.0);
        }
        return paid;
    }

    /** The platform's money in the plan's first month, from its money a month on average over {@code months}. */
    public static long firstMonth(long platformMonthly, int months) {
        return Math.round(platformMonthly * (double) months / Math.max(1e-9, monthsPaid(months)));
    }

    /** The platform's line of a plan that moves its money to the own sources, or {@code null}. */
    public static PlannedTest platform(TestPlan plan) {
        return plan == null || !plan.ownSources() ? null : plan.lines().stream()
                .filter(line -> line.channel() == Channel.MARKETPLACES && line.kind().keeps()).findFirst().orElse(null);
    }

    /**
     * Steps the platform's money down a tenth a month after the first, in the plan's months, and gives what it gives up
     * to the own sources that run past the first month, in proportion to their money (finding 125: the platform had the
     * same money each month while the text said a tenth moved each month). The parts keep their sum.
     */
    static void stepDown(Answers answers, List<TestPlans.Timed> timed, double[] parts) {
        if (!shift(answers)) {
            return;
        }
        int platform = -1;
        double own = 0;
        for (int i = 0; i < timed.size(); i++) {
            TestPlans.Timed t = timed.get(i);
            if (t.recommendation().channel() == Channel.MARKETPLACES && t.kind().keeps()) {
                platform = i;
            } else if (receives(t, parts[i])) {
                own += parts[i];
            }
        }
        if (platform < 0 || own <= 0) {
            return;
        }
        double moved = parts[platform] * (1 - monthsPaid(TestPlans.MONTHS) / TestPlans.MONTHS);
        for (int i = 0; i < timed.size(); i++) {
            if (i != platform && receives(timed.get(i), parts[i])) {
                parts[i] += moved * parts[i] / own;
            }
        }
        parts[platform] -= moved;
    }

    /** Whether a line takes the platform's tenth: one of the own sources, with money, running past the first month. */
    private static boolean receives(TestPlans.Timed t, double part) {
        return part > 0 && ownSource(t.recommendation().channel())
                && t.start() + t.weeksInPlan() - 1 > TestPlans.WEEKS / TestPlans.MONTHS;
    }

    /**
     * The orders the platform's money buys a month (finding 125: 75 000 ₽ ÷ 180 ₽ × 60 % ≈ 250, not today's ≈ 270): at
     * today's cost per customer — the line's own baseline — and, where the plan works on the conversion, at the
     * conversion it aims at. {@code null} where the plan has no cost per customer or no spend of today's.
     */
    public static Orders orders(TestPlan plan, PlannedTest platform) {
        Figure perCustomer = platform.baseline();
        if (perCustomer == null || perCustomer.unit() != Unit.RUBLES || perCustomer.value().signum() <= 0
                || plan.todaysSpend() <= 0) {
            return null;
        }
        double cost = perCustomer.value().doubleValue();
        // the money of the first month: it steps down a tenth a month after it
        double kept = firstMonth(plan.monthly(platform), plan.months()) / cost;
        PlannedTest conversion = plan.lines().stream().filter(line -> line.kpi() == Kpi.CONVERSION_RATE
                && line.baseline() != null && line.target() != null && line.baseline().value().signum() > 0
                && line.target().value().compareTo(line.baseline().value()) > 0).findFirst().orElse(null);
        return new Orders(Math.round(plan.todaysSpend() / cost), Math.round(kept),
                conversion == null ? null : conversion.target(), conversion == null ? 0
                        : Math.round(kept * conversion.target().value().doubleValue() / conversion.baseline().value().doubleValue()));
    }

    /**
     * Orders a month from the platform: today, with the plan's money at today's conversion and, where the plan lifts
     * the conversion, at the {@code conversion} it aims at ({@code null} where it does not).
     */
    public record Orders(long today, long kept, Figure conversion, long atConversion) {

        /** Whether the money kept holds today's orders once the conversion reaches its aim. */
        public boolean heldAtConversion() {
            return conversion != null && atConversion >= today;
        }
    }

    /**
     * The orders a month the client's past customers bring today, where the client's words give them (finding 138: «90 %
     * заказов с Авито Услуги, остальное — повторные звонки» — 270 orders from the platform are 90 %, the other ≈ 30 are
     * past clients calling again): the platform's orders today (enquiries × conversion) ÷ its share, less its own; {@code
     * null} where the client names no share, no enquiries or conversion, or does not say the rest are repeat calls.
     */
    static Figure pastClientOrders(Answers answers) {
        int share = shareToday(answers);
        java.math.BigDecimal leads = answers.leadsPerMonth();
        java.math.BigDecimal conversion = answers.number(AnswerField.LEAD_CONVERSION);
        if (share <= 0 || share >= 100 || leads == null || conversion == null || !shift(answers)
                || !repeatNamed(answers)) {
            return null;
        }
        long platform = Math.round(leads.doubleValue() * conversion.doubleValue() / 100);
        long own = Math.round(platform * 100.0 / share) - platform;
        return own <= 0 ? null : Figure.of(own, Unit.PER_MONTH);
    }

    /** Whether the client's words about where the orders come from say the rest are repeat orders of past customers. */
    private static boolean repeatNamed(Answers answers) {
        for (AnswerField field : List.of(AnswerField.ONLINE_PRESENCE, AnswerField.CONSTRAINTS)) {
            String words = answers.lowerCase(field);
            if (words != null && (words.contains("повтор") || words.contains("repeat"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's goal as orders (finding 91: the goal «снизить долю Авито до 50 %» is answered on page 1 with a
     * figure): today's orders from the platform and, where the client names the platform's share of them, the volume
     * and the own sources' orders today (finding 128: 270 orders at 90 % are a volume of 300, 30 of them the client's
     * own); the share the goal names; and, in the plan's last month, what the platform's money buys at today's
     * conversion. {@code null} where the plan has no cost per customer.
     */
    public static Goal goal(TestPlan plan, PlannedTest platform, Answers answers) {
        Orders orders = orders(plan, platform);
        if (orders == null || orders.kept() <= 0) {
            return null;
        }
        long first = firstMonth(plan.monthly(platform), plan.months());
        long month = lastMonth(first, plan.months());
        return new Goal(orders.today(), shareToday(answers), goalShare(answers.text(AnswerField.GROWTH_GOAL)),
                plan.months(), month, Math.round(orders.kept() * (double) month / first));
    }

    /** The platform's share in percent the goal names («до 50 %», "to 50%"), or 0 where it names none. */
    static int goalShare(String growthGoal) {
        if (growthGoal == null) {
            return 0;
        }
        java.util.regex.Matcher percent = PERCENT.matcher(growthGoal);
        return percent.find() ? Integer.parseInt(percent.group(1)) : 0;
    }

    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(\\d{1,3})\\s*%");

    /**
     * The platform's share of today's orders in the client's words («90 % заказов с Авито Услуги»), or 0 where they
     * name none: the first percent of half or more — one platform brings half of the orders or more — where the client
     * says where the orders come from or what binds them (a commission of 17 % is not a share).
     */
    public static int shareToday(Answers answers) {
        for (AnswerField field : List.of(AnswerField.ONLINE_PRESENCE, AnswerField.CONSTRAINTS)) {
            String words = answers.text(field);
            java.util.regex.Matcher percent = PERCENT.matcher(words == null ? "" : words);
            while (percent.find()) {
                int share = Integer.parseInt(percent.group(1));
                if (share >= 50 && share <= 100) {
                    return share;
                }
            }
        }
        return 0;
    }

    /**
     * The goal as orders a month: {@code today} from the platform, which is {@code shareToday} % of the orders (0 where
     * the client names no share); the {@code share} the goal names (0 where it names none); in {@code month}, the
     * platform's {@code money} buys {@code bought} at today's conversion.
     */
    public record Goal(long today, int shareToday, int share, int month, long money, long bought) {

        /** Whether the volume is known: the client named the platform's share of today's orders. */
        public boolean volumeKnown() {
            return shareToday > 0;
        }

        /** All the orders a month today: the platform's ÷ its share (today's where the share is not named). */
        public long volume() {
            return volumeKnown() ? Math.round(today * 100.0 / shareToday) : today;
        }

        /** The orders a month the own sources bring today. */
        public long ownToday() {
            return volume() - today;
        }

        /** The own sources' orders at the share the goal names, with the volume held. */
        public long ownAtGoal() {
            return share <= 0 ? 0 : Math.round(volume() * (100 - share) / 100.0);
        }

        /** The own sources' orders in {@code month}, so that the volume does not fall. */
        public long ownByMonth() {
            return Math.max(ownToday(), volume() - bought);
        }

        /**
         * The own sources' orders a month at which the platform's next tenth moves to them, for each month from the 2nd
         * to {@code month} (finding 138: the goal's figure is the step-down's threshold): a straight path from theirs today
         * to {@link #ownByMonth()} in {@code month} — «во 2-м месяце ≥ 65, в 3-м — ≥ 100» from 30 to 100.
         */
        public long[] thresholds() {
            long[] thresholds = new long[Math.max(0, month - 1)];
            for (int m = 2; m <= month; m++) {
                thresholds[m - 2] = ownToday() + Math.round((ownByMonth() - ownToday()) * (m - 1) / (double) (month - 1));
            }
            return thresholds;
        }

        /** The orders the own sources add by {@code month} on top of theirs today. */
        public long addedByMonth() {
            return ownByMonth() - ownToday();
        }
    }

    /**
     * Whether a channel is one of the client's own sources of orders — where the customer stays the client's: map
     * cards, the own site, reminders to past customers, referrals, reviews and partners — and not a measuring work nor a
     * new bought channel (finding 125: the rest of the platform's money is named for what it pays).
     */
    public static boolean ownSource(Channel channel) {
        return channel.group() == Channel.Group.RETENTION || channel == Channel.MAP_LISTINGS
                || channel == Channel.PARTNER_MARKETING || channel == Channel.WEBSITE || channel == Channel.SEO_CONTENT;
    }

    /**
     * Whether the plan moves money from the one platform to the client's own sources: half the orders or more from one
     * platform the client runs and that pays, buyers who are people (a supplier to businesses answers it with direct
     * sales), room for more clients, and a goal that names the platform's share or the dependence on it.
     */
    static boolean shift(Answers answers) {
        if (answers.choice(AnswerField.SOURCE_DEPENDENCE, SourceDependence.class) != SourceDependence.ONE_PLATFORM
                || PlatformDependence.businessBuyers(answers) || Signals.atCapacity(answers)
                || !Signals.profitsFrom(answers, Channel.MARKETPLACES)) {
            return false;
        }
        String goal = answers.lowerCase(AnswerField.GROWTH_GOAL);
        return goal != null && (goal.contains("дол") && (goal.contains("сниз") || goal.contains("уменьш"))
                || goal.contains("зависим") || goal.contains("depend") || goal.contains("share"));
    }
}
