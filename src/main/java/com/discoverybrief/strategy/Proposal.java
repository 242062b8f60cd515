package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;

/**
 * What one rule proposes for one channel, before proposals for the same channel are merged and
 * ranked: the stage, the KPI and horizon, and the need it answers (see {@link Need}). A proposal
 * that cites no answer is a bug in the rule, so it fails at once.
 */
record Proposal(Channel channel, Stage stage, Kpi kpi, Horizon horizon, Need need, List<Reason> reasons) {

    Proposal {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(need, "need");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a proposal for " + channel + " must cite at least one answer");
        }
    }

    static Proposal doFirst(Channel channel, Kpi kpi, Horizon horizon, Need need, List<Reason> reasons) {
        return new Proposal(channel, Stage.DO_FIRST, kpi, horizon, need, reasons);
    }

    static Proposal test(Channel channel, Kpi kpi, Horizon horizon, Need need, List<Reason> reasons) {
        return new Proposal(channel, Stage.TEST, kpi, horizon, need, reasons);
    }

    static Proposal keep(Channel channel, Stage stage, Kpi kpi, Horizon horizon, List<Reason> reasons) {
        return new Proposal(channel, stage, kpi, horizon, stage == Stage.SCALE ? Need.PROVEN : Need.WHAT_WORKS, reasons);
    }

    /** The rule that made it: the rule of its first reason. */
    String rule() {
        return reasons.get(0).rule();
    }
}
