package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers for the strategy tests: a fluent builder that starts from nothing ({@link #answers()}) or
 * from a client whose every required answer is known and healthy ({@link #complete()}), and the
 * realistic clients the scenario tests walk through.
 */
final class AnswersFixtures {

    private AnswersFixtures() {
    }

    /** A session where nothing has been asked yet. */
    static Builder answers() {
        return new Builder();
    }

    /**
     * Every required field known, the strategy clear, the economics known, analytics and a shop in place,
     * one channel bringing profit and clients who come back every few weeks: the client for whom none of
     * the gap rules fire.
     */
    static Builder complete() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.COUNTRY)
                .withSize(CompanySize.MEDIUM).withBudget(BudgetRange.FROM_150K_TO_500K)
                .withSegments("Young parents in large cities").withPains("No time to cook healthy meals")
                .withDecision(DecisionProcess.CONSIDERED).withSalesCycle(SalesCycle.WEEKS)
                .withDecisionMakers("Mothers, 28-40")
                .withProduct("Weekly healthy meal kits delivered home")
                .withUsp("Dinner in 15 minutes, approved by a paediatric nutritionist").withUspClarity(UspClarity.CLEAR)
                .withCompetitors("Two national meal-kit brands").withPrice(PricePositioning.MID_MARKET)
                .withChannel(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT)
                .withAnalytics(AnalyticsLevel.YES).withOnlinePresence("Site with a blog, Instagram")
                .withRepeatShare(RepeatShare.HIGH).withCustomerBase(CustomerBase.CRM_AND_EMAIL)
                .withGrowthGoal("Double the subscribers").withGrowthHorizon(GrowthHorizon.ONE_YEAR)
                .with(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED)
                .with(AnswerField.AVERAGE_CHECK, new BigDecimal("2500")).with(AnswerField.GROSS_MARGIN, new BigDecimal("40"))
                .with(AnswerField.SITE, Site.ONLINE_SHOP).with(AnswerField.REVIEWS, Reviews.GOOD)
                .with(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.FREQUENT)
                .with(AnswerField.EXPANSION_TARGET, ExpansionTarget.NONE).with(AnswerField.CAPACITY, Capacity.CAN_TAKE_MORE);
    }

    /** A dental clinic in Kazan: vague USP, ads that drain the budget, patients who come by word of mouth. */
    static Answers dentalClinicInKazan() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.CITY).withSize(CompanySize.SMALL)
                .withBudget(BudgetRange.FROM_50K_TO_150K)
                .withSegments("Families and office workers in Kazan's Sovetsky district")
                .withPains("Fear of pain, long waiting lists, unclear final price")
                .withDecision(DecisionProcess.CONSIDERED).withSalesCycle(SalesCycle.WEEKS)
                .withProduct("Dental treatment, implants, hygiene")
                .withUsp("Good doctors and modern equipment").withUspClarity(UspClarity.VAGUE)
                .withCompetitors("Three chains nearby").withPrice(PricePositioning.MID_MARKET)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET)
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)
                .withAnalytics(AnalyticsLevel.NO).withRepeatShare(RepeatShare.MEDIUM)
                .withCustomerBase(CustomerBase.SPREADSHEET)
                .withGrowthGoal("A second clinic by next year").withGrowthHorizon(GrowthHorizon.ONE_YEAR)
                .build();
    }

    /** An online pet-food shop: impulse buyers, paid ads that pay off, customers who buy once. */
    static Answers petFoodOnlineShop() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.COUNTRY).withSize(CompanySize.SMALL)
                .withBudget(BudgetRange.FROM_150K_TO_500K)
                .withSegments("Cat and dog owners ordering online").withPains("Heavy bags, running out of food")
                .withDecision(DecisionProcess.IMPULSE).withSalesCycle(SalesCycle.UNDER_A_WEEK)
                .withProduct("Premium pet food with next-day delivery")
                .withUsp("Delivery by tomorrow morning or free").withUspClarity(UspClarity.CLEAR)
                .withCompetitors("Marketplaces, two pet superstores").withPrice(PricePositioning.PREMIUM)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.SMM, ChannelOutcome.BREAK_EVEN)
                .withChannel(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.UNKNOWN)
                .withAnalytics(AnalyticsLevel.PARTLY).withOnlinePresence("Online shop, VK group")
                .withRepeatShare(RepeatShare.LOW).withCustomerBase(CustomerBase.EMAIL_LIST)
                .withChurnReasons("Found it cheaper on a marketplace")
                .withGrowthGoal("Grow monthly revenue by 40 %").withGrowthHorizon(GrowthHorizon.SIX_MONTHS)
                .build();
    }

    /** An industrial equipment maker: committee decisions, deals that take most of a year. */
    static Answers industrialEquipmentMaker() {
        return answers()
                .withBusinessModel(BusinessModel.B2B).withGeography(Geography.COUNTRY).withSize(CompanySize.LARGE)
                .withBudget(BudgetRange.OVER_500K)
                .withSegments("Food-processing plants").withPains("Downtime of packaging lines")
                .withDecision(DecisionProcess.COMMITTEE).withSalesCycle(SalesCycle.OVER_SIX_MONTHS)
                .withDecisionMakers("Chief engineer, procurement, CFO")
                .withProduct("Packaging lines with service contracts")
                .withUsp("Service engineer on site within 24 hours").withUspClarity(UspClarity.CLEAR)
                .withCompetitors("German and Chinese manufacturers").withPrice(PricePositioning.PREMIUM)
                .withChannel(CurrentChannel.EVENTS, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.COLD_OUTREACH, ChannelOutcome.BREAK_EVEN)
                .withAnalytics(AnalyticsLevel.PARTLY).withOnlinePresence("Corporate site, no blog")
                .withRepeatShare(RepeatShare.MEDIUM).withCustomerBase(CustomerBase.CRM)
                .withGrowthGoal("Ten new plants a year").withGrowthHorizon(GrowthHorizon.THREE_YEARS)
                .build();
    }

    /** A boutique accounting firm that has only ever grown through recommendations. */
    static Answers accountingFirmGrowingByReferrals() {
        return answers()
                .withBusinessModel(BusinessModel.B2B).withGeography(Geography.REGION).withSize(CompanySize.SOLO)
                .withSegments("Small online retailers").withPains("Tax rules change, no in-house accountant")
                .withDecision(DecisionProcess.CONSIDERED).withSalesCycle(SalesCycle.WEEKS)
                .withProduct("Outsourced bookkeeping").withUsp("A personal accountant who answers in an hour")
                .withUspClarity(UspClarity.CLEAR).withCompetitors("Online accounting services")
                .withPrice(PricePositioning.MID_MARKET)
                .withChannel(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)
                .withChannel(CurrentChannel.PARTNERS, ChannelOutcome.BREAK_EVEN)
                .withAnalytics(AnalyticsLevel.NO).withRepeatShare(RepeatShare.HIGH)
                .withCustomerBase(CustomerBase.CRM).withLoyalty("Clients recommend us to other shop owners")
                .withGrowthGoal("Twenty more clients").withGrowthHorizon(GrowthHorizon.ONE_YEAR)
                .build();
    }

    /** A fitness club whose members leave after the first month. */
    static Answers fitnessClubWithHighChurn() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.REGION).withSize(CompanySize.MEDIUM)
                .withBudget(BudgetRange.FROM_150K_TO_500K)
                .withSegments("Office workers 25-45").withPains("No time, no motivation")
                .withDecision(DecisionProcess.CONSIDERED).withSalesCycle(SalesCycle.UNDER_A_WEEK)
                .withProduct("Gym membership with group classes").withUsp("Open 24/7 next to the metro")
                .withUspClarity(UspClarity.CLEAR).withCompetitors("Two chain gyms").withPrice(PricePositioning.ECONOMY)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT)
                .withAnalytics(AnalyticsLevel.YES).withOnlinePresence("Site, Telegram channel")
                .withRepeatShare(RepeatShare.LOW).withCustomerBase(CustomerBase.CRM)
                .withChurnReasons("People stop coming after the first month and do not renew")
                .withGrowthGoal("Keep 60 % of members after three months").withGrowthHorizon(GrowthHorizon.SIX_MONTHS)
                .build();
    }

    /** A furniture workshop that cannot say why anyone should choose it. */
    static Answers furnitureWorkshopWithoutUsp() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.REGION).withSize(CompanySize.SMALL)
                .withSegments("Families furnishing a new flat").withPains("Standard furniture does not fit")
                .withDecision(DecisionProcess.IMPULSE).withSalesCycle(SalesCycle.WEEKS)
                .withProduct("Made-to-measure kitchens").withUspClarity(UspClarity.NONE)
                .withCompetitors("IKEA and dozens of workshops").withPrice(PricePositioning.UNKNOWN)
                .withChannel(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET)
                .withAnalytics(AnalyticsLevel.NO).withCustomerBase(CustomerBase.NONE)
                .build();
    }

    /** A coffee chain with a strong brand that wants to open in new cities. */
    static Answers coffeeChainEnteringNewCities() {
        return complete()
                .withChannels(List.of(new ChannelUse(CurrentChannel.SMM, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT)))
                .withDecision(DecisionProcess.IMPULSE).withBudget(BudgetRange.OVER_500K)
                .withSegments("Students and young professionals").withPains("Need a place to work and meet")
                .withProduct("Speciality coffee shops").withUsp("Our own roastery, the same taste in every shop")
                .withNewMarkets("Open in Kazan and Saint Petersburg")
                .withGrowthGoal("Fifteen new coffee shops").withGrowthHorizon(GrowthHorizon.THREE_YEARS)
                .build();
    }

    /** A start-up florist in one city with a tiny budget and several ideas to try at once. */
    static Answers floristOnSmallBudget() {
        return florist().build();
    }

    /** The florist of {@link #floristOnSmallBudget()}, to vary. */
    static Builder florist() {
        return answers()
                .withBusinessModel(BusinessModel.B2C).withGeography(Geography.CITY).withSize(CompanySize.SOLO)
                .withBudget(BudgetRange.UP_TO_50K)
                .withSegments("Men buying flowers for a date").withPains("Ordering at the last minute")
                .withDecision(DecisionProcess.IMPULSE).withSalesCycle(SalesCycle.UNDER_A_WEEK)
                .withProduct("Bouquets delivered within an hour").withUsp("Delivery in 60 minutes or free")
                .withUspClarity(UspClarity.CLEAR).withCompetitors("Flower marketplaces")
                .withPrice(PricePositioning.MID_MARKET).withAnalytics(AnalyticsLevel.YES)
                .withCustomerBase(CustomerBase.EMAIL_LIST).withRepeatShare(RepeatShare.MEDIUM)
                .withConstraints("The owner does everything herself");
    }

    /**
     * A fluent, mutable builder over {@link Answers.Builder}; every {@code with...} returns the same
     * builder. Fields without a method of their own are set with {@link #with}.
     */
    static final class Builder {
        private final Answers.Builder answers = Answers.builder();
        private final List<ChannelUse> channels = new ArrayList<>();

        Builder withBusinessModel(BusinessModel value) {
            answers.businessModel(value);
            return this;
        }

        Builder withGeography(Geography value) {
            answers.geography(value);
            return this;
        }

        Builder withSize(CompanySize value) {
            answers.companySize(value);
            return this;
        }

        Builder withBudget(BudgetRange value) {
            answers.budget(value);
            return this;
        }

        Builder meetingMonth(java.time.Month value) {
            answers.meetingMonth(value);
            return this;
        }

        /** Any answer, as its typed value ({@code null} clears it). */
        Builder with(AnswerField field, Object value) {
            if (field == AnswerField.CHANNELS) {
                return withChannels(value == null ? null : ((List<?>) value).stream().map(ChannelUse.class::cast).toList());
            }
            answers.set(field, value);
            return this;
        }

        /** Where an answer comes from. */
        Builder withEvidence(AnswerField field, Evidence evidence) {
            answers.evidence(field, evidence);
            return this;
        }

        Builder withSegments(String value) {
            return with(AnswerField.SEGMENTS, value);
        }

        Builder withPains(String value) {
            return with(AnswerField.PAINS, value);
        }

        Builder withDecision(DecisionProcess value) {
            return with(AnswerField.DECISION_PROCESS, value);
        }

        Builder withSalesCycle(SalesCycle value) {
            return with(AnswerField.SALES_CYCLE, value);
        }

        Builder withDecisionMakers(String value) {
            return with(AnswerField.DECISION_MAKERS, value);
        }

        Builder withProduct(String value) {
            return with(AnswerField.PRODUCT, value);
        }

        Builder withUsp(String value) {
            return with(AnswerField.USP, value);
        }

        Builder withUspClarity(UspClarity value) {
            return with(AnswerField.USP_CLARITY, value);
        }

        Builder withCompetitors(String value) {
            return with(AnswerField.COMPETITORS, value);
        }

        Builder withPrice(PricePositioning value) {
            return with(AnswerField.PRICE_POSITIONING, value);
        }

        /** Replaces every channel in use. */
        Builder withChannels(List<ChannelUse> value) {
            channels.clear();
            if (value != null) {
                channels.addAll(value);
            }
            return this;
        }

        /** Adds one channel in use. */
        Builder withChannel(CurrentChannel channel, ChannelOutcome outcome) {
            channels.add(new ChannelUse(channel, outcome));
            return this;
        }

        Builder withAnalytics(AnalyticsLevel value) {
            return with(AnswerField.ANALYTICS, value);
        }

        Builder withOnlinePresence(String value) {
            return with(AnswerField.ONLINE_PRESENCE, value);
        }

        Builder withRepeatShare(RepeatShare value) {
            return with(AnswerField.REPEAT_SHARE, value);
        }

        Builder withCustomerBase(CustomerBase value) {
            return with(AnswerField.CUSTOMER_BASE, value);
        }

        Builder withLoyalty(String value) {
            return with(AnswerField.LOYALTY, value);
        }

        Builder withChurnReasons(String value) {
            return with(AnswerField.CHURN_REASONS, value);
        }

        Builder withGrowthGoal(String value) {
            return with(AnswerField.GROWTH_GOAL, value);
        }

        Builder withGrowthHorizon(GrowthHorizon value) {
            return with(AnswerField.GROWTH_HORIZON, value);
        }

        Builder withNewMarkets(String value) {
            return with(AnswerField.NEW_MARKETS, value);
        }

        Builder withConstraints(String value) {
            return with(AnswerField.CONSTRAINTS, value);
        }

        Answers build() {
            answers.set(AnswerField.CHANNELS, List.copyOf(channels));
            return answers.build();
        }
    }
}
