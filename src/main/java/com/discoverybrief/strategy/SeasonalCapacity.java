package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.AnswerField.CAPACITY;
import static com.discoverybrief.strategy.AnswerField.CONSTRAINTS;
import static com.discoverybrief.strategy.AnswerField.CUSTOMER_BASE;
import static com.discoverybrief.strategy.AnswerField.GROWTH_GOAL;
import static com.discoverybrief.strategy.AnswerField.SEASON_END;
import static com.discoverybrief.strategy.AnswerField.SEASON_START;

import java.util.List;

/**
 * "At the limit" of a seasonal business describes its season (finding 63): a lake hotel full from June to
 * August stands a quarter full in December. Met outside the season, or working towards months outside it,
 * the business has room — the capacity verdict ("you cannot serve more clients") and the capacity summary
 * do not apply ({@link Signals#atCapacity}); the season's full weeks are sold by price — a higher price on
 * the peak dates, a minimum stay or order, prepayment — and, where the goal is the empty months, the past
 * clients are invited to them first.
 */
final class SeasonalCapacity {

    private SeasonalCapacity() {
    }

    /** Full in the season only, and the plan works outside it: met there, or for a goal in months outside it. */
    static boolean roomNow(Answers answers) {
        return answers.capacity() == Capacity.AT_LIMIT && Signals.seasonal(answers)
                && (Signals.outsideSeason(answers) || OffSeasonGoal.named(answers));
    }

    /** The season is full: it grows by price, a minimum stay or order and prepayment, not by more enquiries. */
    static final Rule FULL_IN_SEASON = new Rule("full-in-season", SeasonalCapacity::roomNow,
            (answers, cite) -> List.of(Proposal.doFirst(Channel.PRICING, Kpi.MARGIN_PER_SALE, Horizon.ONE_TO_THREE_MONTHS,
                    Need.FULL_IN_SEASON, Cite.concat(cite.answers(answers, CAPACITY),
                            cite.answered(answers, SEASON_START, SEASON_END, CONSTRAINTS)))));

    /**
     * The client's goal is the empty months: the clients who came before fill them first and cheapest —
     * invited to the free dates directly, from a base kept in a CRM from the first month.
     */
    static final Rule FILL_OFF_SEASON = new Rule("fill-off-season",
            answers -> roomNow(answers) && OffSeasonGoal.named(answers) && Signals.hasClients(answers)
                    && !Signals.buysOnce(answers),
            (answers, cite) -> List.of(Proposal.doFirst(Channel.CRM_MARKETING, Kpi.REPEAT_PURCHASE_RATE,
                    Horizon.ONE_TO_THREE_MONTHS, Need.EMPTY_MONTHS, Cite.concat(cite.answers(answers, GROWTH_GOAL),
                            cite.answered(answers, CUSTOMER_BASE)))));

    static final List<Rule> ALL = List.of(FULL_IN_SEASON, FILL_OFF_SEASON);
}
