package com.discoverybrief.strategy;

import java.util.List;

/**
 * A read-only snapshot of everything a discovery session knows, as the engine sees it. Text is
 * {@code null} or blank when not asked yet; a choice is {@code null} when not asked yet.
 */
public record Answers(
        BusinessModel businessModel,
        Geography geography,
        CompanySize companySize,
        BudgetRange budget,
        // 1. Who is our client?
        String segments,
        String pains,
        DecisionProcess decisionProcess,
        SalesCycle salesCycle,
        String decisionMakers,
        // 2. What do we sell?
        String product,
        String usp,
        UspClarity uspClarity,
        String competitors,
        PricePositioning pricePositioning,
        // 3. How do we attract clients?
        List<ChannelUse> channels,
        AnalyticsLevel analytics,
        String onlinePresence,
        // 4. How do we retain clients?
        RepeatShare repeatShare,
        CustomerBase customerBase,
        String loyalty,
        String churnReasons,
        // 5. How do we scale?
        String growthGoal,
        GrowthHorizon growthHorizon,
        String newMarkets,
        String constraints) {

    /** A session where nothing has been asked yet. */
    public static final Answers EMPTY = new Answers(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null);

    public Answers {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** Whether the client has said anything for this field. */
    public boolean isAnswered(AnswerField field) {
        Object value = valueOf(field);
        if (value instanceof String text) {
            return !text.isBlank();
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        return value != null;
    }

    /** The raw value of a field: a {@code String}, an enum constant or a {@code List<ChannelUse>}. */
    public Object valueOf(AnswerField field) {
        return switch (field) {
            case SEGMENTS -> segments;
            case PAINS -> pains;
            case DECISION_PROCESS -> decisionProcess;
            case SALES_CYCLE -> salesCycle;
            case DECISION_MAKERS -> decisionMakers;
            case PRODUCT -> product;
            case USP -> usp;
            case USP_CLARITY -> uspClarity;
            case COMPETITORS -> competitors;
            case PRICE_POSITIONING -> pricePositioning;
            case CHANNELS -> channels;
            case ANALYTICS -> analytics;
            case ONLINE_PRESENCE -> onlinePresence;
            case REPEAT_SHARE -> repeatShare;
            case CUSTOMER_BASE -> customerBase;
            case LOYALTY -> loyalty;
            case CHURN_REASONS -> churnReasons;
            case GROWTH_GOAL -> growthGoal;
            case GROWTH_HORIZON -> growthHorizon;
            case NEW_MARKETS -> newMarkets;
            case CONSTRAINTS -> constraints;
        };
    }
}
