package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The seed's principles checked over random sessions: any mix of missing, blank, odd and enormous
 * answers. The invariants are restated here from the answers themselves, not through the engine's
 * own helpers, so a broken helper cannot hide a broken invariant.
 */
class StrategyEnginePropertiesTest {

    private static final Set<Condition> STRATEGY_CONDITIONS = EnumSet.of(Condition.AFTER_POSITIONING,
            Condition.AFTER_AUDIENCE_RESEARCH, Condition.AFTER_ANALYTICS_SETUP);

    private final StrategyEngine engine = new StrategyEngine();

    @Property(tries = 1000)
    void assessingNeverThrows(@ForAll("sessions") Answers answers) {
        assertThatCode(() -> engine.assess(answers)).doesNotThrowAnyException();
    }

    @Property(tries = 500)
    void everyRecommendationCitesAnAnswerAndIsATestWithAKpiAndAHorizon(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        assertThat(recommendations).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reasons()).isNotEmpty();
            assertThat(r.kpi()).isNotNull();
            assertThat(r.horizon()).isNotNull();
        });
    }

    @Property(tries = 1000)
    void paidAdsNeverOutrankTheStrategyWorkThatClosesAnOpenGap(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();
        boolean audienceUnknown = isBlank(answers.segments()) || isBlank(answers.pains());
        boolean uspUnclear = answers.uspClarity() != UspClarity.CLEAR;
        boolean analyticsAbsent = answers.analytics() == null || answers.analytics() == AnalyticsLevel.NO;

        for (Recommendation ad : recommendations.stream().filter(r -> r.channel().isPaidAds()).toList()) {
            if (audienceUnknown) {
                assertOutranked(ad, recommendations, Channel.AUDIENCE_RESEARCH);
            }
            if (uspUnclear) {
                assertOutranked(ad, recommendations, Channel.POSITIONING);
            }
            if (analyticsAbsent) {
                assertOutranked(ad, recommendations, Channel.ANALYTICS_SETUP);
            }
        }
    }

    @Property(tries = 500)
    void aProfitableChannelIsNeverDropped(@ForAll("sessions") Answers answers) {
        Set<Channel> recommended = EnumSet.noneOf(Channel.class);
        engine.assess(answers).recommendations().forEach(r -> recommended.add(r.channel()));

        answers.channels().stream().filter(use -> use.outcome() == ChannelOutcome.PROFIT)
                .forEach(use -> assertThat(recommended).contains(Signals.toCatalogue(use.channel())));
    }

    @Property(tries = 500)
    void aLosingChannelIsMeasuredFirstCitingThatChannel(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        answers.channels().stream()
                .filter(use -> use.outcome() == ChannelOutcome.DRAINS_BUDGET || use.outcome() == ChannelOutcome.UNKNOWN)
                .forEach(use -> assertThat(recommendations).anySatisfy(r -> {
                    assertThat(r.channel()).isIn(Channel.ANALYTICS_SETUP, Channel.OPTIMISATION);
                    assertThat(r.stage()).isEqualTo(Stage.DO_FIRST);
                    assertThat(r.reasons()).anySatisfy(reason ->
                            assertThat(reason.values()).containsExactly(use.channel(), use.outcome()));
                }));
    }

    @Property(tries = 500)
    void withoutACustomerBaseTheCrmComesBeforeAnyNewsletter(@ForAll("sessions") Answers answers) {
        if (answers.customerBase() != CustomerBase.NONE && answers.customerBase() != CustomerBase.SPREADSHEET) {
            return;
        }
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        Recommendation crm = InvariantsTest.find(recommendations, Channel.CRM_MARKETING);
        assertThat(crm.stage()).isEqualTo(Stage.DO_FIRST);
        recommendations.stream().filter(r -> r.channel() == Channel.EMAIL)
                .forEach(email -> assertThat(email.priority()).isGreaterThan(crm.priority()));
    }

    @Property(tries = 1000)
    void aLevelIsFullyReadyExactlyWhenEveryRequiredFactIsKnown(@ForAll("sessions") Answers answers) {
        Assessment assessment = engine.assess(answers);

        for (Level level : Level.values()) {
            boolean allKnown = RequiredFields.of(level).stream().allMatch(field -> answers.isAnswered(field)
                    && !"UNKNOWN".equals(String.valueOf(answers.valueOf(field))));
            LevelAssessment levelAssessment = assessment.level(level);
            assertThat(levelAssessment.readiness() == 100).isEqualTo(allKnown);
            assertThat(levelAssessment.gaps().isEmpty()).isEqualTo(allKnown);
        }
    }

    @Property(tries = 500)
    void prioritiesRunFromOneWithoutGapsAndEachChannelAppearsOnce(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        assertThat(recommendations).extracting(Recommendation::priority)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, recommendations.size()).boxed().toList());
        assertThat(recommendations).extracting(Recommendation::channel).doesNotHaveDuplicates();
        assertThat(recommendations).extracting(Recommendation::stage).isSortedAccordingTo(Enum::compareTo);
    }

    @Example
    void readinessIsZeroForTheEmptySession() {
        Assessment assessment = engine.assess(Answers.EMPTY);

        assertThat(assessment.levels().values()).allSatisfy(level -> assertThat(level.readiness()).isZero());
    }

    private static void assertOutranked(Recommendation ad, List<Recommendation> recommendations, Channel closer) {
        assertThat(ad.stage()).isEqualTo(Stage.TEST);
        assertThat(ad.condition()).hasValueSatisfying(c -> assertThat(c).isIn(STRATEGY_CONDITIONS));
        Recommendation closing = InvariantsTest.find(recommendations, closer);
        assertThat(closing.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(closing.priority()).isLessThan(ad.priority());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Provide
    Arbitrary<Answers> sessions() {
        return Builders.withBuilder(AnswersFixtures::answers)
                .use(choice(BusinessModel.class)).in(AnswersFixtures.Builder::withBusinessModel)
                .use(choice(Geography.class)).in(AnswersFixtures.Builder::withGeography)
                .use(choice(CompanySize.class)).in(AnswersFixtures.Builder::withSize)
                .use(choice(BudgetRange.class)).in(AnswersFixtures.Builder::withBudget)
                .use(text()).in(AnswersFixtures.Builder::withSegments)
                .use(text()).in(AnswersFixtures.Builder::withPains)
                .use(choice(DecisionProcess.class)).in(AnswersFixtures.Builder::withDecision)
                .use(choice(SalesCycle.class)).in(AnswersFixtures.Builder::withSalesCycle)
                .use(text()).in(AnswersFixtures.Builder::withDecisionMakers)
                .use(text()).in(AnswersFixtures.Builder::withProduct)
                .use(text()).in(AnswersFixtures.Builder::withUsp)
                .use(choice(UspClarity.class)).in(AnswersFixtures.Builder::withUspClarity)
                .use(text()).in(AnswersFixtures.Builder::withCompetitors)
                .use(choice(PricePositioning.class)).in(AnswersFixtures.Builder::withPrice)
                .use(channelUses()).in(AnswersFixtures.Builder::withChannels)
                .use(choice(AnalyticsLevel.class)).in(AnswersFixtures.Builder::withAnalytics)
                .use(text()).in(AnswersFixtures.Builder::withOnlinePresence)
                .use(choice(RepeatShare.class)).in(AnswersFixtures.Builder::withRepeatShare)
                .use(choice(CustomerBase.class)).in(AnswersFixtures.Builder::withCustomerBase)
                .use(text()).in(AnswersFixtures.Builder::withLoyalty)
                .use(text()).in(AnswersFixtures.Builder::withChurnReasons)
                .use(text()).in(AnswersFixtures.Builder::withGrowthGoal)
                .use(choice(GrowthHorizon.class)).in(AnswersFixtures.Builder::withGrowthHorizon)
                .use(text()).in(AnswersFixtures.Builder::withNewMarkets)
                .use(text()).in(AnswersFixtures.Builder::withConstraints)
                .build(AnswersFixtures.Builder::build);
    }

    private static <E extends Enum<E>> Arbitrary<E> choice(Class<E> type) {
        return Arbitraries.of(type).injectNull(0.2);
    }

    /** Missing, blank, any Unicode (lone surrogates and controls included), and now and then a pasted essay. */
    private static Arbitrary<String> text() {
        Arbitrary<String> blank = Arbitraries.of("", " ", "\n\t ", "\u00A0", "\u0000");
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> words = Arbitraries.strings().withCharRange('а', 'я').withChars(' ', ',', 'é')
                .ofMinLength(1).ofMaxLength(200);
        Arbitrary<String> essay = Arbitraries.strings().withCharRange('a', 'z').withChars(' ')
                .ofMinLength(2_000).ofMaxLength(20_000);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, blank),
                net.jqwik.api.Tuple.of(3, anyUnicode),
                net.jqwik.api.Tuple.of(6, words),
                net.jqwik.api.Tuple.of(1, essay)).injectNull(0.25);
    }

    private static Arbitrary<List<ChannelUse>> channelUses() {
        return Combinators.combine(Arbitraries.of(CurrentChannel.class), choice(ChannelOutcome.class))
                .as(ChannelUse::new).list().ofMaxSize(8);
    }
}
