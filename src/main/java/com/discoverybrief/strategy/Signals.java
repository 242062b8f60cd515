package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The readings of the answers that more than one part of the engine relies on — rules, the
 * invariants, readiness, the checklist, the test plan and the summary — so that "the USP is unclear"
 * means the same thing everywhere.
 */
final class Signals {

    /** Below this monthly budget in roubles only two new tests run at a time, and the cheapest come first. */
    static final long SMALL_BUDGET = 50_000;
    /** A gross margin below this percentage leaves little to pay for a client. */
    static final int THIN_MARGIN_PERCENT = 20;
    /** A repeat share below this percentage counts as low. */
    static final int LOW_REPEAT_PERCENT = 20;

    private Signals() {
    }

    /** No USP the client can state clearly: vague, none, or not asked yet. */
    static boolean uspUnclear(Answers answers) {
        return answers.uspClarity() != UspClarity.CLEAR || uspOnlyAssumed(answers);
    }

    /** "The USP is clear" is only our assumption: an assumed USP is an open USP until clients confirm it. */
    static boolean uspOnlyAssumed(Answers answers) {
        return answers.uspClarity() == UspClarity.CLEAR && answers.evidence(AnswerField.USP_CLARITY) == Evidence.ASSUMPTION;
    }

    /** The USP was asked about and is blurry or missing: the strategy has a hole even if text is filled in. */
    static boolean uspBlurry(Answers answers) {
        return answers.uspClarity() == UspClarity.VAGUE || answers.uspClarity() == UspClarity.NONE
                || uspOnlyAssumed(answers);
    }

    /** The segments or pains are missing: the seed's "who is our client, what hurts them". */
    static boolean audienceUnknown(Answers answers) {
        return !answers.isAnswered(AnswerField.SEGMENTS) || !answers.isAnswered(AnswerField.PAINS);
    }

    /** The audience is said to be "everyone", or the client does not know it. */
    static boolean audienceBroad(Answers answers) {
        return answers.audienceClarity() == AudienceClarity.EVERYONE
                || answers.audienceClarity() == AudienceClarity.UNKNOWN
                // "segments named with evidence" that is only our assumption is no evidence
                || answers.audienceClarity() != null && answers.evidence(AnswerField.AUDIENCE_CLARITY) == Evidence.ASSUMPTION;
    }

    /** Nobody can say who the client is: unknown, or "everyone". */
    static boolean audienceUndefined(Answers answers) {
        return audienceUnknown(answers) || audienceBroad(answers);
    }

    /** No tracking at all, or not asked yet; partial analytics still measure something. */
    static boolean analyticsAbsent(Answers answers) {
        return answers.analytics() == null || answers.analytics() == AnalyticsLevel.NO;
    }

    /** Nothing a retention campaign could be sent to: no base or a spreadsheet. */
    static boolean noCustomerBase(Answers answers) {
        return answers.customerBase() == CustomerBase.NONE || answers.customerBase() == CustomerBase.SPREADSHEET;
    }

    /**
     * The client already has clients to keep: it attracts them somehow, or knows how many come back.
     * A start-up without a sale needs no CRM yet.
     */
    static boolean hasClients(Answers answers) {
        return answers.isAnswered(AnswerField.CHANNELS) || answers.isAnswered(AnswerField.REPEAT_PERCENT)
                || answers.isAnswered(AnswerField.CHURN_REASONS) || answers.isAnswered(AnswerField.LOYALTY)
                || (answers.repeatShare() != null && answers.repeatShare() != RepeatShare.UNKNOWN);
    }

    /** The repeat share as a band: the one chosen, or the one the percentage falls into. */
    static RepeatShare repeatShare(Answers answers) {
        if (answers.repeatShare() != null && answers.repeatShare() != RepeatShare.UNKNOWN) {
            return answers.repeatShare();
        }
        BigDecimal percent = answers.repeatPercent();
        if (percent == null) {
            return answers.repeatShare();
        }
        int value = percent.intValue();
        return value < LOW_REPEAT_PERCENT ? RepeatShare.LOW : value <= 50 ? RepeatShare.MEDIUM : RepeatShare.HIGH;
    }

    static boolean lowRepeatPurchases(Answers answers) {
        return repeatShare(answers) == RepeatShare.LOW;
    }

