package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.LOYALTY;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A decision of months (findings 67, 71): the cheapest deals are the enquiries and the base the client
 * already has. Where the client names how leads go cold and keeps them in a CRM, nurturing them comes before
 * any new test; nurturing a long decision costs content and a CRM, not media, so it never waits for budget
 * ({@link BudgetFocus}); and recommendations the client has counted ("6 of 40 sales") are a channel that
 * works, kept rather than tested.
 */
final class LongDecisions {

    /** Words of enquiries, as opposed to clients who bought: the loss named is of leads. */
    private static final Pattern LEADS = Pattern.compile("заявк|лид(?:ы|ов)?(?![а-яё])|обращени|потенциальн|lead|prospect"
            + "|enquir|inquir");
    /** A counted share: "6 из 40", "15 %", "6 of 40". */
    private static final Pattern SHARE = Pattern.compile("\\d+\\s*(?:из|of|out of)\\s*\\d+|\\d+(?:[,.]\\d+)?\\s*%");
    /** Words of people brought by others. */
    private static final Pattern REFERRED = Pattern.compile("привод|привел|привёл|рекоменд|друз|знаком|сарафан|по совету"
            + "|refer|friend|word of mouth");

    private LongDecisions() {
    }

    /** A long decision with a base in a CRM or a list, and a named loss of leads: nurture them before new tests. */
    static final Rule NURTURE_LOST_LEADS = new Rule("nurture-lost-leads",
            answers -> Signals.longDecision(answers) && keepsABase(answers) && leadsGoCold(answers),
            (answers, cite) -> List.of(Proposal.doFirst(Channel.LEAD_NURTURING, Kpi.OPPORTUNITIES_FROM_NURTURING,
                    Horizon.THREE_TO_SIX_MONTHS, Need.LONG_DECISION, Cite.concat(cite.answers(answers, CHURN_REASONS),
                            cite.answered(answers, SALES_CYCLE, CUSTOMER_BASE)))));

    /** Recommendations the client has counted: a working channel, kept and turned into a system. */
    static final Rule REFERRALS_COUNTED = new Rule("referrals-counted",
            answers -> referralsCounted(answers) && !Signals.runs(answers, Channel.REFERRAL_PROGRAMME),
            (answers, cite) -> List.of(Proposal.keep(Channel.REFERRAL_PROGRAMME, Stage.KEEP, Kpi.REFERRAL_SHARE,
                    Horizon.THREE_TO_SIX_MONTHS, cite.answers(answers, LOYALTY))));

    static final List<Rule> ALL = List.of(NURTURE_LOST_LEADS, REFERRALS_COUNTED);

    /**
     * Nurturing a long decision (a committee, or months) works the enquiries and the base the client already
     * has — content and a CRM, not bought media — so it is never cut for a lack of money.
     */
    static boolean nurturingNeedsNoMedia(Answers answers, Channel channel) {
        return channel == Channel.LEAD_NURTURING && Signals.longDecision(answers);
    }

    private static boolean keepsABase(Answers answers) {
        return answers.customerBase() == CustomerBase.CRM || answers.customerBase() == CustomerBase.EMAIL_LIST
                || answers.customerBase() == CustomerBase.CRM_AND_EMAIL;
    }

    /** The client names how leads are lost: in words of enquiries, or for a one-off purchase (nobody else leaves). */
    static boolean leadsGoCold(Answers answers) {
        String reasons = answers.churnReasons();
        return reasons != null && !reasons.isBlank()
                && (Signals.buysOnce(answers) || LEADS.matcher(answers.lowerCase(AnswerField.CHURN_REASONS)).find());
    }

    /** The loyalty answer counts the sales that recommendations bring. */
    static boolean referralsCounted(Answers answers) {
        String loyalty = answers.loyalty();
        if (loyalty == null || loyalty.isBlank()) {
            return false;
        }
        String lower = answers.lowerCase(AnswerField.LOYALTY);
        return SHARE.matcher(lower).find() && REFERRED.matcher(lower).find();
    }
}
