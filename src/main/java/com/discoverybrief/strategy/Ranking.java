package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges proposals per channel and orders them by need and dependency, never by counting reasons:
 * <ol>
 * <li>a named problem that costs money now (clients leaving, a draining channel, bad reviews, no room
 * for more clients);</li>
 * <li>what already brings profit, kept — never below a new test;</li>
 * <li>the other work to do first — strategy, measurement, the site, the base — heaviest need first;</li>
 * <li>the generic gaps any brief would fill;</li>
 * <li>the channels the client runs without a known profit — or said to pay where that cannot be so (search with no
 * site) — kept running while they are measured;</li>
 * <li>the tests, heaviest need first and the cheaper first where the need is equal.</li>
 * </ol>
 * Within that order a piece of work is placed only once everything it waits for is placed, so a
 * prerequisite is always ranked above what depends on it. Within a tier and a need, the work the plan funds first
 * ({@link Draft#leads()}) comes first. Ties fall to catalogue order. Priorities
 * are then 1..n.
 */
final class Ranking {

    static final Comparator<Draft> ORDER = Comparator.comparingInt(Ranking::tier)
            .thenComparingInt(draft -> -draft.need().weight())
            .thenComparing(draft -> !draft.leads())
            .thenComparingLong(draft -> draft.stage() == Stage.TEST ? draft.channel().testBudget() : 0)
            .thenComparing(Draft::channel);

    private static final int NAMED_PROBLEM = 5;
    private static final int BLOCKER = 3;

    private Ranking() {
    }

    static Map<Channel, Draft> merge(List<Proposal> proposals) {
        Map<Channel, Draft> drafts = new EnumMap<>(Channel.class);
        for (Proposal proposal : proposals) {
            Draft draft = drafts.get(proposal.channel());
            if (draft == null) {
                drafts.put(proposal.channel(), new Draft(proposal));
            } else {
                draft.merge(proposal);
            }
        }
        return drafts;
    }

    static int tier(Draft draft) {
        if (draft.isKept()) {
            // search said to pay with no site to land on is a claim to check, not step 1 (finding 92): it is kept
            // while it is measured, below the work to do first
            return draft.isProfitable() && !draft.verifies(AnswerField.SITE) ? 1 : 4;
        }
        if (draft.stage() == Stage.DO_FIRST) {
            // people who walk in find the business on the spot and on the map: that comes before a delivery
            // aggregator or any channel kept because it pays (adv13d finding 47)
            if (draft.need() == Need.FOUND_ON_THE_SPOT) {
                return 0;
            }
            int weight = draft.need().weight();
            return weight >= NAMED_PROBLEM ? 0 : weight >= BLOCKER ? 2 : 3;
        }
        return 5;
    }

    /** The drafts in rank order: by {@link #ORDER}, each placed only after what it waits for. */
    static List<Draft> order(Collection<Draft> drafts) {
        List<Draft> pending = new ArrayList<>(drafts);
        pending.sort(ORDER);
        List<Draft> placed = new ArrayList<>(pending.size());
        Set<Channel> done = EnumSet.noneOf(Channel.class);
        while (!pending.isEmpty()) {
            Draft next = pending.stream().filter(d -> done.containsAll(d.prerequisites())).findFirst()
                    .orElse(pending.get(0)); // a cycle cannot happen, but never loop forever
            pending.remove(next);
            placed.add(next);
            done.add(next.channel());
        }
        for (Draft draft : placed) {
            Channel last = null;
            for (Draft earlier : placed) {
                if (draft.prerequisites().contains(earlier.channel())) {
                    last = earlier.channel();
                }
            }
            draft.conditionOn(last == null ? null : Condition.after(last));
        }
        return placed;
    }

    static List<Recommendation> prioritise(List<Draft> ordered) {
        Map<Channel, Integer> rank = new EnumMap<>(Channel.class);
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).channel(), i);
        }
        List<Recommendation> recommendations = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Recommendation r = ordered.get(i).toRecommendation(i + 1);
            List<Channel> prerequisites = r.prerequisites().stream().sorted(Comparator.comparing(rank::get)).toList();
            recommendations.add(new Recommendation(r.priority(), r.channel(), r.stage(), r.reasons(), r.kpi(),
                    r.horizon(), r.condition(), prerequisites, r.verify()));
        }
        return recommendations;
    }
}
