package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.REPEAT_SHARE;
import static com.discoverybrief.strategy.Channel.CRM_MARKETING;
import static com.discoverybrief.strategy.Channel.EMAIL;
import static com.discoverybrief.strategy.Channel.LOYALTY_BRANDING;

import java.util.List;

/**
 * Retention and repeat sales, the seed's third process: "keeping a client is cheaper than finding a
 * new one". These rules raise retention above new acquisition tests (see {@link Ranking}).
 */
final class RetentionRules {

    /** No base to work with: build it in a CRM first; newsletters only once there is someone to write to. */
    static final Rule NO_CUSTOMER_BASE = new Rule("no-customer-base", Signals::noCustomerBase,
            (answers, cite) -> List.of(
                    Proposal.doFirst(CRM_MARKETING, Kpi.CUSTOMER_LIFETIME_VALUE, Horizon.ONE_TO_THREE_MONTHS,
                            cite.answers(answers, CUSTOMER_BASE)),
                    Proposal.test(EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                            cite.answers(answers, CUSTOMER_BASE)).after(Condition.AFTER_CUSTOMER_BASE)));

    /** Few clients come back: remind them, offer them something personal, give them reasons to stay. */
    static final Rule LOW_REPEAT_PURCHASES = new Rule("low-repeat-purchases", Signals::lowRepeatPurchases,
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(cite.answers(answers, REPEAT_SHARE),
                        cite.answered(answers, CHURN_REASONS));
                return List.of(
                        Proposal.test(EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, reasons),
                        Proposal.test(CRM_MARKETING, Kpi.CUSTOMER_LIFETIME_VALUE, Horizon.THREE_TO_SIX_MONTHS, reasons),
                        Proposal.test(LOYALTY_BRANDING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                                reasons));
            });

    /** The client knows why people leave: answer exactly that, client by client, from the base. */
    static final Rule CHURN_REASONS_KNOWN = new Rule("churn-reasons-known",
            answers -> answers.isAnswered(CHURN_REASONS),
            (answers, cite) -> List.of(Proposal.test(CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE,
                    Horizon.THREE_TO_SIX_MONTHS, cite.answers(answers, CHURN_REASONS))));

    static final List<Rule> ALL = List.of(NO_CUSTOMER_BASE, LOW_REPEAT_PURCHASES, CHURN_REASONS_KNOWN);

    private RetentionRules() {
    }
}
