package com.discoverybrief.strategy;

import java.util.List;

/**
 * A test's money must buy at least one unit of the channel (finding 69): one billboard for a month, one stand
 * at one exhibition. The client names what one unit of the first new channel they ask for costs
 * ({@link AnswerField#REQUESTED_PRICE}); a test may take at most {@value #MAX_TEST_PERCENT} % of the monthly
 * budget beside the work that comes first, so a unit dearer than that is "not now", with the price, its share
 * of the budget and the budget at which it would fit. A unit that fits sets the least money its test line gets
 * ({@link TestPlans}).
 */
final class OneUnit {

    static final int MAX_TEST_PERCENT = 20;

    private OneUnit() {
    }

    /** The channel the named price belongs to: the first one asked for that the client does not run yet. */
    static Channel pricedChannel(Answers answers) {
        if (answers.number(AnswerField.REQUESTED_PRICE) == null) {
            return null;
        }
        return answers.requestedChannels().stream().map(ChannelRequest::channel)
                .filter(channel -> !Signals.runs(answers, channel)).findFirst().orElse(null);
    }

    /** What one unit of this channel costs a month by the client's word, or 0 when they did not name it. */
    static long price(Answers answers, Channel channel) {
        return channel != null && channel == pricedChannel(answers)
                ? answers.number(AnswerField.REQUESTED_PRICE).longValue() : 0;
    }

    /** {@link VerdictReason#ONE_UNIT_TOO_DEAR} for a new test whose one unit the budget cannot carry, else {@code null}. */
    static VerdictReason unfit(Answers answers, Channel channel, Draft draft) {
        long budget = Signals.monthlyBudget(answers);
        long price = price(answers, channel);
        return draft.stage() == Stage.TEST && budget > 0 && price * 100 > budget * MAX_TEST_PERCENT
                ? VerdictReason.ONE_UNIT_TOO_DEAR : null;
    }

    /** The figures the verdict quotes: the unit's price, the monthly budget, the budget at which a unit fits. */
    static Verdict explain(Answers answers, Verdict verdict) {
        if (verdict.reason() != VerdictReason.ONE_UNIT_TOO_DEAR) {
            return verdict;
        }
        long price = price(answers, verdict.channel());
        return new Verdict(verdict.channel(), verdict.motive(), verdict.kind(), verdict.reason(), verdict.priority(),
                verdict.rule(), verdict.condition(), List.of(Figure.of(price, Unit.RUBLES),
                        Figure.of(Signals.monthlyBudget(answers), Unit.RUBLES),
                        Figure.of(price * 100.0 / MAX_TEST_PERCENT, Unit.RUBLES)));
    }
}
