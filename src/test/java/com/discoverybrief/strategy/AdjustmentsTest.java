package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The account manager's adjustments laid over the engine's recommendations. */
class AdjustmentsTest {

    private static final Reason REASON = new Reason("test.rule", AnswerField.PAINS, List.of(), "slow", null);

    @Example
    void hidingMovingRestagingAndAddingMakeTheFinalPlanRankedOneToN() {
        List<Recommendation> engine = List.of(rec(1, Channel.POSITIONING), rec(2, Channel.ANALYTICS_SETUP),
                rec(3, Channel.SMM), rec(4, Channel.EMAIL));

        Adjustments.Adjusted adjusted = Adjustments.apply(engine, List.of(Adjustment.hide(Channel.SMM),
                Adjustment.moveUp(Channel.EMAIL), Adjustment.stage(Channel.POSITIONING, Stage.TEST),
                Adjustment.add(Channel.REVIEWS_REPUTATION, Stage.DO_FIRST)));

        assertThat(adjusted.recommendations()).extracting(Recommendation::channel).containsExactly(
                Channel.POSITIONING, Channel.EMAIL, Channel.ANALYTICS_SETUP, Channel.REVIEWS_REPUTATION);
        assertThat(adjusted.recommendations()).extracting(Recommendation::priority).containsExactly(1, 2, 3, 4);
        assertThat(adjusted.recommendations().get(0).stage()).isEqualTo(Stage.TEST);
        Recommendation added = adjusted.recommendations().get(3);
        assertThat(added.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(added.kpi()).isEqualTo(Kpi.RATING_AND_REVIEWS);
        assertThat(added.reasons()).isEmpty();
        assertThat(adjusted.added()).containsExactly(Channel.REVIEWS_REPUTATION);
        assertThat(adjusted.stale()).isEmpty();
        // the engine's list is untouched
        assertThat(engine).extracting(Recommendation::channel).containsExactly(Channel.POSITIONING,
                Channel.ANALYTICS_SETUP, Channel.SMM, Channel.EMAIL);
        assertThat(engine.get(0).stage()).isEqualTo(Stage.DO_FIRST);
    }

    @Example
    void anAdjustmentWhoseRecommendationVanishedIsReportedNotDropped() {
        List<Adjustment> made = List.of(Adjustment.hide(Channel.SMM), Adjustment.moveUp(Channel.EMAIL),
                Adjustment.add(Channel.WEBSITE, Stage.TEST));
        // after a recompute the engine no longer recommends SMM and now recommends the website itself
        List<Recommendation> recomputed = List.of(rec(1, Channel.WEBSITE), rec(2, Channel.POSITIONING),
                rec(3, Channel.EMAIL));

        Adjustments.Adjusted adjusted = Adjustments.apply(recomputed, made);

        assertThat(adjusted.stale()).containsExactly(0, 2);
        assertThat(adjusted.applies(1)).isTrue();
        assertThat(adjusted.recommendations()).extracting(Recommendation::channel)
                .containsExactly(Channel.WEBSITE, Channel.EMAIL, Channel.POSITIONING);
        assertThat(adjusted.added()).isEmpty();
    }

    @Example
    void hidingAPrerequisiteStopsTheWaitForIt() {
        Recommendation site = rec(1, Channel.WEBSITE);
        Recommendation seo = new Recommendation(2, Channel.SEO_CONTENT, Stage.TEST, List.of(REASON),
                Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.SIX_TO_TWELVE_MONTHS, Optional.of(Condition.AFTER_WEBSITE),
                List.of(Channel.WEBSITE), List.of());

        Recommendation after = Adjustments.apply(List.of(site, seo), List.of(Adjustment.hide(Channel.WEBSITE)))
                .recommendations().get(0);

        assertThat(after.prerequisites()).isEmpty();
        assertThat(after.condition()).isEmpty();
        assertThat(Adjustments.apply(List.of(site, seo), List.of()).recommendations().get(1).condition())
                .contains(Condition.AFTER_WEBSITE);
    }

    @Example
    void aStageChangeOrAdditionNeedsAStageAndNothingElseTakesOne() {
        assertThatThrownBy(() -> new Adjustment(Adjustment.Kind.STAGE, Channel.SMM, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Adjustment(Adjustment.Kind.HIDE, Channel.SMM, Stage.TEST))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void withoutAdditionsAdjustingNeverAddsAChannel(@ForAll("plans") List<Recommendation> engine,
            @ForAll("adjustments") List<Adjustment> adjustments) {
        List<Adjustment> noAdditions = adjustments.stream().filter(a -> a.kind() != Adjustment.Kind.ADD).toList();

        Set<Channel> after = channels(Adjustments.apply(engine, noAdditions).recommendations());

        assertThat(channels(engine)).containsAll(after);
    }

    @Property(tries = 500)
    void hidingRemovesExactlyTheHiddenChannels(@ForAll("plans") List<Recommendation> engine,
            @ForAll("adjustments") List<Adjustment> adjustments) {
        List<Adjustment> hides = adjustments.stream().filter(a -> a.kind() == Adjustment.Kind.HIDE).toList();
        Set<Channel> expected = channels(engine);
        hides.forEach(a -> expected.remove(a.channel()));

        assertThat(channels(Adjustments.apply(engine, hides).recommendations())).isEqualTo(expected);
    }

    @Property(tries = 500)
    void movesAndStageChangesKeepTheSetOfChannels(@ForAll("plans") List<Recommendation> engine,
            @ForAll("adjustments") List<Adjustment> adjustments) {
        List<Adjustment> moves = adjustments.stream().filter(a -> a.kind() == Adjustment.Kind.MOVE_UP
                || a.kind() == Adjustment.Kind.MOVE_DOWN || a.kind() == Adjustment.Kind.STAGE).toList();

        List<Recommendation> after = Adjustments.apply(engine, moves).recommendations();

        assertThat(after).hasSameSizeAs(engine);
        assertThat(channels(after)).isEqualTo(channels(engine));
    }

    @Property(tries = 500)
    void thePlanIsAlwaysRankedOneToNWithEachChannelOnceAndTheEngineUntouched(
            @ForAll("plans") List<Recommendation> engine, @ForAll("adjustments") List<Adjustment> adjustments) {
        List<Recommendation> copy = List.copyOf(engine);

        Adjustments.Adjusted adjusted = Adjustments.apply(engine, adjustments);

        assertThat(adjusted.recommendations()).extracting(Recommendation::priority)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, adjusted.recommendations().size()).boxed().toList());
        assertThat(adjusted.recommendations()).extracting(Recommendation::channel).doesNotHaveDuplicates();
        assertThat(engine).isEqualTo(copy);
        assertThat(adjusted.stale()).allSatisfy(i -> assertThat(i).isBetween(0, adjustments.size() - 1))
                .doesNotHaveDuplicates();
        assertThat(channels(adjusted.recommendations())).containsAll(adjusted.added());
    }

    @Property(tries = 500)
    void everyAdjustmentAppliesOrIsReportedAndAStaleOneChangesNothing(@ForAll("plans") List<Recommendation> engine,
            @ForAll("adjustments") List<Adjustment> adjustments) {
        Adjustments.Adjusted adjusted = Adjustments.apply(engine, adjustments);
        List<Adjustment> applying = new ArrayList<>();
        for (int i = 0; i < adjustments.size(); i++) {
            if (adjusted.applies(i)) {
                applying.add(adjustments.get(i));
            }
        }

        Adjustments.Adjusted again = Adjustments.apply(engine, applying);

        assertThat(again.recommendations()).isEqualTo(adjusted.recommendations());
        assertThat(again.stale()).isEmpty();
    }

    @Provide
    Arbitrary<List<Recommendation>> plans() {
        return Arbitraries.of(Channel.values()).set().ofMaxSize(10).flatMap(set -> Arbitraries.shuffle(new ArrayList<>(set))
                .flatMap(order -> Arbitraries.of(Stage.values()).list().ofSize(order.size()).map(stages -> {
                    List<Recommendation> plan = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        plan.add(new Recommendation(i + 1, order.get(i), stages.get(i), List.of(REASON),
                                Kpi.CONVERSION_RATE, Horizon.ONE_TO_THREE_MONTHS, Optional.empty()));
                    }
                    return plan;
                })));
    }

    @Provide
    Arbitrary<List<Adjustment>> adjustments() {
        Arbitrary<Adjustment> one = Combinators.combine(Arbitraries.of(Adjustment.Kind.values()),
                Arbitraries.of(Channel.values()), Arbitraries.of(Stage.values())).as((kind, channel, stage) ->
                new Adjustment(kind, channel, kind == Adjustment.Kind.STAGE || kind == Adjustment.Kind.ADD ? stage : null));
        return one.list().ofMaxSize(12);
    }

    private static Recommendation rec(int priority, Channel channel) {
        return new Recommendation(priority, channel, Stage.DO_FIRST, List.of(REASON), Kpi.CONVERSION_RATE,
                Horizon.ONE_TO_THREE_MONTHS, Optional.empty());
    }

    private static Set<Channel> channels(List<Recommendation> plan) {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        plan.forEach(r -> set.add(r.channel()));
        return new HashSet<>(set);
    }
}
