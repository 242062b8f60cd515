package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.ANALYTICS;
import static com.discoverybrief.strategy.AnswerField.CHANNELS;
import static com.discoverybrief.strategy.AnswerField.COMPETITORS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.GROWTH_GOAL;
import static com.discoverybrief.strategy.AnswerField.GROWTH_HORIZON;
import static com.discoverybrief.strategy.AnswerField.ONLINE_PRESENCE;
import static com.discoverybrief.strategy.AnswerField.PAINS;
import static com.discoverybrief.strategy.AnswerField.PRICE_POSITIONING;
import static com.discoverybrief.strategy.AnswerField.PRODUCT;
import static com.discoverybrief.strategy.AnswerField.REPEAT_SHARE;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;
import static com.discoverybrief.strategy.AnswerField.SEGMENTS;
import static com.discoverybrief.strategy.AnswerField.USP;
import static com.discoverybrief.strategy.AnswerField.USP_CLARITY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which answers a level of strategy cannot be written without. Readiness is
 * the share of these that are known; each one that is not becomes a gap, a question for the next
 * meeting.
 * <ul>
 * <li><b>Macro</b> (business strategy: how the company earns, in which market, where it grows):
 * the product, the sales cycle, the competitors, the price positioning, the growth goal and its
 * horizon. New markets and constraints are optional: not every client is entering a market, and
 * "no constraints" is a legitimate silence.</li>
 * <li><b>Meso</b> (marketing strategy: audience, USP, loyalty): segments, pains, how they decide,
 * the USP in the client's words and how clear it is, and the share of repeat purchases. Who
 * decides, loyalty and churn reasons are optional detail.</li>
 * <li><b>Micro</b> (operational tools): the channels in use, analytics, site and social presence,
 * and the customer base.</li>
 * </ul>
 * An answer of "don't know" ({@code UNKNOWN}: sales cycle, decision process, price positioning,
 * repeat share) is answered but not known, so it stays a gap and does not count towards readiness.
 */
final class RequiredFields {

    private static final Map<Level, List<AnswerField>> REQUIRED = new EnumMap<>(Map.of(
            Level.MACRO, List.of(PRODUCT, SALES_CYCLE, COMPETITORS, PRICE_POSITIONING, GROWTH_GOAL, GROWTH_HORIZON),
            Level.MESO, List.of(SEGMENTS, PAINS, DECISION_PROCESS, USP, USP_CLARITY, REPEAT_SHARE),
            Level.MICRO, List.of(CHANNELS, ANALYTICS, ONLINE_PRESENCE, CUSTOMER_BASE)));

    private RequiredFields() {
    }

    static List<AnswerField> of(Level level) {
        return REQUIRED.get(level);
    }

    /** Answered with something other than "don't know". */
    static boolean isKnown(Answers answers, AnswerField field) {
        return answers.isAnswered(field) && !isDontKnow(answers.valueOf(field));
    }

    // Every vocabulary enum spells "the client does not know" as UNKNOWN, so a new one needs no change here.
    private static boolean isDontKnow(Object value) {
        return value instanceof Enum<?> constant && "UNKNOWN".equals(constant.name());
    }
}
