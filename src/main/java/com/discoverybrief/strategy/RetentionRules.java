package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CHURN_REASONS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.LOYALTY;
import static com.discoverybrief.strategy.AnswerField.PURCHASE_FREQUENCY;
import static com.discoverybrief.strategy.AnswerField.REPEAT_PERCENT;
import static com.discoverybrief.strategy.AnswerField.REPEAT_SHARE;
import static com.discoverybrief.strategy.AnswerField.REVIEWS;
import static com.discoverybrief.strategy.AnswerField.SEASON_START;
import static com.discoverybrief.strategy.Channel.CRM_MARKETING;
import static com.discoverybrief.strategy.Channel.EMAIL;
import static com.discoverybrief.strategy.Channel.LOYALTY_BRANDING;
import static com.discoverybrief.strategy.Channel.ONBOARDING_CHURN;
import static com.discoverybrief.strategy.Channel.PARTNER_MARKETING;
import static com.discoverybrief.strategy.Channel.REFERRAL_PROGRAMME;
import static com.discoverybrief.strategy.Channel.REVIEWS_REPUTATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retention and repeat sales, the seed's third process: "keeping a client is cheaper than finding a
 * new one" — as far as the client buys again. How often a client buys decides what retention is:
 * reminders, a base and loyalty where purchases repeat every few weeks or months; reviews, referrals
 * and partners where a client buys once, with the reason a loyalty programme would not pay there
 * (see {@link Exclusions}).
 */
final class RetentionRules {

    /**
     * No base to work with: build it in a CRM first, newsletters only once there is someone to write
     * to. It weighs most where clients buy again and again; a one-off purchase keeps the contacts to
     * ask for reviews and referrals.
     */
    /** The reasons of a one-off business's contact base: kept to ask for reviews and referrals, not to mail. */
    static final Cite KEEP_CONTACTS = new Cite("keep-contacts");

    /**
     * The base lives in a spreadsheet (finding 62): there is a base, kept badly — it is moved to a CRM within a
     * month and the first reminders go out at once; never "there is no base".
     */
    static final Cite BASE_IN_TABLE = new Cite("base-in-table");

    /** Why a seller on marketplaces builds a base of their own, and how, beside "no customer base". */
    static final Cite MARKETPLACE_BUYERS = new Cite("marketplace-buyers");

    /**
     * How a local business on a platform gets its customers' contacts (finding 130): the platform gives the phone, or
     * the client meets the customer — no parcel to put a card in.
     */
    static final Cite MARKETPLACE_BUYERS_LOCAL = new Cite("marketplace-buyers-local");

    /**
     * How a walk-in food business whose platform is a delivery aggregator gets its customers back (finding 140: 47,
     * shawarma delivered by Yandex Eda): the aggregator passes no phone and the customer is never met — a flyer in the
     * delivery bag with a review on the maps and a discount at the window.
     */
    static final Cite MARKETPLACE_BUYERS_DELIVERY = new Cite("marketplace-buyers-delivery");

    /**
     * How a business whose platform sells bookings gets its guests back (finding 140: 71, a family hotel on Ostrovok):
     * the point is the next booking without the platform's commission, not a review.
     */
    static final Cite MARKETPLACE_BUYERS_BOOKING = new Cite("marketplace-buyers-booking");

    /** The words of the client where the platform is named: where the orders come from and what binds them. */
    private static final List<AnswerField> PLATFORM_WORDS = List.of(AnswerField.ONLINE_PRESENCE, AnswerField.CONSTRAINTS);

