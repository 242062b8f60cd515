package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.AVERAGE_CHECK;
import static com.discoverybrief.strategy.AnswerField.GROSS_MARGIN;

import java.util.List;

/**
 * A sale that earns nothing or loses money (a gross margin of 0 % or below, finding 36): every new
 * client only adds to the loss, so no plan grows the number of orders. The economics of an order come
 * first — what one order really costs, then the price, the minimum order, the delivery fee, the promo
 * codes, the assortment — and the KPI of this phase is the margin per order, not what a client costs.
 * New acquisition tests and paid rewards wait ({@link #unfit}); the channels running today are kept and
 * measured, never scaled.
 */
final class MarginRules {

    static final String NO_MARGIN_RULE = "no-margin";

    /** Every order earns nothing or loses money: the order's economics before anything that brings more orders. */
    static final Rule NO_MARGIN = new Rule(NO_MARGIN_RULE, MarginRules::noMargin,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, GROSS_MARGIN), cite.answered(answers, AVERAGE_CHECK));
                return List.of(
                        Proposal.doFirst(Channel.UNIT_ECONOMICS, Kpi.MARGIN_PER_SALE, Horizon.TWO_TO_FOUR_WEEKS,
                                Need.NO_MARGIN, reasons),
                        Proposal.doFirst(Channel.PRICING, Kpi.MARGIN_PER_SALE, Horizon.ONE_TO_THREE_MONTHS,
                                Need.NO_MARGIN, reasons));
            });

    static final List<Rule> ALL = List.of(NO_MARGIN);

    private MarginRules() {
    }

    /** The client gave a gross margin of 0 % or below: a sale earns nothing after its costs. */
    static boolean noMargin(Answers answers) {
        return answers.grossMargin() != null && answers.grossMargin().signum() <= 0;
    }

    /**
     * While an order earns nothing, a new acquisition test and a programme that pays rewards per order
     * (referrals, loyalty) only buy more losses: {@link VerdictReason#NO_MARGIN}. What runs today is not
     * touched here (it is kept and measured).
     */
    static VerdictReason unfit(Answers answers, Channel channel, Draft draft) {
        if (!noMargin(answers) || draft.isKept() || Signals.runs(answers, channel)) {
            return null;
        }
        boolean newAcquisition = channel.group() == Channel.Group.ACQUISITION && draft.stage() == Stage.TEST;
        boolean paysRewards = channel == Channel.REFERRAL_PROGRAMME || channel == Channel.LOYALTY_BRANDING;
        return newAcquisition || paysRewards ? VerdictReason.NO_MARGIN : null;
    }

    /**
     * The margin per order that pays for what a client costs today: today's cost per client (cost per
     * lead / conversion) spread over the orders a client makes; {@code null} when the client's numbers do
     * not give it. The target of the economics work when a sale earns nothing.
     */
    static Double breakEvenMargin(Answers answers) {
        Double cost = Signals.costPerClient(answers);
        if (cost == null) {
            return null;
        }
        return cost / TestPlans.purchasesPerClient(answers);
    }
}
