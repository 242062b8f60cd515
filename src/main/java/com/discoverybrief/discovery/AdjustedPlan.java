package com.discoverybrief.discovery;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import java.util.List;
import java.util.Set;

/**
 * A session's plan as the client will see it: the engine's recommendations with the account
 * manager's adjustments laid over them, and the agency note.
 *
 * @param assessment      the engine's assessment, unchanged
 * @param recommendations the final plan, ranked 1..n
 * @param adjustments     the adjustments in force, in the order made, each saying whether it still applies
 * @param added           the channels in the plan that an adjustment added from the catalogue
 * @param revision        the plan's revision, to hand back with the next adjustment (conflict check)
 * @param agencyNote      the account manager's note for the client, or null
 */
public record AdjustedPlan(SessionAssessment assessment, List<Recommendation> recommendations,
        List<PlanAdjustment> adjustments, Set<Channel> added, int revision, String agencyNote) {

    public AdjustedPlan {
        recommendations = List.copyOf(recommendations);
        adjustments = List.copyOf(adjustments);
        added = Set.copyOf(added);
    }

    /** Whether anything was adjusted: the internal "adjusted" marker. */
    public boolean adjusted() {
        return !adjustments.isEmpty();
    }

    /** The adjustments that no longer apply, to review. */
    public List<PlanAdjustment> toReview() {
        return adjustments.stream().filter(a -> !a.applies()).toList();
    }

    /** The adjustments in force on one channel that apply, in the order made. */
    public List<PlanAdjustment> on(Channel channel) {
        return adjustments.stream().filter(a -> a.applies() && a.adjustment().channel() == channel).toList();
    }

    /** The engine's recommendations that the final plan leaves out. */
    public List<Recommendation> hidden() {
        return assessment.assessment().recommendations().stream()
                .filter(r -> recommendations.stream().noneMatch(f -> f.channel() == r.channel())).toList();
    }
}
