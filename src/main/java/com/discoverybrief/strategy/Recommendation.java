package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel the agency recommends, framed as a test: when, why (the answers that triggered it),
 * the KPI to watch, and how long until it shows results. {@code priority} is 1-based.
 */
public record Recommendation(int priority, Channel channel, Stage stage, List<Reason> reasons, Kpi kpi,
        Horizon horizon, Optional<Condition> condition) {
    public Recommendation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(horizon, "horizon");
        reasons = List.copyOf(reasons);
        condition = condition == null ? Optional.empty() : condition;
    }
}
