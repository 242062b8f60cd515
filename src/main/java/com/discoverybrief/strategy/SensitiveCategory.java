package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CUSTOMER_ARRIVAL;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.MAPS;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A business people turn to in grief (finding 79: a funeral agency). A reward for bringing the next
 * funeral offends the family and puts the company's name at risk; newsletters, a loyalty programme and
 * ads targeted at the bereaved are the same intrusion. They are left out, with the reason. What brings
 * the next family is being found at once and trusted: the map card with a phone answered day and night,
 * reviews, partners who meet the family first (with no kickbacks).
 *
 * <p>And wherever the need is urgent and bought once or rarely — a decision within days, people
 * searching themselves, a local business — the map card they find first is the first step, not a test
 * among others.
 */
final class SensitiveCategory {

    /** Stems of the product's words that name funeral services (RU and EN). */
    private static final Pattern FUNERAL = Pattern.compile("похорон|ритуальн|кремаци|погребени|funeral|cremation|burial");

    /**
     * What intrudes on a family in grief: paid rewards for referrals, newsletters and mailings to the base,
     * loyalty points, ads and posts that find people in social networks.
     */
    private static final Set<Channel> INTRUSIVE = Set.of(Channel.REFERRAL_PROGRAMME, Channel.EMAIL,
            Channel.LOYALTY_BRANDING, Channel.CRM_MARKETING, Channel.TARGETED_ADS, Channel.SMM);

    private SensitiveCategory() {
    }

    /** The product, in the client's own words, is a funeral service. */
    static boolean grief(Answers answers) {
        return answers.wordFact(Answers.WordFact.GRIEF, a -> a.product() != null
                && FUNERAL.matcher(a.lowerCase(AnswerField.PRODUCT)).find());
    }

    /** {@link VerdictReason#SENSITIVE_CATEGORY} for work that would intrude on a family in grief, otherwise {@code null}. */
    static VerdictReason unfit(Answers answers, Channel channel) {
        return INTRUSIVE.contains(channel) && grief(answers) ? VerdictReason.SENSITIVE_CATEGORY : null;
    }

    /** The need cannot wait: people decide on the spot or within days, and they search for the business themselves. */
    static boolean urgent(Answers answers) {
        return (answers.decisionProcess() == DecisionProcess.IMPULSE || answers.salesCycle() == SalesCycle.UNDER_A_WEEK)
                && answers.customerArrival() == CustomerArrival.THEY_SEARCH;
    }

    /**
     * An urgent local need: the map card is the first thing a person in need finds and calls — put it in
     * order (a phone answered at once, photos, prices, replies to reviews) before anything else. Where the
     * purchase is one-off or rare: the next client is a stranger in need, not someone from the base.
     */
    static final Rule FOUND_AT_ONCE = new Rule("found-at-once",
            answers -> urgent(answers) && Signals.localConsumers(answers) && answers.maps() != MapListings.MAINTAINED
                    && (Signals.buysOnce(answers) || Signals.buysRarely(answers) || grief(answers)),
            (answers, cite) -> {
                List<Reason> reasons = cite.answered(answers, DECISION_PROCESS, SALES_CYCLE, CUSTOMER_ARRIVAL, MAPS);
                Proposal card = Proposal.doFirst(Channel.MAP_LISTINGS, Kpi.MAP_ACTIONS, Horizon.ONE_TO_THREE_MONTHS,
                        Need.FOUND_AT_ONCE, reasons);
                // the card is chosen by its reviews: none or a few, and the person calls the next card
                if (answers.reviews() == Reviews.NONE || answers.reviews() == Reviews.FEW) {
                    return List.of(card, Proposal.doFirst(Channel.REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS,
                            Horizon.ONE_TO_THREE_MONTHS, Need.FOUND_AT_ONCE,
                            Cite.concat(reasons, cite.answers(answers, AnswerField.REVIEWS))));
                }
                return List.of(card);
            });

    /**
     * In grief the next family comes from trust, not from a reward: partners who meet the family first
     * (hospices, care homes, churches) are told what the company does, with no kickbacks; the one follow-up
     * that fits is a single tactful call when the family may need the next thing.
     */
    static final Rule TRUST_IN_GRIEF = new Rule("trust-in-grief", SensitiveCategory::grief,
            (answers, cite) -> List.of(Proposal.test(Channel.PARTNER_MARKETING, Kpi.PARTNER_LEADS,
                    Horizon.THREE_TO_SIX_MONTHS, Need.TRUST, cite.answers(answers, AnswerField.PRODUCT))));

    static final List<Rule> ALL = List.of(FOUND_AT_ONCE, TRUST_IN_GRIEF);
}
