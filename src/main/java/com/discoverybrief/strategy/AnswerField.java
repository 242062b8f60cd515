package com.discoverybrief.strategy;

import java.util.Arrays;
import java.util.List;

/**
 * Every answer a session can hold, with the question that asks it and the level of strategy it
 * informs. This is the one place where an answer is tagged with its level.
 */
public enum AnswerField {
    // 1. Who is our client?
    SEGMENTS(Question.CLIENT, Level.MESO, String.class),
    PAINS(Question.CLIENT, Level.MESO, String.class),
    DECISION_PROCESS(Question.CLIENT, Level.MESO, DecisionProcess.class),
    SALES_CYCLE(Question.CLIENT, Level.MACRO, SalesCycle.class),
    DECISION_MAKERS(Question.CLIENT, Level.MESO, String.class),
    // 2. What do we sell?
    PRODUCT(Question.OFFER, Level.MACRO, String.class),
    USP(Question.OFFER, Level.MESO, String.class),
    USP_CLARITY(Question.OFFER, Level.MESO, UspClarity.class),
    COMPETITORS(Question.OFFER, Level.MACRO, String.class),
    PRICE_POSITIONING(Question.OFFER, Level.MACRO, PricePositioning.class),
    // 3. How do we attract clients?
    CHANNELS(Question.ATTRACTION, Level.MICRO, ChannelUse.class),
    ANALYTICS(Question.ATTRACTION, Level.MICRO, AnalyticsLevel.class),
    ONLINE_PRESENCE(Question.ATTRACTION, Level.MICRO, String.class),
    // 4. How do we retain clients?
    REPEAT_SHARE(Question.RETENTION, Level.MESO, RepeatShare.class),
    CUSTOMER_BASE(Question.RETENTION, Level.MICRO, CustomerBase.class),
    LOYALTY(Question.RETENTION, Level.MESO, String.class),
    CHURN_REASONS(Question.RETENTION, Level.MESO, String.class),
    // 5. How do we scale?
    GROWTH_GOAL(Question.SCALING, Level.MACRO, String.class),
    GROWTH_HORIZON(Question.SCALING, Level.MACRO, GrowthHorizon.class),
    NEW_MARKETS(Question.SCALING, Level.MACRO, String.class),
    CONSTRAINTS(Question.SCALING, Level.MACRO, String.class);

    private final Question question;
    private final Level level;
    private final Class<?> type;

    AnswerField(Question question, Level level, Class<?> type) {
        this.question = question;
        this.level = level;
        this.type = type;
    }

    /**
     * What the answer holds: {@code String} for the client's own words, an enum class for a choice the
     * rules depend on, or {@code ChannelUse} for the list of channels in use.
     */
    public Class<?> type() {
        return type;
    }

    public boolean isText() {
        return type == String.class;
    }

    public Question question() {
        return question;
    }

    public Level level() {
        return level;
    }

    public static List<AnswerField> of(Question question) {
        return Arrays.stream(values()).filter(f -> f.question == question).toList();
    }

    public static List<AnswerField> of(Level level) {
        return Arrays.stream(values()).filter(f -> f.level == level).toList();
    }
}
