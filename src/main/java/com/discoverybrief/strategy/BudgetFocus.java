package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * A small budget cannot feed many tests at once: spread thin, none of them reaches a number worth
 * reading. With the smallest budget band only the first {@value #PARALLEL_TESTS} new acquisition tests
 * in ranking order stay, each citing the budget; strategy, measurement, retention and channels that
 * already bring profit are never cut.
 */
final class BudgetFocus {

    static final String RULE = "small-budget-focus";
    static final int PARALLEL_TESTS = 2;

    private BudgetFocus() {
    }

    static List<Draft> apply(Answers answers, List<Draft> ranked) {
        if (answers.budget() != BudgetRange.UP_TO_50K) {
            return ranked;
        }
        // Budget is a session-header value; it is cited on the constraints question it belongs to.
        Reason budget = new Reason(RULE, AnswerField.CONSTRAINTS, List.of(BudgetRange.UP_TO_50K),
                Excerpts.of(answers.constraints()));
        List<Draft> focused = new ArrayList<>(ranked.size());
        int tests = 0;
        for (Draft draft : ranked) {
            if (isNewAcquisitionTest(answers, draft)) {
                if (tests == PARALLEL_TESTS) {
                    continue;
                }
                tests++;
                draft.addReason(budget);
            }
            focused.add(draft);
        }
        return focused;
    }

    private static boolean isNewAcquisitionTest(Answers answers, Draft draft) {
        return draft.stage() == Stage.TEST && draft.channel().group() == Channel.Group.ACQUISITION
                && !Signals.profitsFrom(answers, draft.channel());
    }
}
