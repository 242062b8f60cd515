package com.discoverybrief.strategy;

/**
 * How much a client needs a piece of work, by what the answers show. The ranking weighs needs instead
 * of counting reasons: a named problem that costs money now outweighs a blocker, a blocker outweighs
 * an opportunity, and a generic gap weighs least. The summary's focus is the focus of the heaviest
 * need.
 */
enum Need {
    /**
     * One client brings half of the orders or more: losing it (a contract that ends, a tender lost)
     * halves the revenue at one date. It outweighs every other named problem, a thin margin included:
     * a margin can be raised over months, a lost main client cannot be replaced in a week.
     */
    ONE_CLIENT_RISK(6, Summary.Focus.REDUCE_DEPENDENCE),
    /**
     * Half of the orders or more come from one platform (tenders, an exchange, Avito, a marketplace): its price can
     * double and an account can be blocked, and the buyers stay with it, so the second source is the client's own —
     * direct sales to named accounts for a business supplier, the map card, referrals and the base of past clients
     * for a consumer business. A named problem, though the platform, unlike one client, does not leave on one date.
     */
    ONE_PLATFORM_RISK(5, Summary.Focus.LEAVE_ONE_PLATFORM),
    /** Clients who should buy again leave. */
    CHURN(5, Summary.Focus.KEEP_CLIENTS),
    /** The dealers or partners the client sells through leave: each takes a whole channel of sales with it. */
    PARTNERS_LEAVE(5, Summary.Focus.KEEP_PARTNERS),
    /** A channel drains the budget. */
    DRAINING_CHANNEL(5, Summary.Focus.MEASURE_THEN_GROW),
    /** Bad reviews turn people away before they call. */
    BAD_REPUTATION(5, Summary.Focus.FIX_REPUTATION),
    /** More clients could not be served. */
    AT_CAPACITY(5, Summary.Focus.EARN_MORE_PER_CLIENT),
    /** Full in the season only, met outside it or working towards months outside it: the season grows by price. */
    FULL_IN_SEASON(5, Summary.Focus.FULL_IN_SEASON),
    /**
     * Full in the season, and the client's own goal is the months outside it, where places stand empty now:
     * every empty date is lost for good, and the clients who came before fill them at no media cost — the
     * goal the brief is about, so it comes before fixing a channel that drains the budget.
     */
    EMPTY_MONTHS(6, Summary.Focus.FILL_OFF_SEASON),
    /**
     * A sale earns nothing or loses money (a margin of 0 % or below): every new client adds to the loss, so
     * the order's economics outweigh every other need.
     */
    NO_MARGIN(6, Summary.Focus.RAISE_CLIENT_VALUE),
    /** By the client's own numbers a new client costs more than it brings. */
    LOSING_ON_EVERY_CLIENT(5, Summary.Focus.RAISE_CLIENT_VALUE),
    /** Most enquiries are lost between the call and the sale. */
    LEADS_LOST(5, Summary.Focus.MEASURE_THEN_GROW),
    /**
     * People start the product on their own (an app, a trial) and, by the client's own numbers, a payer costs more
     * than a payer brings: every install bought loses money until more of them start paying, so the move to paid
     * comes before measuring or tuning the channels that buy the installs (finding 80).
     */
    SELF_SERVE_LOSING(6, Summary.Focus.RAISE_CLIENT_VALUE),
    /**
     * Enquiries are lost before the sale — calls missed or not called back, chats answered hours later, callers
     * who do not book (finding 76): the cheapest growth there is, so it comes before any more traffic is bought.
     */
    ENQUIRIES_LOST(5, Summary.Focus.ANSWER_ENQUIRIES),
    /**
     * Clients come back every few weeks or months, the base is in a CRM and nobody reminds them (finding 77): the
     * cheapest visits there are, missed every month.
     */
    RECALL_MISSING(5, Summary.Focus.KEEP_CLIENTS),
    /** Sign-ups to a free plan use the product and few start paying: activation is the growth. */
    FREE_USERS_UNCONVERTED(5, Summary.Focus.ACTIVATE_FREE_USERS),
    /** No base to keep clients who buy again and again. */
    NO_BASE(4, Summary.Focus.KEEP_CLIENTS),
    /** No base, where clients may buy again: rarely, or nobody said how often. */
    BASE_UNKEPT(2, Summary.Focus.KEEP_CLIENTS),
    /** Past clients of a rare purchase sit in a base nobody writes to. */
    PAST_CLIENTS(3, Summary.Focus.KEEP_CLIENTS),
    /** Nobody can say who the client is or why they should choose the company. */
    STRATEGY_GAP(4, Summary.Focus.CLARIFY_STRATEGY),
    /** Nothing is measured, or a channel's return is unknown. */
    NO_MEASUREMENT(3, Summary.Focus.MEASURE_THEN_GROW),
    /** Money goes into a channel that only pays for itself. */
    UNPROFITABLE_SPEND(3, Summary.Focus.MEASURE_THEN_GROW),
    /** Traffic would land where it cannot become an enquiry. */
    NO_SITE(3, Summary.Focus.BUILD_SITE),
    /** A new market is a new client to understand. */
    NEW_MARKET(3, Summary.Focus.ENTER_NEW_MARKET),
    /**
     * The client chose to sell abroad: the goal the brief is about, so it outweighs the channels that
     * already pay at home (they are kept all the same), though not a named problem that costs money now.
     */
    MARKET_ABROAD(4, Summary.Focus.ENTER_NEW_MARKET),
    /** The business has not opened yet: the launch is what the brief is about. */
    LAUNCH(4, Summary.Focus.LAUNCH),
    /**
     * Met before the season while clients book it (finding 78): a date not sold now is lost for good, so what
     * brings bookings gets the money now — a named problem with a deadline, told as "scale what works".
     */
    SELLING_SEASON(5, Summary.Focus.SCALE_WHAT_WORKS),
    /** Met off-season: the months before the season prepare it. */
    SEASON_AHEAD(4, Summary.Focus.PREPARE_SEASON),
    /**
     * The need cannot wait (a decision within days, people search themselves): the map card a person in
     * need finds and calls first is the first step (finding 79).
     */
    FOUND_AT_ONCE(4, Summary.Focus.FOUND_AT_ONCE),
    /** People walk in or pass by: the map and the spot are how they find the business. */
    FOUND_ON_THE_SPOT(4, Summary.Focus.FOOTFALL),
    /**
     * The law restricts what an ad of the client's category may say: trust is built by what is not
     * advertising — reviews, specialists' profiles, recommendations — before any ad.
     */
    TRUST_WITHIN_THE_LAW(4, Summary.Focus.TRUST_WITHIN_THE_LAW),
    /**
     * One location of several lags far behind the others: the cause is at that place (its catchment, its
     * competitor, its entrance, its card), so it is diagnosed before money goes into ads for it.
     */
    LAGGING_LOCATION(4, Summary.Focus.FIX_LAGGING_LOCATION),
    /** A one-off or rare purchase grows by trust: reviews, referrals, partners. */
    TRUST(3, Summary.Focus.REPUTATION_AND_REFERRALS),
    /** A local business people cannot find where they search nearby. */
    LOCAL_VISIBILITY(3, Summary.Focus.GROW_ACQUISITION),
    /** A thin margin leaves little to pay for a client: a named problem — every rouble a client costs counts. */
    THIN_MARGIN(5, Summary.Focus.MIND_THE_MARGIN),
    /** Long decisions need leads warmed up for months. */
    LONG_DECISION(3, Summary.Focus.GROW_ACQUISITION),
    /** Something already brings profit, measured, with room to grow: the surest money. */
    PROVEN(3, Summary.Focus.SCALE_WHAT_WORKS),
    /** Something already brings profit. */
    WHAT_WORKS(2, Summary.Focus.SCALE_WHAT_WORKS),
    /** A way to grow that the answers point to. */
    GROWTH(2, Summary.Focus.GROW_ACQUISITION),
    /** The client asked for it, backed by their own data. */
    CLIENT_DATA(2, Summary.Focus.GROW_ACQUISITION),
    /** A channel the client runs without knowing, or without earning, what it brings: keep it while it is measured. */
    RUNNING(1, Summary.Focus.MEASURE_THEN_GROW),
    /** A gap any brief would fill: competitors, price, the buying process. */
    GENERIC_GAP(1, Summary.Focus.CLARIFY_STRATEGY),
    /** The client asked for it on a hunch or because competitors do it. */
    CLIENT_IDEA(1, Summary.Focus.GROW_ACQUISITION);

    private final int weight;
    private final Summary.Focus focus;

    Need(int weight, Summary.Focus focus) {
        this.weight = weight;
        this.focus = focus;
    }

    int weight() {
        return weight;
    }

    Summary.Focus focus() {
        return focus;
    }
}
