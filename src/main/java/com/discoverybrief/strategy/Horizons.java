package com.discoverybrief.strategy;

/**
 * Realistic horizons: when a first test of a channel shows a number, and the least time a KPI needs
 * given how long clients take to buy. No lifetime value in weeks, no cost per client before a sales
 * cycle has run, no SEO in a month.
 */
final class Horizons {

    private Horizons() {
    }

    /** When a first test of this channel can show its number. */
    static Horizon of(Channel channel) {
        return switch (channel) {
            case TARGETED_ADS, CONTEXTUAL_ADS, UNIT_ECONOMICS, ANALYTICS_SETUP -> Horizon.TWO_TO_FOUR_WEEKS;
            case SEO_CONTENT, LEAD_NURTURING, REFERRAL_PROGRAMME, ONBOARDING_CHURN, LOYALTY_BRANDING, PARTNER_MARKETING,
                    CRM_MARKETING -> Horizon.THREE_TO_SIX_MONTHS;
            default -> Horizon.ONE_TO_THREE_MONTHS;
        };
    }

    /** The least time this KPI needs for this client. */
    static Horizon minimum(Kpi kpi, Answers answers) {
        SalesCycle cycle = answers.salesCycle();
        return switch (kpi) {
            case CUSTOMER_LIFETIME_VALUE -> Horizon.SIX_TO_TWELVE_MONTHS;
            // deals opened from a nurtured base still follow the cycle: a committee opens a deal once it has met
            case COST_PER_ACQUISITION, CONVERSION_RATE, OPPORTUNITIES_FROM_NURTURING -> cycle == SalesCycle.OVER_SIX_MONTHS ? Horizon.SIX_TO_TWELVE_MONTHS
                    : cycle == SalesCycle.MONTHS ? Horizon.THREE_TO_SIX_MONTHS : Horizon.ONE_TO_THREE_MONTHS;
            // a business buyer that signs for months or a year renews (or re-tenders) once a year: not readable in a quarter
            case REPEAT_PURCHASE_RATE, RETENTION_RATE -> contractsOverMonths(answers) ? Horizon.SIX_TO_TWELVE_MONTHS
                    : answers.purchaseFrequency() == PurchaseFrequency.FREQUENT
                    ? Horizon.ONE_TO_THREE_MONTHS
                    : Signals.buysRarely(answers) ? Horizon.SIX_TO_TWELVE_MONTHS : Horizon.THREE_TO_SIX_MONTHS;
            case ORGANIC_TRAFFIC_AND_LEADS, REFERRAL_SHARE, NEW_MARKET_LEADS, PAST_CLIENT_LEADS -> Horizon.THREE_TO_SIX_MONTHS;
            case MARGIN_PER_SALE, SALES_FROM_TARGET_SEGMENTS, SITE_CONVERSION, RATING_AND_REVIEWS, REVIEWS_WITH_PHOTOS,
                    REVIEWS_AFTER_DEAL, MAP_ACTIONS, MAP_CUSTOMERS, ENGAGED_AUDIENCE_AND_LEADS, PARTNER_LEADS,
                    MEETINGS_FROM_OUTREACH -> Horizon.ONE_TO_THREE_MONTHS;
            default -> Horizon.TWO_TO_FOUR_WEEKS;
        };
    }

    /**
     * A business buyer whose deal takes months (finding 81: a carrier's yearly contracts): whether it stays is
     * decided at the renewal, so a share of those who stay cannot move within the plan's quarter.
     */
    static boolean contractsOverMonths(Answers answers) {
        return Signals.sellsToBusinessesOnly(answers)
                && (answers.salesCycle() == SalesCycle.MONTHS || answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS);
    }

    /** How many weeks a line of the test plan runs before its stop/go decision. */
    static int weeks(Channel channel, Stage stage, Kpi kpi, Answers answers) {
        if (stage == Stage.DO_FIRST) {
            // the reminders to the past customers of a client moving off one platform run the whole plan: the base is
            // moved to a CRM in the first month and written to from then on (finding 125)
            if (channel == Channel.CRM_MARKETING && OwnSources.remindsPastCustomers(answers)) {
                return TestPlans.WEEKS;
            }
            // a base kept in a table is moved to a CRM within a month, not gathered from nothing
            if (channel == Channel.CRM_MARKETING && RetentionRules.inTable(answers)) {
                return 4;
            }
            return weeks(channel, stage); // the work itself; its KPI is read later (see readableAfter)
        }
        // no stop/go decision before the KPI can show (a client costs what it costs once the deals close)
        return Math.max(readableAfter(kpi, answers), weeks(channel, stage));
    }

    /** How many weeks this KPI needs before it can be read for this client. */
    static int readableAfter(Kpi kpi, Answers answers) {
        return switch (minimum(kpi, answers)) {
            case TWO_TO_FOUR_WEEKS -> 4;
            case ONE_TO_THREE_MONTHS -> 6;
            case THREE_TO_SIX_MONTHS -> 12;
            case SIX_TO_TWELVE_MONTHS -> 26;
        };
    }

    private static int weeks(Channel channel, Stage stage) {
        if (stage == Stage.KEEP || stage == Stage.SCALE) {
            return TestPlans.WEEKS;
        }
        int weeks = switch (channel) {
            case UNIT_ECONOMICS -> 2;
            case ANALYTICS_SETUP, MARKET_ANALYSIS, AUDIENCE_RESEARCH, PRICING, MAP_LISTINGS -> 4;
            case TARGETED_ADS, CONTEXTUAL_ADS, OFFLINE_ADS, COLD_OUTREACH, OPTIMISATION, POSITIONING -> 6;
            case WEBSITE, SMM, MARKETPLACES, EVENTS, PARTNER_MARKETING, EMAIL, CRM_MARKETING, REVIEWS_REPUTATION,
                    REFERRAL_PROGRAMME, ONBOARDING_CHURN -> 8;
            case SEO_CONTENT, LEAD_NURTURING, LOYALTY_BRANDING -> 12;
        };
        return weeks;
    }
}
