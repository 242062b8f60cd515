package com.discoverybrief.strategy;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One recommendation rule: its id (translated as {@code rule.<id>}), when it fires, and what it
 * proposes, citing the answers it read. Rules never see each other; merging and the seed's
 * invariants happen afterwards in {@link Ranking} and {@link Invariants}.
 */
record Rule(String id, Predicate<Answers> when, Effect then) {

    /** What a rule proposes once it fires; {@code cite} builds reasons already signed with the rule's id. */
    @FunctionalInterface
    interface Effect {
        List<Proposal> propose(Answers answers, Cite cite);
    }

    Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(then, "then");
    }

    List<Proposal> fire(Answers answers) {
        return when.test(answers) ? then.propose(answers, new Cite(id)) : List.of();
    }
}
