package com.discoverybrief.strategy;

import java.util.function.Function;

/**
 * Questions asked only after a certain answer to another one: the season's first and last month only
 * of a business that said its clients come in a season; the price of the channel the client asks for only
 * once a channel is asked for. The questionnaire hides a follow-up that is
 * not asked and does not count it as missing; an answer given to it before the client took the
 * condition back stays stored (a mis-tap costs nothing) but is not read.
 */
public final class FollowUps {

    private FollowUps() {
    }

    /**
     * Whether {@code field} is asked, given the answers so far ({@code answer} gives a field's typed
     * value, {@code null} when not answered).
     */
    public static boolean asked(AnswerField field, Function<AnswerField, Object> answer) {
        return switch (field) {
            case SEASON_START, SEASON_END -> answer.apply(AnswerField.SEASONALITY) == Seasonality.SEASONAL;
            // the price of the channel asked for, once a channel is asked for
            case REQUESTED_PRICE -> answer.apply(AnswerField.REQUESTED_CHANNELS) instanceof java.util.List<?> asked
                    && !asked.isEmpty();
            default -> true;
        };
    }

    /**
     * Whether the questionnaire and the review show {@code field}: it is asked, or it holds an answer
     * still read (one saved before the question became a follow-up, its condition never answered).
     */
    public static boolean shown(AnswerField field, Function<AnswerField, Object> answer) {
        return asked(field, answer) || answer.apply(field) != null && !takenBack(field, answer);
    }

    /**
     * Whether an answer to {@code field} was taken back: the question it follows up on is answered
     * otherwise now (the months of a season for a business that works all year round). A follow-up
     * whose condition is not answered at all is still read, as sessions saved before the question was
     * a follow-up hold it that way.
     */
    public static boolean takenBack(AnswerField field, Function<AnswerField, Object> answer) {
        return switch (field) {
            case SEASON_START, SEASON_END -> answer.apply(AnswerField.SEASONALITY) != null
                    && !asked(field, answer);
            default -> false;
        };
    }
}