    static boolean buysOnce(Answers answers) {
        return answers.purchaseFrequency() == PurchaseFrequency.ONE_OFF && !repeatContradictsOneOff(answers);
    }

    /**
     * Rare purchases — every few years, or once a year or a season — or "one-off" ticked while the
     * client's repeat figures say clients do come back.
     */
    static boolean buysRarely(Answers answers) {
        return answers.purchaseFrequency() == PurchaseFrequency.RARE || buysYearly(answers)
                || answers.purchaseFrequency() == PurchaseFrequency.ONE_OFF && repeatContradictsOneOff(answers);
    }

    /**
     * Once a year or once a season: the client comes back when the season or the year comes round again — ticked,
     * or "one-off" ticked against the client's figures while their words name the year or the season (finding 57).
     */
    static boolean buysYearly(Answers answers) {
        return answers.purchaseFrequency() == PurchaseFrequency.YEARLY
                || repeatContradictsOneOff(answers) && YearlyReturn.said(answers);
    }

    /**
     * "One-off" is ticked, yet a large share of clients buys again (30 % or more, or "high"): the figures
     * weigh more than the tick, the purchase is treated as a rare one, and the brief asks to check it.
     */
    static boolean repeatContradictsOneOff(Answers answers) {
        return answers.purchaseFrequency() == PurchaseFrequency.ONE_OFF
                && (answers.repeatPercent() != null && answers.repeatPercent().intValue() >= 30
                        || answers.repeatShare() == RepeatShare.HIGH);
    }

    /** Clients buy every few weeks or months, so keeping them pays again and again. */
    static boolean buysAgainAndAgain(Answers answers) {
        return answers.purchaseFrequency() == PurchaseFrequency.REGULAR
                || answers.purchaseFrequency() == PurchaseFrequency.FREQUENT;
    }

    /** Nobody said how often a client buys. */
    static boolean frequencyUnknown(Answers answers) {
        return answers.purchaseFrequency() == null || answers.purchaseFrequency() == PurchaseFrequency.UNKNOWN;
    }

    /**
     * Clients who should come back do not: few repeat purchases, or reasons for leaving, where buying
     * again is the model (or nobody said it is not). Low repeat purchases of a one-off or rare purchase
     * are the nature of the business, not a problem.
     */
    static boolean churnProblem(Answers answers) {
        if (buysOnce(answers) || buysRarely(answers)) {
            return false;
        }
        return lowRepeatPurchases(answers)
                // a share lost every month is churn whatever the repeat share says (finding 82)
                || NamedChurn.monthly(answers)
                // ... and so are accounts lost counted out of how many the client had (finding 82: 78)
                || NamedChurn.counted(answers)
                // calls nobody took, chats answered hours later are enquiries lost before anyone bought, not
                // clients who left (findings 64, 76)
                || answers.isAnswered(AnswerField.CHURN_REASONS) && !LostCalls.beforeTheSale(answers)
                && repeatShare(answers) != RepeatShare.HIGH;
    }

    /** No site, or a business card that captures no enquiry. */
    static boolean siteMissing(Answers answers) {
        return answers.site() == Site.NONE || answers.site() == Site.BUSINESS_CARD;
    }

    /**
     * No room for more clients now: "at the limit" ticked — except a seasonal business whose limit is its
     * season, met outside it or working towards months outside it, where there is room (finding 63,
     * {@link SeasonalCapacity}).
     */
    static boolean atCapacity(Answers answers) {
        return answers.capacity() == Capacity.AT_LIMIT && !SeasonalCapacity.roomNow(answers);
    }

    /** Consumers who come to an address in one city or region: they look on maps and read reviews there. */
    static boolean localConsumers(Answers answers) {
        return answers.businessModel() != BusinessModel.B2B && answers.site() != Site.ONLINE_SHOP
                && (answers.geography() == Geography.CITY || answers.geography() == Geography.REGION)
                || walkIn(answers);
    }

    /** Consumers walk in or pass by: the business is found on the spot and on the map, not in a search engine. */
    static boolean walkIn(Answers answers) {
        return answers.customerArrival() == CustomerArrival.WALK_IN && !sellsToBusinessesOnly(answers);
    }

    /** The business has not opened yet: no clients, no figures of its own, nothing running to keep. */
    static boolean notOpenYet(Answers answers) {
        return answers.businessStage() == BusinessStage.NOT_OPEN_YET;
    }

