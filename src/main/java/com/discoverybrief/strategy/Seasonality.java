package com.discoverybrief.strategy;

/** Whether clients come all year round or in a season ({@link AnswerField#SEASON_START} to {@link AnswerField#SEASON_END}). */
public enum Seasonality { YEAR_ROUND, SEASONAL, UNKNOWN }
