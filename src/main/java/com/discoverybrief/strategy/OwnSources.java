package com.discoverybrief.strategy;

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
        double kept = plan.monthly(platform) / cost;
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
