package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A budget cannot feed more tests than it can pay for: spread thin, none of them reaches a number worth
 * reading. The channels the client already runs keep their money; new acquisition tests, the most needed first
 * and the cheaper first where the need is equal, stay as long as a month of each still fits in what is
 * left ({@link Channel#testBudget()}) after what the running channels cost today by the client's own numbers
 * (or by the catalogue, whichever is more); a channel whose month is a trifle against the budget always stays
 * and takes none of these places (the plan still counts it among the tests at once and may start it in a later
 * wave, {@link TestPlans}); on a small budget at most {@value #PARALLEL_TESTS} stay, each
 * citing the budget. The others wait in the test plan. Strategy, measurement, retention and channels
 * that already bring profit are never cut here.
 */
final class BudgetFocus {

    static final String RULE = "small-budget-focus";
    static final int PARALLEL_TESTS = 2;

    static final Comparator<Draft> NEED_THEN_COST = Comparator.comparingInt((Draft d) -> -d.need().weight())
            .thenComparingLong(d -> d.channel().testBudget()).thenComparing(Draft::channel);

    private BudgetFocus() {
    }

    static List<Exclusions.Exclusion> apply(Answers answers, Map<Channel, Draft> drafts) {
        List<Exclusions.Exclusion> cut = new ArrayList<>();
        long budget = Signals.monthlyBudget(answers);
        if (budget <= 0) {
            return cut;
        }
        // the channels the client runs keep their money — what pays, and what is being measured or fixed —
        // and new tests share what is left
        // (not a channel that drains: the plan gives it no money — it is switched off or capped, finding 71)
        long running = answers.channels().stream().filter(use -> use.outcome() != ChannelOutcome.DRAINS_BUDGET)
                .map(use -> Signals.toCatalogue(use.channel())).distinct()
                .filter(channel -> channel.group() == Channel.Group.ACQUISITION).mapToLong(Channel::testBudget).sum();
        // ... what the client's own numbers say they cost today, where they say so: the plan keeps that money on
        // them (TestPlans.shares), so a new test is paid from what is left after it, not from their money
        long today = Math.round(TestPlans.todaysSpend(answers));
        if (today > 0 && running > 0 && !Signals.clientCostsMoreThanItBrings(answers)) {
            running = Math.max(running, Math.min(today, budget * TestPlans.PAYING_SHARE_PERCENT / 100));
        }
        long left = budget - running;
        boolean small = Signals.smallBudget(answers);
        Reason reason = budgetReason(answers);
        int kept = 0;
        long forTests = left;
        Draft firstCut = null;
        boolean siteToBuild = Signals.siteMissing(answers);
        for (Draft test : drafts.values().stream().filter(Draft::isNewAcquisitionTest)
                // nurturing a long decision costs content, not media: it never waits for money (finding 71)
                .filter(d -> !LongDecisions.nurturingNeedsNoMedia(answers, d.channel())).sorted(NEED_THEN_COST).toList()) {
            // search traffic without a site also pays for the site it needs
            long cost = test.channel().testBudget()
                    + (siteToBuild && test.channel().needsSite() ? Channel.WEBSITE.testBudget() : 0);
            // a channel whose month costs next to nothing against the budget (a map card) never waits for money
            boolean trifle = trifle(test.channel(), budget) && cost == test.channel().testBudget();
            boolean fits = trifle || cost <= left && (!small || kept < PARALLEL_TESTS);
            if (fits) {
                left -= trifle ? 0 : cost;
                siteToBuild &= !test.channel().needsSite();
                kept++;
                if (small) {
                    test.addReason(reason);
                }
            } else {
                firstCut = firstCut == null ? test : firstCut;
                drafts.remove(test.channel());
                // a test the budget could carry alone waits for a slot that a weightier test took; say so
                cut.add(new Exclusions.Exclusion(test.channel(),
                        cost <= forTests ? VerdictReason.SLOT_TAKEN : VerdictReason.SMALL_BUDGET));
            }
        }
        if (drafts.isEmpty() && firstCut != null) {
            // a budget too small for any test still gets the most needed one, citing the budget, not an empty brief
            Channel survivor = firstCut.channel();
            drafts.put(survivor, firstCut);
            cut.removeIf(exclusion -> exclusion.channel() == survivor);
            firstCut.addReason(reason);
        }
        return cut;
    }

    /**
     * Whether a month of this channel costs at most {@value #TRIFLE_PERCENT} % of the monthly budget: it is
     * not a test that competes for money or for a test slot, it is set up and run alongside the others.
     */
    static boolean trifle(Channel channel, long monthlyBudget) {
        return monthlyBudget > 0 && channel.testBudget() * 100 <= monthlyBudget * TRIFLE_PERCENT;
    }

    static final int TRIFLE_PERCENT = 5;

    /** The budget as the client gave it: the figure when there is one, else the band (a header value cited on the constraints). */
    private static Reason budgetReason(Answers answers) {
        BigDecimal figure = answers.monthlyBudget();
        if (figure != null) {
            return Reason.quoting(RULE, AnswerField.MONTHLY_BUDGET, StoredForm.format(figure));
        }
        return new Reason(RULE, AnswerField.CONSTRAINTS, List.of(answers.budget()), answers.excerpt(AnswerField.CONSTRAINTS));
    }
}
