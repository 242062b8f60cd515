package com.discoverybrief.strategy;

/**
 * A margin low in percent is not thin when the roubles it leaves pay for a client several times over (finding
 * 75): 7 % of a 1.8 M ₽ car is 126 000 ₽, while a buyer costs 37 500 ₽ today. What a client is worth in margin is
 * the margin of one sale × the purchases a client makes ({@link TestPlans#clientValue}). Where the client's numbers
 * give what a client costs today ({@link Signals#costPerClient}), that cost decides. Where they do not, the month's
 * marketing budget is the yardstick: a client whose margin pays for a whole month of it leaves room whatever the
 * channel — a carrier's 9 % is 81 000 ₽ an order and 80 % of orders are repeat ones, ≈ 324 000 ₽ a client
 * against 250 000 ₽ a month. Where neither is known, the percentage still decides ({@link Signals#THIN_MARGIN_PERCENT}).
 */
final class MarginRoom {

    /** A client worth at least this many times what a client costs today leaves room to pay for new clients. */
    static final int TIMES_THE_COST = 3;

    private MarginRoom() {
    }

    /**
     * By the client's own numbers the margin a client leaves pays for today's cost of a client several times, or —
     * that cost unknown — for a whole month of the marketing budget.
     */
    static boolean paysForClients(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        if (worth == null) {
            return false;
        }
        Double cost = Signals.costPerClient(answers);
        if (cost != null) {
            return cost > 0 && worth >= TIMES_THE_COST * cost;
        }
        long monthly = Signals.monthlyBudget(answers);
        return monthly > 0 && namedWorth(answers) >= monthly;
    }

    /**
     * The margin a client leaves by the client's own figures: the orders a client makes counted only from a repeat
     * percent the client named — a band's lower bound is a planning guess, not a reason to overrule the percentage.
     */
    private static double namedWorth(Answers answers) {
        double sale = Signals.marginPerSale(answers).doubleValue();
        return answers.repeatPercent() == null ? sale : sale * TestPlans.purchasesPerClient(answers);
    }

    /**
     * A thin margin refuses a new paid channel, but where clients order again and again, "almost nothing is left" is
     * false by the client's own figures (finding 75: 11's 12 % is ≈ 21 600 ₽ an order, ordered every few weeks): the
     * verdict quotes the margin in percent and in roubles of one order, and says the limit is what the allowable-cost
     * work counts first — not that the sale leaves nothing. That argument holds for a channel paid per customer only: a
     * platform paid a commission on every order ({@link Channel#chargesPerOrder}) is set against the margin instead.
     */
    static Verdict explain(Answers answers, Verdict verdict) {
        if (verdict.reason() != VerdictReason.THIN_MARGIN || !verdict.figures().isEmpty()
                || !Signals.buysAgainAndAgain(answers) || Signals.marginPerSale(answers) == null) {
            return verdict;
        }
        Figure margin = Figure.of(answers.grossMargin().doubleValue(), Unit.PERCENT);
        if (verdict.channel().chargesPerOrder()) {
            // a platform takes its commission on every order, repeat ones included: what a customer is worth over all
            // their orders never pays for it, only a margin above the commission does — the verdict quotes the margin
            // alone, to be set against the commission (finding 142: 11's 12 % under marketplaces)
            return new Verdict(verdict.channel(), verdict.motive(), verdict.kind(), verdict.reason(), verdict.priority(),
                    verdict.rule(), verdict.condition(), java.util.List.of(margin));
        }
        // a channel that lands on the client's own site (a marketplace sells on its own pages), for a client whose site
        // takes no enquiry, waits for that site too: its own reason says so, not «the same as the channel above» (11)
        Condition condition = verdict.condition() == null && verdict.channel().needsSite()
                && verdict.channel() != Channel.MARKETPLACES && Signals.siteMissing(answers)
                ? Condition.AFTER_WEBSITE : verdict.condition();
        return new Verdict(verdict.channel(), verdict.motive(), verdict.kind(), verdict.reason(), verdict.priority(),
                verdict.rule(), condition, java.util.List.of(margin,
                        Figure.of(Signals.marginPerSale(answers).doubleValue(), Unit.RUBLES)));
    }
}
