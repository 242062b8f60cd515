package com.discoverybrief.strategy;

/**
 * Why a verdict is what it is. Each reason has a sentence for "why" ({@code enum.VerdictReason.*})
 * and, where the answer is not yes, one for what would change it ({@code verdict.change.*}).
 */
public enum VerdictReason {
    /** It is in the plan: its own recommendation says why. */
    IN_PLAN,
    /** It already brings profit: keep it and measure it. */
    ALREADY_WORKS,
    /** It is in the plan once its prerequisites are done. */
    WAITS_FOR_PREREQUISITE,
    /** The client already runs it and it does not pay yet: it is measured and improved first. */
    ALREADY_RUNS,
    /** Clients buy once: nobody comes back to collect points or read a newsletter. */
    ONE_OFF_PURCHASES,
    /** Clients buy every few years: a loyalty programme is forgotten between two purchases. */
    RARE_PURCHASES,
    /** Clients buy once a year or a season: points wait a whole year; a reminder before the season brings them back. */
    YEARLY_PURCHASES,
    /** The client cannot serve more clients now: more enquiries would be turned away. */
    CAPACITY_AT_LIMIT,
    /** Cold outreach to consumers annoys and breaks the law on advertising calls. */
    NOT_FOR_CONSUMERS,
    /** Business buyers who decide in committees do not buy from a social feed. */
    NOT_FOR_BUSINESS_BUYERS,
    /** Selling to consumers on marketplaces is a retail business beside the wholesale one. */
    MARKETPLACE_IS_RETAIL,
    /** Nobody looks for this client on a map: the business is not local. */
    NOT_LOCAL,
    /** By the client's own numbers a client costs more than it brings: no new paid channel until it does not. */
    NUMBERS_SAY_NO,
    /** The budget could carry this test, but the slots for new tests went to work that weighs more now. */
    SLOT_TAKEN,
    /** A margin under 20 % leaves too little to pay for a client brought by a new paid channel. */
    THIN_MARGIN,
    /** The budget cannot feed this test beside the first ones. */
    SMALL_BUDGET,
    /** People walk in from the street: search ads, a site and newsletters do not bring passers-by. */
    WALK_IN,
    /** The business has not opened: there is nobody to keep and nothing running to tune yet. */
    NOT_OPEN_YET,
    /** Open, but no buyer yet (zero enquiries a month): reviews, referrals and the base start with the first buyers. */
    NO_BUYERS_YET,
    /** Not opened yet: search traffic would land on a business nobody can buy from or compare yet. */
    LAUNCH_FIRST,
    /** Met off-season: a paid test starts a few weeks before the season, which lies beyond this plan. */
    OFF_SEASON,
    /** The law forbids advertising this product online (alcohol, tobacco). */
    AD_LAW_FORBIDS,
    /** The client runs online ads the law forbids for the category: switched off now, with no money in the plan. */
    AD_LAW_SWITCH_OFF,
    /** The platform the client names (Instagram, Facebook) sells no ads in Russia and advertising on it is prohibited. */
    PLATFORM_BLOCKED,
    /** A sale earns nothing or loses money: a new channel or a paid reward only buys more loss-making orders. */
    NO_MARGIN,
    /** Met in season: the first results of this channel come after the season ends; it starts then, for the next one. */
    AFTER_THE_SEASON,
    /**
     * Already pays, but no more clients can be served now: kept at today's level, not more — more enquiries
     * would be turned away; the ads pause when the schedule is full (finding 64).
     */
    KEEP_TODAYS_LEVEL,
    /**
     * The client says this channel drains the budget: no money in this plan until it is rebuilt — switched
     * off, or held under a cap while it is measured (finding 71).
     */
    DRAINS_BUDGET,
    /**
     * A channel the client runs and asks for again is a request to scale it; by the client's own numbers a
     * client from it costs more than scaling can carry: not more money until the conversion (or the cost of a
     * lead) reaches the figure the verdict names ({@link ScaleCondition}).
     */
    SCALE_NOT_YET,
    /** A request to scale a running channel that, by the client's own numbers, pays well enough to scale. */
    SCALE_PAYS,
    /** One unit of the channel (a billboard, a stand) costs more than a test may take of the monthly budget. */
    ONE_UNIT_TOO_DEAR,
    /**
     * The client's own storefront — a social page with its portfolio — already brings paying clients and
     * there is no site: an unrequested paid channel that needs a site is not added beside it.
     */
    OWN_STOREFRONT_PAYS,
    /** Bad reviews: every ad leads people to the rating, which turns them away; the rating first, not more money. */
    BAD_RATING,
    /** The client's own channel sells below the partners' price and the partners leave for it: one retail price first. */
    UNDERCUTS_PARTNERS,
    /**
     * Enquiries are lost before the sale (missed calls, chats answered hours later): a running channel the client
     * asks to scale keeps today's money, and gets more once the enquiries are handled ({@link EnquiriesFirst}).
     */
    ENQUIRIES_LOST_FIRST,
    /** People turn to the business in grief (a funeral): rewards for referrals, newsletters and targeted ads intrude. */
    SENSITIVE_CATEGORY,
    /**
     * A business supplier living on one platform: its buyers are named companies reached by direct sales; search
     * (paid or organic) on the trade's words brings other buyers — forwarders, private people — not them
     * ({@link PlatformDependence#unfit}).
     */
    NAMED_ACCOUNTS_FIRST,
    /**
     * Already pays, but the place is full while a new one opens: the plan pauses the line at the full place and, from the
     * week it quotes, aims it at the new address, read on the sign-ups for the new place (finding 155) — not "yes, keep".
     */
    MOVES_TO_NEW_PLACE
}