    /**
     * Open, but nobody has bought yet: zero enquiries a month. Work that needs buyers — reviews,
     * referrals, the base, newsletters, loyalty, onboarding — waits for the first ones.
     */
    static boolean noBuyersYet(Answers answers) {
        return !notOpenYet(answers) && answers.leadsPerMonth() != null && answers.leadsPerMonth().signum() == 0;
    }

    /** Opened weeks or months ago: its figures are too young to scale on. */
    static boolean justOpened(Answers answers) {
        return answers.businessStage() == BusinessStage.JUST_OPENED;
    }

    /** Paid tests start this many weeks before the season opens: long enough to read them before the peak. */
    static final int WEEKS_BEFORE_SEASON = 5;

    /**
     * Clients come in a season whose first and last months are known ("seasonal" ticked, or both months
     * given without "year-round").
     */
    static boolean seasonal(Answers answers) {
        return answers.seasonality() != Seasonality.YEAR_ROUND && answers.seasonality() != Seasonality.UNKNOWN
                && month(answers.seasonStart()) != null && month(answers.seasonEnd()) != null;
    }

    /** A seasonal business met in a month outside its season (the meeting's month is known): the calendar alone. */
    static boolean outsideSeason(Answers answers) {
        return seasonal(answers) && answers.meetingMonth() != null && !inSeason(answers, answers.meetingMonth());
    }

    /** Whether this month lies inside the season (seasonal, both months known). */
    static boolean inSeason(Answers answers, java.time.Month month) {
        int start = month(answers.seasonStart()).getValue();
        int end = month(answers.seasonEnd()).getValue();
        int now = month.getValue();
        return start <= end ? start <= now && now <= end : now >= start || now <= end;
    }

    /**
     * Met outside the season, and the months before it prepare it (finding 65): only where clients decide
     * within days or weeks, so that this off-season's leads would not buy before the season anyway. Not
     * where a decision takes months — this winter's leads are the season's deals, and the paid channels
     * keep running — nor where the client's own goal is the months outside the season (a hotel open all
     * year filling its empty months, finding 63), nor while clients book the coming season now ({@link SellingSeason},
     * finding 78).
     */
    static boolean offSeason(Answers answers) {
        return outsideSeason(answers) && decidesWithinWeeks(answers) && !OffSeasonGoal.named(answers)
                && !SellingSeason.now(answers);
    }

    /** A deal is decided within days or weeks, or nobody said it takes longer. */
    static boolean decidesWithinWeeks(Answers answers) {
        return answers.salesCycle() != SalesCycle.MONTHS && answers.salesCycle() != SalesCycle.OVER_SIX_MONTHS;
    }

    /**
     * The plan's week in which the season opens (week 1 starts with the meeting's month), or {@code 0}
     * when the business is not met off-season.
     */
    static int seasonOpensInWeek(Answers answers) {
        if (!offSeason(answers)) {
            return 0;
        }
        int months = Math.floorMod(month(answers.seasonStart()).getValue() - answers.meetingMonth().getValue(), 12);
        return (int) Math.round(months * 52 / 12.0) + 1;
    }

    /** The first week of the plan a new paid test may start in: a few weeks before the season, 1 when in season. */
    static int firstPaidTestWeek(Answers answers) {
        int opens = seasonOpensInWeek(answers);
        return opens == 0 ? 1 : Math.max(1, opens - WEEKS_BEFORE_SEASON);
    }

    private static java.time.Month month(SeasonMonth month) {
        return month == null ? null : month.month();
    }

    /**
     * Consumers who buy within days: what a channel brings them is orders, never enquiries and meetings (finding 181: a
     * bakery on a marketplace). A sale to businesses, or one decided over weeks, is a considered sale.
     */
    static boolean sellsOrders(Answers answers) {
        return answers.businessModel() == BusinessModel.B2C && answers.salesCycle() == SalesCycle.UNDER_A_WEEK;
    }

    static boolean sellsToBusinessesOnly(Answers answers) {
        return answers.businessModel() == BusinessModel.B2B;
    }

    /** A committee decides, or a deal takes months. */
    static boolean longDecision(Answers answers) {
        return answers.decisionProcess() == DecisionProcess.COMMITTEE || answers.salesCycle() == SalesCycle.MONTHS
                || answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS;
    }

