package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.ANALYTICS;
import static com.discoverybrief.strategy.AnswerField.AUDIENCE_CLARITY;
import static com.discoverybrief.strategy.AnswerField.CAPACITY;
import static com.discoverybrief.strategy.AnswerField.CHANNELS;
import static com.discoverybrief.strategy.AnswerField.COMPETITORS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.DECISION_PROCESS;
import static com.discoverybrief.strategy.AnswerField.EXPANSION_TARGET;
import static com.discoverybrief.strategy.AnswerField.GROWTH_GOAL;
import static com.discoverybrief.strategy.AnswerField.GROWTH_HORIZON;
import static com.discoverybrief.strategy.AnswerField.PAINS;
import static com.discoverybrief.strategy.AnswerField.PRICE_POSITIONING;
import static com.discoverybrief.strategy.AnswerField.PRODUCT;
import static com.discoverybrief.strategy.AnswerField.PURCHASE_FREQUENCY;
import static com.discoverybrief.strategy.AnswerField.REPEAT_PERCENT;
import static com.discoverybrief.strategy.AnswerField.REPEAT_SHARE;
import static com.discoverybrief.strategy.AnswerField.REVIEWS;
import static com.discoverybrief.strategy.AnswerField.SALES_CYCLE;
import static com.discoverybrief.strategy.AnswerField.SEGMENTS;
import static com.discoverybrief.strategy.AnswerField.SITE;
import static com.discoverybrief.strategy.AnswerField.USP;
import static com.discoverybrief.strategy.AnswerField.USP_CLARITY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which answers a level of strategy cannot be written without. Readiness is
 * the share of these that are known (capped by {@link Levels} where the strategy itself is weak); each
 * one that is not becomes a gap, a question for the next meeting.
 * <ul>
 * <li><b>Macro</b> (business strategy: how the company earns, in which market, where it grows):
 * the product, the sales cycle, the competitors, the price positioning, the growth goal and its
 * horizon, where it wants to expand and whether it can take more clients. New markets in words and
 * constraints are optional; the numbers are optional too, but unknown economics cap the level.</li>
 * <li><b>Meso</b> (marketing strategy: audience, USP, loyalty): the segments and how well they are
 * known, pains, how they decide, the USP in the client's words and how clear it is, how often a client
 * buys and the share of repeat purchases (a band or a percentage). Who decides, loyalty and churn
 * reasons are optional detail.</li>
 * <li><b>Micro</b> (operational tools): the channels in use, analytics, the site, the reviews and the
 * customer base. Maps matter only to local businesses, so they are optional.</li>
 * </ul>
 * An answer of "don't know" ({@code UNKNOWN} in any choice) is answered but not known, so it stays a
 * gap and does not count towards readiness.
 */
final class RequiredFields {

    private static final Map<Level, List<AnswerField>> REQUIRED = new EnumMap<>(Map.of(
            Level.MACRO, List.of(PRODUCT, SALES_CYCLE, COMPETITORS, PRICE_POSITIONING, GROWTH_GOAL, GROWTH_HORIZON,
                    EXPANSION_TARGET, CAPACITY),
            Level.MESO, List.of(SEGMENTS, AUDIENCE_CLARITY, PAINS, DECISION_PROCESS, USP, USP_CLARITY,
                    PURCHASE_FREQUENCY, REPEAT_SHARE),
            Level.MICRO, List.of(CHANNELS, ANALYTICS, SITE, REVIEWS, CUSTOMER_BASE)));

    private RequiredFields() {
    }

    static List<AnswerField> of(Level level) {
        return REQUIRED.get(level);
    }

    /**
     * The fields this client's level cannot be written without: a one-off purchase has no repeat share
     * to ask about, and a business that has not opened yet has neither repeat purchases nor channels.
     */
    static List<AnswerField> of(Level level, Answers answers) {
        if (level == Level.MESO && (Signals.buysOnce(answers) || Signals.notOpenYet(answers))) {
            return REQUIRED.get(level).stream().filter(field -> field != REPEAT_SHARE).toList();
        }
        // a business that has not opened runs no channel yet: "none" is the answer, not a gap
        if (level == Level.MICRO && Signals.notOpenYet(answers)) {
            return REQUIRED.get(level).stream().filter(field -> field != CHANNELS).toList();
        }
        return REQUIRED.get(level);
    }

    /**
     * Answered with something other than "don't know". The repeat share is known from either its band
     * or its percentage.
     */
    static boolean isKnown(Answers answers, AnswerField field) {
        if (field == REPEAT_SHARE && answers.isAnswered(REPEAT_PERCENT)) {
            return true;
        }
        return answers.isAnswered(field) && !isDontKnow(answers.valueOf(field));
    }

    // Every vocabulary enum spells "the client does not know" as UNKNOWN, so a new one needs no change here.
    private static boolean isDontKnow(Object value) {
        return value instanceof Enum<?> constant && "UNKNOWN".equals(constant.name());
    }
}
