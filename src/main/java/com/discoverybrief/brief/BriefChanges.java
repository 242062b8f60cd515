package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed in the recommendations since an earlier brief of the same session: each channel added,
 * removed, moved up or down, and the changed answers behind it (the answers its reasons read, now or
 * then). Computed from two snapshots; nothing here knows about PDF or screens.
 *
 * @param since        the date of the earlier brief
 * @param rulesBefore  the rules version of the earlier brief
 * @param rulesNow     the rules version of this one
 * @param changes      the changed recommendations, in the new order, removed ones last
 */
public record BriefChanges(LocalDate since, String rulesBefore, String rulesNow, List<Change> changes) {

    public BriefChanges {
        Objects.requireNonNull(since, "since");
        changes = List.copyOf(changes);
    }

    public enum Kind { ADDED, REMOVED, UP, DOWN }

    /**
     * One recommendation that changed.
     *
     * @param channel the channel
     * @param kind    added, removed, moved up or down
     * @param before  its step in the earlier brief, 0 when it was not there
     * @param after   its step now, 0 when it is gone
     * @param causes  the changed answers its reasons read; empty when only the rules changed
     */
    public record Change(Channel channel, Kind kind, int before, int after, List<AnswerField> causes) {
        public Change {
            causes = List.copyOf(causes);
        }
    }

    /** Whether the rules that made the two briefs differ. */
    public boolean rulesChanged() {
        return !Objects.equals(rulesBefore, rulesNow);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Compares two briefs' recommendations.
     *
     * @param changedAnswers the answer fields whose stored value differs between the two briefs
     */
    public static BriefChanges between(LocalDate since, String rulesBefore, List<Recommendation> before,
            String rulesNow, List<Recommendation> now, Set<AnswerField> changedAnswers) {
        Map<Channel, Recommendation> then = before.stream()
                .collect(Collectors.toMap(Recommendation::channel, Function.identity(), (a, b) -> a));
        Map<Channel, Recommendation> current = now.stream()
                .collect(Collectors.toMap(Recommendation::channel, Function.identity(), (a, b) -> a));
        List<Channel> sharedNow = now.stream().map(Recommendation::channel).filter(then::containsKey).toList();
        List<Channel> sharedBefore = before.stream().map(Recommendation::channel).filter(current::containsKey).toList();
        List<Change> changes = new ArrayList<>();
        for (Recommendation recommendation : now) {
            Recommendation earlier = then.get(recommendation.channel());
            List<AnswerField> causes = causes(changedAnswers, recommendation, earlier);
            if (earlier == null) {
                changes.add(new Change(recommendation.channel(), Kind.ADDED, 0, recommendation.priority(), causes));
            } else if (sharedNow.indexOf(recommendation.channel()) != sharedBefore.indexOf(recommendation.channel())) {
                // the rank among the recommendations both briefs share: a channel added above another one
                // moves that one's number but not its place in the plan
                Kind kind = sharedNow.indexOf(recommendation.channel()) < sharedBefore.indexOf(recommendation.channel()) ? Kind.UP
                        : Kind.DOWN;
                changes.add(new Change(recommendation.channel(), kind, earlier.priority(), recommendation.priority(),
                        causes));
            }
        }
        for (Recommendation earlier : before) {
            if (!current.containsKey(earlier.channel())) {
                changes.add(new Change(earlier.channel(), Kind.REMOVED, earlier.priority(), 0,
                        causes(changedAnswers, null, earlier)));
            }
        }
        return new BriefChanges(since, rulesBefore, rulesNow, changes);
    }

    private static List<AnswerField> causes(Set<AnswerField> changedAnswers, Recommendation now, Recommendation then) {
        Set<AnswerField> read = new LinkedHashSet<>();
        Optional.ofNullable(now).ifPresent(r -> r.reasons().stream().map(Reason::field).forEach(read::add));
        Optional.ofNullable(then).ifPresent(r -> r.reasons().stream().map(Reason::field).forEach(read::add));
        return read.stream().filter(changedAnswers::contains).toList();
    }
}
