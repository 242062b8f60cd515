package com.discoverybrief.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A recommendation being assembled from every proposal for one channel. Merging keeps the union of
 * the reasons, the earliest stage (with that stage's KPI and horizon) and the heaviest need — never
 * the number of reasons, which says nothing about how much the client needs it.
 */
final class Draft {

    private final Channel channel;
    private final Set<Reason> reasons = new LinkedHashSet<>();
    private final Set<Channel> prerequisites = new LinkedHashSet<>();
    private final Set<AnswerField> verify = new LinkedHashSet<>();
    /** The earliest stage each rule proposed for this channel. */
    private final Map<String, Stage> proposedStages = new HashMap<>();
    private Stage stage;
    private Kpi kpi;
    private Horizon horizon;
    private Need need;
    private String strongestRule;
    private Condition condition;
    private boolean profitable;
    private boolean leads;

    Draft(Proposal first) {
        channel = first.channel();
        stage = first.stage();
        kpi = first.kpi();
        horizon = first.horizon();
        need = first.need();
        strongestRule = first.rule();
        reasons.addAll(first.reasons());
        proposed(first);
    }

    private void proposed(Proposal proposal) {
        proposedStages.merge(proposal.rule(), proposal.stage(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    void merge(Proposal proposal) {
        proposed(proposal);
        reasons.addAll(proposal.reasons());
        if (proposal.stage().compareTo(stage) < 0) {
            stage = proposal.stage();
            kpi = proposal.kpi();
            horizon = proposal.horizon();
        }
        if (proposal.need().weight() > need.weight()) {
            need = proposal.need();
            strongestRule = proposal.rule();
        }
    }

    /** Takes this proposal's stage, KPI, horizon and need, keeping every reason gathered so far. */
    void settle(Proposal proposal) {
        proposed(proposal);
        stage = proposal.stage();
        kpi = proposal.kpi();
        horizon = proposal.horizon();
        reasons.addAll(proposal.reasons());
        if (proposal.need().weight() >= need.weight()) {
            need = proposal.need();
            strongestRule = proposal.rule();
        }
    }

    /** A prerequisite weighs what the work waiting for it weighs, if that is less than its own need. */
    void weighAs(Need lighter) {
        if (lighter.weight() < need.weight()) {
            need = lighter;
        }
    }

    /** The work answers a heavier need than the rules that proposed it saw (the launch of a new place at capacity). */
    void raiseTo(Need heavier) {
        if (heavier.weight() > need.weight()) {
            need = heavier;
        }
    }

    /**
     * The work comes first among the work of the same tier and need: the plan funds it first (the past customers'
     * base of a long committee deal, 160), so it is among the first steps, with no heavier need than it has.
     */
    void leadAmongEquals() {
        leads = true;
    }

    boolean leads() {
        return leads;
    }

    /** Measures this work by another KPI: what the client's words say it is judged on (a tender platform's margin). */
    void measureBy(Kpi measure) {
        kpi = measure;
    }

    /** ... read as soon as that KPI allows: the horizon is the new measure's, not the old one's (finding 154). */
    void measureBy(Kpi measure, Horizon readable) {
        kpi = measure;
        horizon = readable;
    }

    void addReason(Reason reason) {
        reasons.add(reason);
    }

    /** Drops the reasons of one rule whose sentence another reason of this work contradicts. */
    void forget(String rule) {
        reasons.removeIf(reason -> reason.rule().equals(rule));
    }

    void requires(Channel prerequisite) {
        if (prerequisite != channel) {
            prerequisites.add(prerequisite);
        }
    }

    void verify(AnswerField field) {
        verify.add(field);
    }

    /** Whether the client's answer on this field is to be checked before money is spent on this work. */
    boolean verifies(AnswerField field) {
        return verify.contains(field);
    }

    void atLeast(Horizon minimum) {
        if (minimum.compareTo(horizon) > 0) {
            horizon = minimum;
        }
    }

    void stamp(Answers answers) {
        List<Reason> stamped = reasons.stream()
                .map(r -> r.isAnswer() ? r.withEvidence(answers.evidence(r.field())) : r).toList();
        reasons.clear();
        reasons.addAll(stamped);
    }

    Channel channel() {
        return channel;
    }

    Stage stage() {
        return stage;
    }

    Kpi kpi() {
        return kpi;
    }

    Horizon horizon() {
        return horizon;
    }

    Need need() {
        return need;
    }

    String strongestRule() {
        return strongestRule;
    }

    List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    Set<Channel> prerequisites() {
        return prerequisites;
    }

    /** Marks it as a channel the client already earns with. */
    void markProfitable() {
        profitable = true;
    }

    /** Kept because it already brings profit, rather than kept running while it is measured. */
    boolean isProfitable() {
        return profitable && isKept();
    }

    /**
     * A channel kept because it already pays is not argued for as a test: the reasons of rules that only
     * proposed trying it ("impulse buyers: test social ads on small budgets") would contradict scaling
     * it, so they go. The client's own request for it stays.
     */
    void forgetTestReasonsOnceProfitable() {
        if (isProfitable()) {
            reasons.removeIf(r -> proposedStages.get(r.rule()) == Stage.TEST && !r.rule().equals(AcquisitionRules.CLIENT_ASKS.id())
                    && !r.rule().equals(AcquisitionRules.ASKS_TO_SCALE));
        }
    }

    boolean isKept() {
        return stage == Stage.KEEP || stage == Stage.SCALE;
    }

    /** A new piece of acquisition work the client does not do yet, tested before it is scaled. */
    boolean isNewAcquisitionTest() {
        return stage == Stage.TEST && channel.group() == Channel.Group.ACQUISITION;
    }

    void conditionOn(Condition last) {
        condition = last;
    }

    Recommendation toRecommendation(int priority) {
        return new Recommendation(priority, channel, stage, new ArrayList<>(reasons), kpi, horizon,
                Optional.ofNullable(condition), new ArrayList<>(prerequisites), new ArrayList<>(verify));
    }
}
