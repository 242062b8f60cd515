package com.discoverybrief.strategy;

import java.util.Arrays;
import java.util.List;

/**
 * Every answer a session can hold, with the question that asks it and the level of strategy it
 * informs. This is the one place where an answer is tagged with its level.
 */
public enum AnswerField {
    // 1. Who is our client?
    SEGMENTS(Question.CLIENT, Level.MESO),
    PAINS(Question.CLIENT, Level.MESO),
    DECISION_PROCESS(Question.CLIENT, Level.MESO),
    SALES_CYCLE(Question.CLIENT, Level.MACRO),
    DECISION_MAKERS(Question.CLIENT, Level.MESO),
    // 2. What do we sell?
    PRODUCT(Question.OFFER, Level.MACRO),
    USP(Question.OFFER, Level.MESO),
    USP_CLARITY(Question.OFFER, Level.MESO),
    COMPETITORS(Question.OFFER, Level.MACRO),
    PRICE_POSITIONING(Question.OFFER, Level.MACRO),
    // 3. How do we attract clients?
    CHANNELS(Question.ATTRACTION, Level.MICRO),
    ANALYTICS(Question.ATTRACTION, Level.MICRO),
    ONLINE_PRESENCE(Question.ATTRACTION, Level.MICRO),
    // 4. How do we retain clients?
    REPEAT_SHARE(Question.RETENTION, Level.MESO),
    CUSTOMER_BASE(Question.RETENTION, Level.MICRO),
    LOYALTY(Question.RETENTION, Level.MESO),
    CHURN_REASONS(Question.RETENTION, Level.MESO),
    // 5. How do we scale?
    GROWTH_GOAL(Question.SCALING, Level.MACRO),
    GROWTH_HORIZON(Question.SCALING, Level.MACRO),
    NEW_MARKETS(Question.SCALING, Level.MACRO),
    CONSTRAINTS(Question.SCALING, Level.MACRO);

    private final Question question;
    private final Level level;

    AnswerField(Question question, Level level) {
        this.question = question;
        this.level = level;
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
