package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;

/**
 * What one rule proposes for one channel, before proposals for the same channel are merged and
 * ranked. A proposal that cites no answer is a bug in the rule, so it fails at once.
 */
record Proposal(Channel channel, Stage stage, Kpi kpi, Horizon horizon, Condition condition, List<Reason> reasons) {

    Proposal {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(horizon, "horizon");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a proposal for " + channel + " must cite at least one answer");
        }
    }

    static Proposal doFirst(Channel channel, Kpi kpi, Horizon horizon, List<Reason> reasons) {
        return new Proposal(channel, Stage.DO_FIRST, kpi, horizon, null, reasons);
    }

    static Proposal test(Channel channel, Kpi kpi, Horizon horizon, List<Reason> reasons) {
        return new Proposal(channel, Stage.TEST, kpi, horizon, null, reasons);
    }

    static Proposal scale(Channel channel, Kpi kpi, Horizon horizon, List<Reason> reasons) {
        return new Proposal(channel, Stage.SCALE, kpi, horizon, null, reasons);
    }

    Proposal after(Condition newCondition) {
        return new Proposal(channel, stage, kpi, horizon, newCondition, reasons);
    }
}
