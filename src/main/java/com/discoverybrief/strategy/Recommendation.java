package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel the agency recommends, framed as a test: when, why (the answers that triggered it), the
 * KPI to watch, and how long until it shows results. {@code priority} is 1-based.
 *
 * @param condition     what must be done before it starts: the last of its prerequisites
 * @param prerequisites the recommendations that must come first, all ranked above this one
 * @param verify        answers it rests on that are only assumptions: check them before spending on it
 */
public record Recommendation(int priority, Channel channel, Stage stage, List<Reason> reasons, Kpi kpi,
        Horizon horizon, Optional<Condition> condition, List<Channel> prerequisites, List<AnswerField> verify) {
    public Recommendation {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(horizon, "horizon");
        reasons = List.copyOf(reasons);
        condition = condition == null ? Optional.empty() : condition;
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        verify = verify == null ? List.of() : List.copyOf(verify);
    }

    /** A recommendation with no prerequisites and nothing to verify, as older rules made them. */
    public Recommendation(int priority, Channel channel, Stage stage, List<Reason> reasons, Kpi kpi, Horizon horizon,
            Optional<Condition> condition) {
        this(priority, channel, stage, reasons, kpi, horizon, condition, List.of(), List.of());
    }

    /** Whether the client already earns with it: kept (and measured) or scaled. */
    public boolean isKept() {
        return stage == Stage.KEEP || stage == Stage.SCALE;
    }
}