    /** Whether the client's words about the platform name any of these stems. */
    private static boolean platformSays(Answers answers, List<String> stems) {
        for (AnswerField field : PLATFORM_WORDS) {
            String words = answers.lowerCase(field);
            if (words != null && stems.stream().anyMatch(words::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a local business on a platform gets its customers' contacts (findings 130, 140): a platform that sells bookings
     * — the next booking direct; a food delivery aggregator of a walk-in business — a flyer in the bag; otherwise the
     * platform gives the phone or the client meets the customer.
     */
    static Cite localContacts(Answers answers) {
        if (platformSays(answers, List.of("брон", "booking"))) {
            return MARKETPLACE_BUYERS_BOOKING;
        }
        if (Signals.walkIn(answers) && platformSays(answers, List.of("доставк", "delivery"))) {
            return MARKETPLACE_BUYERS_DELIVERY;
        }
        return MARKETPLACE_BUYERS_LOCAL;
    }

    static final Rule NO_CUSTOMER_BASE = new Rule("no-customer-base",
            answers -> Signals.noCustomerBase(answers) && Signals.hasClients(answers),
            (answers, cite) -> {
                Cite base = inTable(answers) ? BASE_IN_TABLE : cite;
                List<Reason> reasons = Cite.concat(base.answers(answers, CUSTOMER_BASE),
                        base.answered(answers, PURCHASE_FREQUENCY));
                if (Signals.runs(answers, Channel.MARKETPLACES) && answers.site() != Site.ONLINE_SHOP) {
                    // a marketplace keeps its buyers' contacts: say how the seller gets them anyway — a card in the
                    // parcel only where the goods are shipped to buyers across the country; a local business meets its
                    // customers or gets their phone from the platform (finding 130)
                    Cite contacts = Signals.localConsumers(answers) ? localContacts(answers) : MARKETPLACE_BUYERS;
                    reasons = Cite.concat(reasons, List.of(Reason.of(contacts.rule(), AnswerField.CHANNELS,
                            CurrentChannel.MARKETPLACES)));
                }
                if (Signals.buysOnce(answers)) {
                    return List.of(Proposal.test(CRM_MARKETING, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.GROWTH, Cite.concat(KEEP_CONTACTS.answers(answers, CUSTOMER_BASE),
                                    KEEP_CONTACTS.answered(answers, PURCHASE_FREQUENCY))));
                }
                // clients who already come back without a base show a gap, not a leak: the base weighs less
                // a base kept in a table is kept badly, not missing: it weighs what an unkept base weighs
                Need need = Signals.buysAgainAndAgain(answers) && Signals.repeatShare(answers) != RepeatShare.HIGH
                        && !inTable(answers) ? Need.NO_BASE : Need.BASE_UNKEPT;
                List<Proposal> proposals = new ArrayList<>();
                proposals.add(Proposal.doFirst(CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                        need, reasons));
                if (!Signals.buysRarely(answers) && !keepsInTouchByMessenger(answers)) {
                    proposals.add(Proposal.test(EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.GROWTH, reasons));
                }
                return proposals;
            });

    /**
     * Clients who should come back do not: find out where they drop off and fix the first weeks, then
     * remind and offer something personal; a loyalty programme only where purchases are known to repeat
     * every few weeks or months.
     */
    static final Rule LOW_REPEAT_PURCHASES = new Rule("low-repeat-purchases",
            answers -> Signals.lowRepeatPurchases(answers) && !Signals.buysOnce(answers) && !Signals.buysRarely(answers),
            (answers, cite) -> {
                List<Reason> reasons = Cite.concat(Cite.concat(cite.answered(answers, REPEAT_SHARE, REPEAT_PERCENT),
                        cite.answered(answers, PURCHASE_FREQUENCY)), cite.answered(answers, CHURN_REASONS));
                List<Proposal> proposals = new ArrayList<>();
                if (Signals.buysAgainAndAgain(answers)) {
                    proposals.add(Proposal.doFirst(ONBOARDING_CHURN, Kpi.RETENTION_RATE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.CHURN, reasons));
                    // points and perks keep consumers; a business stays for the service itself
                    if (!Signals.sellsToBusinessesOnly(answers)) {
                        proposals.add(Proposal.test(LOYALTY_BRANDING, Kpi.REPEAT_PURCHASE_RATE,
                                Horizon.THREE_TO_SIX_MONTHS, Need.GROWTH, reasons));
                    }
                }
                Need need = Signals.buysAgainAndAgain(answers) ? Need.CHURN : Need.GROWTH;
                proposals.add(Proposal.test(CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE, Horizon.THREE_TO_SIX_MONTHS,
                        need, reasons));
                proposals.add(Proposal.test(EMAIL, Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS, need, reasons));
                return proposals;
            });

    /** Clients leave because they outgrow what they buy: a bigger offer for them, in good time. */
    static final Cite CHURN_OUTGROWN = new Cite("churn-outgrown");

    /**
     * Business clients leave for a lower price at a renewal or a re-tender: the work and the price reviewed with them
     * before they compare. Not for consumers (no contract to revisit), nor where partners leave because the client's
     * own channel undercuts them — that is one retail price ({@link PartnerChurn}).
     */
    static final Cite CHURN_PRICE = new Cite("churn-price");

    /**
     * Business clients leave for a competitor's trade terms (equipment, deferred payment): a regular contact with each
     * account and the client's own terms offered before the account compares (finding 82: 78).
     */
    static final Cite CHURN_TERMS = new Cite("churn-terms");

    /** Clients leave for a season: a pause instead of a cancellation, the place kept, the dip planned for. */
    static final Cite CHURN_SEASONAL = new Cite("churn-seasonal");

    private static boolean reviewsPrice(Answers answers) {
        return Signals.sellsToBusinessesOnly(answers) && !PartnerChurn.partnersLeave(answers);
    }

    /**
     * The client knows why people leave: answer exactly that. Where clients leave for good it is the
     * first thing to fix; where most stay, it is a test.
     */
    static final Rule CHURN_REASONS_KNOWN = new Rule("churn-reasons-known",
            answers -> answers.isAnswered(CHURN_REASONS) && !Signals.buysOnce(answers) && !LostCalls.beforeTheSale(answers),
            (answers, given) -> {
                // the answer follows the reason: a bigger offer for those who outgrow, price and terms before a
                // re-tender — "the first weeks of a new client" only where that is where they leave (adv13h)
                ChurnCause cause = ChurnCause.of(answers);
                Cite cite = cause == ChurnCause.OUTGROWN ? CHURN_OUTGROWN : cause == ChurnCause.PRICE && reviewsPrice(answers)
                        ? CHURN_PRICE : cause == ChurnCause.TERMS && reviewsPrice(answers) ? CHURN_TERMS : given;
                List<Reason> reasons = Cite.concat(cite.answers(answers, CHURN_REASONS),
                        cite.answered(answers, REPEAT_SHARE, REPEAT_PERCENT));
                // a season named among the reasons gets its own answer, whatever the words name first
                if (SeasonalChurn.named(answers)) {
                    reasons = Cite.concat(reasons, CHURN_SEASONAL.answers(answers, CHURN_REASONS));
                }
                if (Signals.churnProblem(answers)) {
                    return List.of(Proposal.doFirst(ONBOARDING_CHURN, Kpi.RETENTION_RATE, Horizon.THREE_TO_SIX_MONTHS,
                            Need.CHURN, reasons));
                }
                return List.of(Proposal.test(ONBOARDING_CHURN, Kpi.RETENTION_RATE, Horizon.THREE_TO_SIX_MONTHS,
                        Need.GROWTH, reasons));
            });

    /**
     * One-off and rare purchases grow by trust: every happy client leaves a review and brings the next
     * one, and partners who meet the client first send them on. It weighs most for a one-off purchase,
     * where nothing else brings the next client. A business buyer is won by references and cases —
     * the content of lead nurturing — rather than a referral programme or ratings.
     */
    /**
     * «Один раз» ticked while the client's repeat figures say clients come back (finding 135: carpets cleaned «каждую
     * весну и осень»): the trust rule's reason is the return the figures and words give, never the tick.
     */
    static final Cite COME_BACK_DESPITE_THE_TICK = new Cite("buys-once-comes-back");

    static final Rule BUYS_ONCE_OR_RARELY = new Rule("buys-once",
            answers -> Signals.buysOnce(answers) || Signals.buysRarely(answers),
            (answers, cite) -> {
                // a one-off tick the client's own figures contradict is no reason: they come back (finding 135: 45)
                List<Reason> reasons = Signals.repeatContradictsOneOff(answers)
                        ? COME_BACK_DESPITE_THE_TICK.answered(answers,
                                answers.isAnswered(REPEAT_PERCENT) ? REPEAT_PERCENT : REPEAT_SHARE, LOYALTY)
                        : Cite.concat(cite.answers(answers, PURCHASE_FREQUENCY), cite.answered(answers, LOYALTY));
                Need need = Signals.buysOnce(answers) ? Need.TRUST : Need.GROWTH;
                List<Proposal> proposals = new ArrayList<>();
                if (!Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.test(REFERRAL_PROGRAMME, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                            need, reasons));
                }
                if (answers.reviews() != Reviews.GOOD && !Signals.sellsToBusinessesOnly(answers)) {
                    proposals.add(Proposal.test(REVIEWS_REPUTATION, Kpi.RATING_AND_REVIEWS, Horizon.ONE_TO_THREE_MONTHS,
                            need, Cite.concat(reasons, cite.answered(answers, REVIEWS))));
                }
                if (Signals.buysOnce(answers)) {
                    proposals.add(Proposal.test(PARTNER_MARKETING, Kpi.PARTNER_LEADS, Horizon.THREE_TO_SIX_MONTHS,
                            need, reasons));
                }
                return proposals;
            });

    /** The reminder of a rare purchase, for a seasonal business: before the next season. */
    static final Cite REMIND_BEFORE_NEXT_SEASON = new Cite("remind-rare-seasonal");

    /**
     * A rare purchase with a base to write to: remind past clients when it is time again, with their last
     * purchase in mind, instead of a loyalty programme they would forget in between. The example of "when it
     * is time" is the client's own (finding 84): the next season for a seasonal business; otherwise none —
     * "the yearly service" means nothing to a buyer of phone cases, flowers, a course or a used car.
     */
    static final Rule REMIND_RARE_BUYERS = new Rule("remind-rare-buyers",
            answers -> Signals.buysRarely(answers) && !Signals.buysYearly(answers) && answers.customerBase() != null
                    && !Signals.noCustomerBase(answers),
            (answers, given) -> remindRareBuyers(answers,
                    answers.seasonality() == Seasonality.SEASONAL ? REMIND_BEFORE_NEXT_SEASON : given));

    /**
     * A purchase made every few years is not bought again within the plan: the reminder is judged by the past
     * customers who answer it with an enquiry, not by a share of repeat purchases that moves in years (finding 84).
     */
    private static List<Proposal> remindRareBuyers(Answers answers, Cite cite) {
        boolean everyFewYears = answers.purchaseFrequency() == PurchaseFrequency.RARE;
        return List.of(Proposal.test(answers.customerBase() == CustomerBase.EMAIL_LIST ? EMAIL : CRM_MARKETING,
                    everyFewYears ? Kpi.PAST_CLIENT_LEADS : Kpi.REPEAT_PURCHASE_RATE,
                    everyFewYears ? Horizon.THREE_TO_SIX_MONTHS : Horizon.SIX_TO_TWELVE_MONTHS, Need.PAST_CLIENTS,
                    Cite.concat(cite.answers(answers, PURCHASE_FREQUENCY), cite.answers(answers, CUSTOMER_BASE))));
    }

    /**
     * A purchase made every few years: a reminder line is judged by the enquiries of past customers within the plan,
     * whichever rule made it — the base moved from a table, the own sources of a client moving off one platform — not
     * by a share of repeat purchases read after it (finding 129).
     */
    static void readRareRemindersOnEnquiries(Answers answers, Map<Channel, Draft> drafts) {
        if (answers.purchaseFrequency() != PurchaseFrequency.RARE) {
            return;
        }
        for (Channel channel : List.of(CRM_MARKETING, EMAIL)) {
            Draft reminder = drafts.get(channel);
            if (reminder != null && reminder.kpi() == Kpi.REPEAT_PURCHASE_RATE) {
                reminder.measureBy(Kpi.PAST_CLIENT_LEADS);
            }
        }
    }

    /**
     * A client who buys once, with a referral line beside the base: the base does not read the same share of customers by
     * recommendation with the same lever (finding 154). Its job is the ask after the job is handed over — a recommendation
     * and a review with photos of the result — and it is read on those reviews. Where the work leaves nothing to photograph
     * (a flat sold, finding 162), the ask comes after the deal, for a review where people look for the client.
     */
    static void askOneOffBuyersForReviews(Answers answers, Map<Channel, Draft> drafts) {
        Draft base = drafts.get(CRM_MARKETING);
        Draft referrals = drafts.get(Channel.REFERRAL_PROGRAMME);
        if (Signals.buysOnce(answers) && base != null && referrals != null && base.kpi() == Kpi.REFERRAL_SHARE
                && referrals.kpi() == Kpi.REFERRAL_SHARE) {
            // a review comes within weeks of the handover, not in the months a share of referrals takes
            base.measureBy(VisibleResult.of(answers) ? Kpi.REVIEWS_WITH_PHOTOS : Kpi.REVIEWS_AFTER_DEAL,
                    Horizon.ONE_TO_THREE_MONTHS);
        }
    }

    /**
     * Clients who buy once a year or once a season, with a base to write to: a reminder a few weeks
     * before the next season (its first month, when the client named it) or the year's date, with last
     * time's purchase in mind — not points that wait a whole year to be spent.
     */
    static final Rule REMIND_BEFORE_SEASON = new Rule("remind-before-season",
            answers -> Signals.buysYearly(answers) && answers.customerBase() != null && !Signals.noCustomerBase(answers),
            (answers, cite) -> List.of(Proposal.test(answers.customerBase() == CustomerBase.EMAIL_LIST ? EMAIL : CRM_MARKETING,
                    Kpi.REPEAT_PURCHASE_RATE, Horizon.SIX_TO_TWELVE_MONTHS, Need.PAST_CLIENTS,
                    // "one-off" ticked against the figures: the interval is in the client's words, not in the tick
                    Cite.concat(Cite.concat(cite.answers(answers, Signals.repeatContradictsOneOff(answers) ? LOYALTY
                            : PURCHASE_FREQUENCY), cite.answers(answers, CUSTOMER_BASE)),
                            Signals.seasonal(answers) ? cite.answered(answers, SEASON_START) : List.of()))));

    /** Clients who love the company already: give them a reason and a way to bring friends. */
    static final Rule HAPPY_CLIENTS = new Rule("happy-clients",
            answers -> (answers.reviews() == Reviews.GOOD || Signals.repeatShare(answers) == RepeatShare.HIGH)
                    && !Signals.runs(answers, REFERRAL_PROGRAMME) && !Signals.sellsToBusinessesOnly(answers),
            (answers, cite) -> {
                List<Reason> reasons = new ArrayList<>();
                if (answers.reviews() == Reviews.GOOD) {
                    reasons.add(cite.answer(answers, REVIEWS));
                }
                if (Signals.repeatShare(answers) == RepeatShare.HIGH) {
                    reasons.addAll(cite.answered(answers, REPEAT_SHARE, REPEAT_PERCENT));
                }
                return List.of(Proposal.test(REFERRAL_PROGRAMME, Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS,
                        Need.GROWTH, reasons));
            });

    /**
     * A free plan or trial with sign-ups counted: the sign-ups are people using the product, not leads
     * lost by sales. Those who reach the first result start paying, so the first work is activation —
     * the first steps in the product, e-mails and prompts by behaviour, limits of the free plan — and its
     * number is the share of sign-ups who start paying.
     */
    static final Rule FREE_TIER_ACTIVATION = new Rule("free-tier-activation",
            answers -> (answers.isAnswered(AnswerField.LEAD_CONVERSION) || answers.isAnswered(AnswerField.LEADS_PER_MONTH))
                    && Signals.freeTier(answers),
            (answers, cite) -> List.of(Proposal.doFirst(ONBOARDING_CHURN, Kpi.FREE_TO_PAID, Horizon.ONE_TO_THREE_MONTHS,
                    Need.FREE_USERS_UNCONVERTED, cite.answered(answers, AnswerField.PRODUCT, AnswerField.LEADS_PER_MONTH,
                            AnswerField.LEAD_CONVERSION))));

    static final List<Rule> ALL = List.of(FREE_TIER_ACTIVATION, NO_CUSTOMER_BASE, LOW_REPEAT_PURCHASES, CHURN_REASONS_KNOWN,
            BUYS_ONCE_OR_RARELY, REMIND_RARE_BUYERS, REMIND_BEFORE_SEASON, HAPPY_CLIENTS);

    private RetentionRules() {
    }

    /**
     * A one-person local service — a master, a tutor — whose clients book in a messenger: reminders go
     * there, from the base (the CRM step), not as e-mail newsletters nobody on either side would read.
     */
    static boolean inTable(Answers answers) {
        return answers.customerBase() == CustomerBase.SPREADSHEET;
    }

    /** The rule a reason about the missing or badly kept base is signed with. */
    static String baseRule(Answers answers) {
        return inTable(answers) ? BASE_IN_TABLE.rule() : NO_CUSTOMER_BASE.id();
    }

    static boolean keepsInTouchByMessenger(Answers answers) {
        return answers.companySize() == CompanySize.SOLO && Signals.localConsumers(answers);
    }
}
