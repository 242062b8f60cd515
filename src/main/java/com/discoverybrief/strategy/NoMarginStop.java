package com.discoverybrief.strategy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sale that earns nothing (finding 87 for 60: «маржа ноль»): every client the paid channels bring is bought at a
 * loss, so they are not kept on for the whole plan in the hope that the stop fires by its last week. The channels the
 * client runs today keep their money only until the first reading of the work on the margin — the week the new price
 * and the order's economics are judged — and stop there unless the margin per order has turned; the money of the weeks
 * after it waits in the reserve, released only to a margin that pays.
 */
final class NoMarginStop {

    private NoMarginStop() {
    }

    /**
     * The last week the channels run today spend in: the first reading of the first piece of work on the margin per
     * sale, which starts at once; {@link Integer#MAX_VALUE} where a sale earns something or the plan has no such work.
     */
    static int lastWeek(Answers answers, List<Recommendation> work) {
        BigDecimal margin = Signals.marginPerSale(answers);
        if (margin == null || margin.signum() > 0) {
            return Integer.MAX_VALUE;
        }
        return work.stream().filter(r -> r.kpi() == Kpi.MARGIN_PER_SALE)
                .mapToInt(r -> Math.max(Horizons.weeks(r.channel(), r.stage(), r.kpi(), answers),
                        Horizons.readableAfter(r.kpi(), answers)))
                .findFirst().orElse(Integer.MAX_VALUE);
    }

    /** Whether a line is bound by that week: a channel the client runs today that brings clients. */
    static boolean bound(Channel channel, PlannedTest.Kind kind) {
        return kind.keeps() && channel.group() == Channel.Group.ACQUISITION;
    }
}
