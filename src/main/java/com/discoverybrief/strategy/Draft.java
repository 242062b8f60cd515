package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A recommendation being assembled from every proposal for one channel. Merging keeps the union of
 * the reasons and the earliest stage; at that stage the first condition wins, because waiting for a
 * precondition is the cautious reading of two proposals.
 */
final class Draft {

    private final Channel channel;
    private final Set<Reason> reasons = new LinkedHashSet<>();
    private Stage stage;
    private Kpi kpi;
    private Horizon horizon;
    private Condition condition;

    Draft(Proposal first) {
        channel = first.channel();
        settle(first);
    }

    void merge(Proposal proposal) {
        if (proposal.stage().compareTo(stage) < 0) {
            settle(proposal);
        } else {
            reasons.addAll(proposal.reasons());
            if (proposal.stage() == stage && condition == null) {
                condition = proposal.condition();
            }
        }
    }

    /** Takes this proposal's stage, KPI, horizon and condition, keeping every reason gathered so far. */
    void settle(Proposal proposal) {
        stage = proposal.stage();
        kpi = proposal.kpi();
        horizon = proposal.horizon();
        condition = proposal.condition();
        reasons.addAll(proposal.reasons());
    }

    void postpone(Stage later, Condition until) {
        stage = later;
        condition = until;
    }

    void addReason(Reason reason) {
        reasons.add(reason);
    }

    Channel channel() {
        return channel;
    }

    Stage stage() {
        return stage;
    }

    Condition condition() {
        return condition;
    }

    int reasonCount() {
        return reasons.size();
    }

    Recommendation toRecommendation(int priority) {
        return new Recommendation(priority, channel, stage, new ArrayList<>(reasons), kpi, horizon,
                Optional.ofNullable(condition));
    }
}