    static boolean economicsKnown(Answers answers) {
        return answers.averageCheck() != null && answers.grossMargin() != null;
    }

    /** The gross margin of one sale in roubles, or {@code null} when the check or the margin is unknown. */
    static BigDecimal marginPerSale(Answers answers) {
        if (!economicsKnown(answers)) {
            return null;
        }
        return answers.averageCheck().multiply(answers.grossMargin()).movePointLeft(2);
    }

    /**
     * The client's own numbers say a client costs more than it brings: the cost per lead over the
     * lead-to-sale conversion exceeds what a client is worth ({@link TestPlans#clientValue}). Then "this
     * channel pays" is a claim to check before anything is scaled on it.
     */
    static boolean numbersDisputeProfit(Answers answers) {
        return !profitableChannels(answers).isEmpty() && clientCostsMoreThanItBrings(answers);
    }

    /**
     * By the client's own numbers a new client costs more than it brings: the cost per lead over the
     * lead-to-sale conversion exceeds what a client is worth. Whatever the client believes about a
     * channel, nothing is scaled and no paid channel is added until that changes.
     */
    static boolean clientCostsMoreThanItBrings(Answers answers) {
        Double worth = TestPlans.clientValue(answers);
        Double cost = costPerClient(answers);
        return worth != null && cost != null && cost > worth;
    }

    /** What a client costs today by the client's numbers (cost per lead / conversion), or {@code null}. */
    static Double costPerClient(Answers answers) {
        if (answers.costPerLead() == null || answers.leadConversion() == null || answers.leadConversion().signum() <= 0) {
            return null;
        }
        return answers.costPerLead().doubleValue() * 100 / answers.leadConversion().doubleValue();
    }

    /**
     * Enquiries at volume, of which at most {@value #LOST_LEADS_PERCENT} % become sales on a decision of days or
     * weeks — not sign-ups to a free plan, trial starts or installs of an app ({@link SelfServe}), which nobody in
     * sales is meant to call back.
     */
    static boolean leadsLost(Answers answers) {
        // the words last: reading them costs more than all the numbers together
        return answers.leadConversion() != null && answers.leadConversion().doubleValue() <= LOST_LEADS_PERCENT
                && answers.leadsPerMonth() != null && answers.leadsPerMonth().intValue() >= 20
                && answers.decisionProcess() != DecisionProcess.COMMITTEE
                && (answers.salesCycle() == SalesCycle.UNDER_A_WEEK || answers.salesCycle() == SalesCycle.WEEKS)
                && !SelfServe.applies(answers);
    }

    static final int LOST_LEADS_PERCENT = 3;

    private static final java.util.regex.Pattern FREE_TIER = java.util.regex.Pattern.compile(
            "бесплатн\\S*\\s+(тариф|план|верси|доступ)|тариф\\S*\\s+бесплатн|freemium|фримиум|free\\s+(tier|plan|version)"
                    + "|пробн\\S*\\s+(период|верси|доступ)|\\btrial\\b");

    /**
     * The product has a free plan or a trial (in the client's words on the product, its USP or its online
     * presence): "enquiries" are sign-ups who use it on their own, and they start paying by getting value
     * from it, not by a sales call. No structured fact says it yet, so the words decide.
     */
    /** Every match of {@link #FREE_TIER} holds one of these: a text without any is not searched at all. */
    private static final List<String> FREE_TIER_WORDS = List.of("бесплатн", "freemium", "фримиум", "free", "пробн", "trial");

    static boolean freeTier(Answers answers) {
        return java.util.stream.Stream.of(AnswerField.PRODUCT, AnswerField.USP, AnswerField.ONLINE_PRESENCE)
                // lower-cased once rather than matched case-insensitively: Unicode case folding at every
                // position was the engine's largest cost (a profile of the fullest scenario)
                .map(answers::lowerCase).filter(java.util.Objects::nonNull)
                .anyMatch(text -> FREE_TIER_WORDS.stream().anyMatch(text::contains) && FREE_TIER.matcher(text).find());
    }

