package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Merges proposals per channel and orders them so the order can be read off the recommendations
 * themselves, without a score:
 * <ol>
 * <li>by stage: do first, then test, then scale;</li>
 * <li>by process, in the seed's logic: strategy first (understand the market, the client, the offer,
 * and set up measurement), then retention (keeping a client is cheaper than finding one), then
 * optimisation (get more from what is already spent), and acquisition last (find new clients);</li>
 * <li>by the number of answers that call for it, more first;</li>
 * <li>by catalogue order, so equal cases are stable.</li>
 * </ol>
 * Priorities are then 1..n in that order.
 */
final class Ranking {

    static final List<Channel.Group> GROUP_ORDER = List.of(Channel.Group.STRATEGY, Channel.Group.RETENTION,
            Channel.Group.OPTIMISATION, Channel.Group.ACQUISITION);

    static final Comparator<Draft> ORDER = Comparator.comparing(Draft::stage)
            .thenComparingInt(draft -> GROUP_ORDER.indexOf(draft.channel().group()))
            .thenComparing(Comparator.comparingInt(Draft::reasonCount).reversed())
            .thenComparing(Draft::channel);

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

    static List<Draft> sort(Collection<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort(ORDER);
        return sorted;
    }

    static List<Recommendation> prioritise(Collection<Draft> drafts) {
        List<Draft> sorted = sort(drafts);
        List<Recommendation> recommendations = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            recommendations.add(sorted.get(i).toRecommendation(i + 1));
        }
        return recommendations;
    }
}
