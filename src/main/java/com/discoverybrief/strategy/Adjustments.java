package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies an account manager's {@link Adjustment}s, in the order they were made, on top of the
 * engine's recommendations, without changing them. An adjustment applies while its recommendation is
 * there (for an addition: while the engine does not recommend the channel itself); one that no longer
 * applies — the engine's output changed after it was made — is skipped and reported, never dropped,
 * so that someone can review it.
 */
public final class Adjustments {

    /** The horizon of a channel added by hand: the engine has no answers to judge it by. */
    static final Horizon ADDED_HORIZON = Horizon.ONE_TO_THREE_MONTHS;

    private Adjustments() {
    }

    /**
     * The plan after the adjustments.
     *
     * @param recommendations the final recommendations, ranked 1..n
     * @param stale           positions (in the list applied) of the adjustments that no longer apply
     * @param added           the channels in the plan that an adjustment added
     */
    public record Adjusted(List<Recommendation> recommendations, List<Integer> stale, Set<Channel> added) {
        public Adjusted {
            recommendations = List.copyOf(recommendations);
            stale = List.copyOf(stale);
            added = added.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(added));
        }

        public boolean applies(int position) {
            return !stale.contains(position);
        }
    }

    public static Adjusted apply(List<Recommendation> engine, List<Adjustment> adjustments) {
        Objects.requireNonNull(engine, "engine");
        List<Recommendation> plan = new ArrayList<>(engine);
        List<Integer> stale = new ArrayList<>();
        Set<Channel> added = EnumSet.noneOf(Channel.class);
        for (int position = 0; position < adjustments.size(); position++) {
            Adjustment adjustment = adjustments.get(position);
            int at = indexOf(plan, adjustment.channel());
            if (adjustment.kind() == Adjustment.Kind.ADD ? at >= 0 : at < 0) {
                stale.add(position);
                continue;
            }
            switch (adjustment.kind()) {
                case HIDE -> {
                    plan.remove(at);
                    added.remove(adjustment.channel());
                }
                case MOVE_UP -> {
                    if (at > 0) {
                        plan.add(at - 1, plan.remove(at));
                    }
                }
                case MOVE_DOWN -> {
                    if (at < plan.size() - 1) {
                        plan.add(at + 1, plan.remove(at));
                    }
                }
                case STAGE -> plan.set(at, withStage(plan.get(at), adjustment.stage()));
                case ADD -> {
                    plan.add(new Recommendation(0, adjustment.channel(), adjustment.stage(), List.of(),
                            AcquisitionRules.kpiOf(adjustment.channel()), ADDED_HORIZON, null));
                    added.add(adjustment.channel());
                }
            }
        }
        return new Adjusted(ranked(plan), stale, added);
    }

    private static int indexOf(List<Recommendation> plan, Channel channel) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).channel() == channel) {
                return i;
            }
        }
        return -1;
    }

    private static Recommendation withStage(Recommendation r, Stage stage) {
        return new Recommendation(r.priority(), r.channel(), stage, r.reasons(), r.kpi(), r.horizon(), r.condition(),
                r.prerequisites(), r.verify());
    }

    /** Ranks 1..n in the final order; a prerequisite that was hidden is no longer waited for. */
    private static List<Recommendation> ranked(List<Recommendation> plan) {
        Set<Channel> present = EnumSet.noneOf(Channel.class);
        plan.forEach(r -> present.add(r.channel()));
        List<Recommendation> result = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            Recommendation r = plan.get(i);
            List<Channel> prerequisites = r.prerequisites().stream().filter(present::contains).toList();
            var condition = r.condition().filter(c -> r.prerequisites().stream()
                    .noneMatch(p -> !present.contains(p) && Condition.after(p) == c));
            result.add(new Recommendation(i + 1, r.channel(), r.stage(), r.reasons(), r.kpi(), r.horizon(), condition,
                    prerequisites, r.verify()));
        }
        return result;
    }
}