    /**
     * A margin under {@value #THIN_MARGIN_PERCENT} % — unless, by the client's own numbers, the roubles it leaves
     * per client pay for a client several times over ({@link MarginRoom}, finding 75).
     */
    static boolean thinMargin(Answers answers) {
        return answers.grossMargin() != null && answers.grossMargin().intValue() < THIN_MARGIN_PERCENT
                && !MarginRoom.paysForClients(answers);
    }

    /**
     * The monthly budget the plan can count on: the figure the client gave, else a planning figure for
     * the band; {@code 0} when neither is known.
     */
    static long monthlyBudget(Answers answers) {
        if (answers.monthlyBudget() != null) {
            return answers.monthlyBudget().longValue();
        }
        return answers.budget() == null ? 0 : planningFigure(answers.budget());
    }

    /** A conservative figure inside each band: the plan promises no more than the band surely holds. */
    static long planningFigure(BudgetRange band) {
        return switch (band) {
            case UP_TO_50K -> 30_000;
            case FROM_50K_TO_150K -> 100_000;
            case FROM_150K_TO_500K -> 300_000;
            case OVER_500K -> 500_000;
            case NOT_DISCLOSED -> 0;
        };
    }

    static boolean smallBudget(Answers answers) {
        long budget = monthlyBudget(answers);
        return budget > 0 && budget < SMALL_BUDGET;
    }

    /** Whether money is being or will be spent on getting clients, so what a client may cost matters. */
    static boolean spends(Answers answers) {
        return monthlyBudget(answers) > 0 || answers.channels().stream().anyMatch(use -> toCatalogue(use.channel()).isPaidAds())
                || answers.requestedChannels().stream().anyMatch(request -> request.channel().isPaidAds());
    }

    /** Channels that drain budget. */
    static List<ChannelUse> drainingChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.DRAINS_BUDGET));
    }

    /** Channels that pay on one platform and drain on another. */
    static List<ChannelUse> mixedChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.MIXED));
    }

    /** Channels whose return nobody knows. */
    static List<ChannelUse> unmeasuredChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.UNKNOWN));
    }

    /** Channels that drain budget or whose return nobody knows. */
    static List<ChannelUse> losingChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.DRAINS_BUDGET, ChannelOutcome.UNKNOWN, ChannelOutcome.MIXED));
    }

    static List<ChannelUse> profitableChannels(Answers answers) {
        return uses(answers, Set.of(ChannelOutcome.PROFIT));
    }

    /** Whether the client already earns with a channel that maps onto this catalogue entry. */
    static boolean profitsFrom(Answers answers, Channel channel) {
        for (ChannelUse use : answers.channels()) {
            if (use.outcome() == ChannelOutcome.PROFIT && toCatalogue(use.channel()) == channel) {
                return true;
            }
        }
        return false;
    }

    /** Whether the client already runs a channel that maps onto this catalogue entry, whatever it brings. */
    static boolean runs(Answers answers, Channel channel) {
        return answers.channels().stream().anyMatch(use -> toCatalogue(use.channel()) == channel);
    }

    /** The client's channel uses with one of these outcomes, without repeats, in the order given. */
    static List<ChannelUse> uses(Answers answers, Set<ChannelOutcome> outcomes) {
        // a loop, not a stream: the rules ask this dozens of times per assessment, of a list of a few uses
        List<ChannelUse> uses = new ArrayList<>();
        for (ChannelUse use : answers.channels()) {
            if (outcomes.contains(use.outcome()) && !uses.contains(use)) {
                uses.add(use);
            }
        }
        return Collections.unmodifiableList(uses);
    }

    /** The catalogue entry that continues a channel the client already runs. */
    static Channel toCatalogue(CurrentChannel current) {
        return switch (current) {
            case TARGETED_ADS -> Channel.TARGETED_ADS;
            case CONTEXTUAL_ADS -> Channel.CONTEXTUAL_ADS;
            case SEO_CONTENT -> Channel.SEO_CONTENT;
            case SMM -> Channel.SMM;
            case EMAIL -> Channel.EMAIL;
            case PARTNERS -> Channel.PARTNER_MARKETING;
            case REFERRALS -> Channel.REFERRAL_PROGRAMME;
            case MARKETPLACES -> Channel.MARKETPLACES;
            case OFFLINE_ADS -> Channel.OFFLINE_ADS;
            case COLD_OUTREACH -> Channel.COLD_OUTREACH;
            case EVENTS -> Channel.EVENTS;
        };
    }
}
