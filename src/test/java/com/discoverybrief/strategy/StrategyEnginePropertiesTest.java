package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
    void anAcquisitionToolNeverRanksAboveTheStrategyWorkClosingANamedGap(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();
        boolean audienceUndefined = isBlank(answers.segments()) || isBlank(answers.pains())
                || answers.audienceClarity() == AudienceClarity.EVERYONE
                || answers.audienceClarity() == AudienceClarity.UNKNOWN;
        boolean uspUnclear = answers.uspClarity() != UspClarity.CLEAR;

        for (Recommendation tool : recommendations) {
            if (tool.isKept() || tool.channel().group() != Channel.Group.ACQUISITION
                    || tool.channel() == Channel.MAP_LISTINGS) {
                continue;
            }
            if (audienceUndefined) {
                assertOutranked(tool, recommendations, Channel.AUDIENCE_RESEARCH);
            }
            if (uspUnclear) {
                assertOutranked(tool, recommendations, Channel.POSITIONING);
            }
        }
    }

    @Property(tries = 1000)
    void paidTrafficNeverRunsBeforeAnalyticsWhereNothingIsMeasured(@ForAll("sessions") Answers answers) {
        if (answers.analytics() != null && answers.analytics() != AnalyticsLevel.NO) {
            return;
        }
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        recommendations.stream().filter(r -> r.channel().isPaidAds() && !r.isKept())
                .forEach(ad -> assertOutranked(ad, recommendations, Channel.ANALYTICS_SETUP));
    }

    @Property(tries = 1000)
    void noSearchOrMarketplaceTrafficComesBeforeASiteWhenThereIsNone(@ForAll("sessions") Answers answers) {
        if (answers.site() != Site.NONE && answers.site() != Site.BUSINESS_CARD) {
            return;
        }
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        recommendations.stream().filter(r -> !r.isKept() && (r.channel() == Channel.SEO_CONTENT
                        || r.channel() == Channel.CONTEXTUAL_ADS || r.channel() == Channel.MARKETPLACES))
                .forEach(traffic -> assertOutranked(traffic, recommendations, Channel.WEBSITE));
    }

    @Property(tries = 500)
    void everyChannelTheClientAskedForHasAVerdict(@ForAll("sessions") Answers answers) {
        Assessment assessment = engine.assess(answers);

        answers.requestedChannels().forEach(request -> assertThat(assessment.verdicts())
                .filteredOn(v -> v.channel() == request.channel() && v.motive() == request.motive()).hasSize(1));
        assessment.verdicts().stream().filter(Verdict::requested).forEach(v -> {
            boolean recommended = assessment.recommendations().stream().anyMatch(r -> r.channel() == v.channel());
            // a channel the client runs while it drains the budget is fixed first: later, but not itself a step
            if (v.reason() != VerdictReason.ALREADY_RUNS) {
                assertThat(recommended).as(v.toString()).isEqualTo(v.kind() != VerdictKind.NOT_NOW);
            }
        });
    }

    @Property(tries = 500)
    void aOneOffPurchaseNeverGetsALoyaltyProgrammeAndTheBriefSaysWhy(@ForAll("sessions") Answers answers) {
        if (answers.purchaseFrequency() != PurchaseFrequency.ONE_OFF) {
            return;
        }
        Assessment assessment = engine.assess(answers);

        assertThat(assessment.recommendations()).extracting(Recommendation::channel)
                .doesNotContain(Channel.LOYALTY_BRANDING);
        assertThat(assessment.verdicts()).anySatisfy(v -> {
            assertThat(v.channel()).isEqualTo(Channel.LOYALTY_BRANDING);
            // "one-off" ticked against the client's repeat figures is not repeated as a fact (finding 57)
            assertThat(v.reason()).isEqualTo(Signals.buysOnce(answers) ? VerdictReason.ONE_OFF_PURCHASES
                    : Signals.buysYearly(answers) ? VerdictReason.YEARLY_PURCHASES : VerdictReason.RARE_PURCHASES);
        });
    }

    @Property(tries = 500)
    void theTestPlanSplitsExactlyTheBudgetOfItsMonths(@ForAll("sessions") Answers answers) {
        TestPlan plan = engine.assess(answers).testPlan();
        boolean budgetKnown = answers.monthlyBudget() != null && answers.monthlyBudget().signum() > 0
                || answers.monthlyBudget() == null && answers.budget() != null
                && answers.budget() != BudgetRange.NOT_DISCLOSED;

        assertThat(plan != null).isEqualTo(budgetKnown);
        if (plan != null) {
            // the budget split is the client's own figure, or a figure inside the band they named
            assertThat(plan.fromBand()).isEqualTo(answers.monthlyBudget() == null);
            if (answers.monthlyBudget() != null) {
                assertThat(plan.monthlyBudget()).isEqualTo(answers.monthlyBudget().longValue());
            } else {
                assertThat(plan.monthlyBudget()).isBetween(bandFloor(answers.budget()), bandCeiling(answers.budget()));
            }
            // ... and, in an open booking window, what it borrows from the months after the window (finding 114)
            assertThat(plan.total()).isEqualTo(plan.monthlyBudget() * plan.months()
                    + (plan.bookingWindow() == null ? 0 : plan.bookingWindow().borrowed()));
        }
        if (plan != null && !plan.lines().isEmpty()) {
            // the lines and the reserve held back for the tests that pass: exactly the budget
            assertThat(plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve()).isEqualTo(plan.total());
            // each row, the reserve included, prints its own nearest whole percent (findings 158, 161)
            assertThat(plan.lines()).allSatisfy(line -> assertThat((long) line.percent())
                    .isEqualTo(Math.round(line.rubles() * 100.0 / plan.total())));
            assertThat((long) plan.reservePercent()).isEqualTo(Math.round(plan.reserve() * 100.0 / plan.total()));
            assertThat(plan.reserve()).isNotNegative();
            assertThat(plan.lines()).allSatisfy(line -> {
                assertThat(line.rubles()).isNotNegative();
                assertThat(line.startWeek()).isBetween(1, TestPlans.WEEKS);
            });
        }
    }

    @Property(tries = 500)
    void aChannelThatAlreadyPaysIsNeverBelowANewTest(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        recommendations.stream().filter(r -> r.isKept() && Signals.profitsFrom(answers, r.channel())).forEach(kept ->
                recommendations.stream().filter(r -> r.stage() == Stage.TEST)
                        .forEach(test -> assertThat(kept.priority()).isLessThan(test.priority())));
    }

    @Property(tries = 500)
    void everyPrerequisiteIsRankedAboveWhatWaitsForIt(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        for (Recommendation r : recommendations) {
            for (Channel prerequisite : r.prerequisites()) {
                assertThat(InvariantsTest.find(recommendations, prerequisite).priority()).isLessThan(r.priority());
            }
            assertThat(r.condition().isPresent()).isEqualTo(!r.prerequisites().isEmpty());
        }
    }

    @Property(tries = 500)
    void noKpiIsADeliverableAndNoneIsPromisedFasterThanTheSalesCycleAllows(@ForAll("sessions") Answers answers) {
        for (Recommendation r : engine.assess(answers).recommendations()) {
            assertThat(r.kpi()).isNotIn(Kpi.SHARE_OF_MARKET_MAPPED, Kpi.SEGMENTS_VALIDATED, Kpi.USP_TESTED_WITH_CLIENTS,
                    Kpi.CHANNELS_WITH_KNOWN_CAC);
            if (r.kpi() == Kpi.COST_PER_ACQUISITION && answers.salesCycle() == SalesCycle.MONTHS) {
                assertThat(r.horizon()).isGreaterThanOrEqualTo(Horizon.THREE_TO_SIX_MONTHS);
            }
            if (r.kpi() == Kpi.COST_PER_ACQUISITION && answers.salesCycle() == SalesCycle.OVER_SIX_MONTHS) {
                assertThat(r.horizon()).isEqualTo(Horizon.SIX_TO_TWELVE_MONTHS);
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

    /**
     * A losing channel is dealt with first, citing that channel: measured and fixed — except a channel
     * that drains the budget of a company at the limit of its capacity, which is switched off in the
     * first step (the price and the better-paying work) and never measured or tuned, because the
     * enquiries it buys could not be served.
     */
    @Property(tries = 500)
    void aLosingChannelIsDealtWithFirstCitingThatChannel(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        answers.channels().stream()
                .filter(use -> use.outcome() == ChannelOutcome.DRAINS_BUDGET || use.outcome() == ChannelOutcome.UNKNOWN)
                .forEach(use -> {
                    boolean switchOff = use.outcome() == ChannelOutcome.DRAINS_BUDGET && Signals.atCapacity(answers);
                    assertThat(recommendations).anySatisfy(r -> {
                        assertThat(r.channel()).isIn(switchOff ? List.of(Channel.PRICING)
                                : List.of(Channel.ANALYTICS_SETUP, Channel.OPTIMISATION));
                        assertThat(r.stage()).isEqualTo(Stage.DO_FIRST);
                        assertThat(r.reasons()).anySatisfy(reason -> {
                            assertThat(reason.values()).containsExactly(use.channel(), use.outcome());
                            if (switchOff) {
                                assertThat(reason.rule()).isEqualTo("switch-off-at-capacity");
                            }
                        });
                    });
                    if (switchOff) {
                        // nothing measures or tunes a channel that is switched off
                        recommendations.stream().filter(r -> r.channel() == Channel.OPTIMISATION
                                        || r.channel() == Channel.ANALYTICS_SETUP)
                                .forEach(r -> assertThat(r.reasons()).noneSatisfy(reason ->
                                        assertThat(reason.values()).containsExactly(use.channel(), use.outcome())));
                    }
                });
    }

    @Property(tries = 500)
    void withoutACustomerBaseTheCrmComesBeforeAnyNewsletter(@ForAll("sessions") Answers answers) {
        if (answers.customerBase() != CustomerBase.NONE && answers.customerBase() != CustomerBase.SPREADSHEET) {
            return;
        }
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        recommendations.stream().filter(r -> r.channel() == Channel.EMAIL && !r.isKept()).forEach(email -> {
            Recommendation crm = InvariantsTest.find(recommendations, Channel.CRM_MARKETING);
            assertThat(crm.stage()).isEqualTo(Stage.DO_FIRST);
            assertThat(email.priority()).isGreaterThan(crm.priority());
        });
    }

    @Property(tries = 1000)
    void aLevelIsFullyReadyExactlyWhenEveryRequiredFactIsKnownAndNothingCapsIt(@ForAll("sessions") Answers answers) {
        Assessment assessment = engine.assess(answers);

        for (Level level : Level.values()) {
            boolean allKnown = RequiredFields.of(level, answers).stream().allMatch(field -> (answers.isAnswered(field)
                    && !"UNKNOWN".equals(String.valueOf(answers.valueOf(field))))
                    || field == AnswerField.REPEAT_SHARE && answers.isAnswered(AnswerField.REPEAT_PERCENT));
            LevelAssessment levelAssessment = assessment.level(level);
            assertThat(levelAssessment.readiness() == 100).isEqualTo(allKnown && levelAssessment.caps().isEmpty());
            assertThat(levelAssessment.gaps().isEmpty()).isEqualTo(allKnown);
            levelAssessment.caps().forEach(cap -> assertThat(levelAssessment.readiness()).isLessThanOrEqualTo(cap.limit()));
        }
    }

    @Property(tries = 500)
    void prioritiesRunFromOneWithoutGapsAndEachChannelAppearsOnce(@ForAll("sessions") Answers answers) {
        List<Recommendation> recommendations = engine.assess(answers).recommendations();

        assertThat(recommendations).extracting(Recommendation::priority)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, recommendations.size()).boxed().toList());
        assertThat(recommendations).extracting(Recommendation::channel).doesNotHaveDuplicates();
    }

    @Example
    void readinessIsZeroForTheEmptySession() {
        Assessment assessment = engine.assess(Answers.EMPTY);

        assertThat(assessment.levels().values()).allSatisfy(level -> assertThat(level.readiness()).isZero());
    }

    private static void assertOutranked(Recommendation tool, List<Recommendation> recommendations, Channel closer) {
        assertThat(tool.prerequisites()).as(tool.channel() + " waits for " + closer).contains(closer);
        assertThat(tool.condition()).isPresent();
        Recommendation closing = InvariantsTest.find(recommendations, closer);
        assertThat(closing.stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(closing.priority()).isLessThan(tool.priority());
    }

    private static long bandFloor(BudgetRange band) {
        return switch (band) {
            case UP_TO_50K -> 1;
            case FROM_50K_TO_150K -> 50_000;
            case FROM_150K_TO_500K -> 150_000;
            default -> 500_000;
        };
    }

    private static long bandCeiling(BudgetRange band) {
        return switch (band) {
            case UP_TO_50K -> 50_000;
            case FROM_50K_TO_150K -> 150_000;
            case FROM_150K_TO_500K -> 500_000;
            default -> Long.MAX_VALUE;
        };
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
                .use(choice(AudienceClarity.class)).in((b, v) -> b.with(AnswerField.AUDIENCE_CLARITY, v))
                .use(choice(Site.class)).in((b, v) -> b.with(AnswerField.SITE, v))
                .use(choice(Reviews.class)).in((b, v) -> b.with(AnswerField.REVIEWS, v))
                .use(choice(MapListings.class)).in((b, v) -> b.with(AnswerField.MAPS, v))
                .use(choice(PurchaseFrequency.class)).in((b, v) -> b.with(AnswerField.PURCHASE_FREQUENCY, v))
                .use(choice(ExpansionTarget.class)).in((b, v) -> b.with(AnswerField.EXPANSION_TARGET, v))
                .use(choice(Capacity.class)).in((b, v) -> b.with(AnswerField.CAPACITY, v))
                .use(choice(BusinessStage.class)).in((b, v) -> b.with(AnswerField.BUSINESS_STAGE, v))
                .use(choice(CustomerArrival.class)).in((b, v) -> b.with(AnswerField.CUSTOMER_ARRIVAL, v))
                .use(choice(Seasonality.class)).in((b, v) -> b.with(AnswerField.SEASONALITY, v))
                .use(choice(SeasonMonth.class)).in((b, v) -> b.with(AnswerField.SEASON_START, v))
                .use(choice(SeasonMonth.class)).in((b, v) -> b.with(AnswerField.SEASON_END, v))
                .use(choice(BookingLead.class)).in((b, v) -> b.with(AnswerField.BOOKING_LEAD, v))
                .use(choice(java.time.Month.class)).in(AnswersFixtures.Builder::meetingMonth)
                .use(requests()).in((b, v) -> b.with(AnswerField.REQUESTED_CHANNELS, v))
                .use(number(AnswerField.AVERAGE_CHECK)).in((b, v) -> b.with(AnswerField.AVERAGE_CHECK, v))
                .use(number(AnswerField.GROSS_MARGIN)).in((b, v) -> b.with(AnswerField.GROSS_MARGIN, v))
                .use(number(AnswerField.REPEAT_PERCENT)).in((b, v) -> b.with(AnswerField.REPEAT_PERCENT, v))
                .use(number(AnswerField.LEADS_PER_MONTH)).in((b, v) -> b.with(AnswerField.LEADS_PER_MONTH, v))
                .use(number(AnswerField.LEAD_CONVERSION)).in((b, v) -> b.with(AnswerField.LEAD_CONVERSION, v))
                .use(number(AnswerField.COST_PER_LEAD)).in((b, v) -> b.with(AnswerField.COST_PER_LEAD, v))
                .use(number(AnswerField.MONTHLY_BUDGET)).in((b, v) -> b.with(AnswerField.MONTHLY_BUDGET, v))
                .use(evidence()).in((b, v) -> {
                    v.forEach(b::withEvidence);
                    return b;
                })
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

    /** Within the field's range, from zero to the top, with its decimals; missing now and then. */
    private static Arbitrary<BigDecimal> number(AnswerField field) {
        AnswerField.Range range = field.range();
        Arbitrary<BigDecimal> small = Arbitraries.bigDecimals().between(BigDecimal.valueOf(range.min()),
                BigDecimal.valueOf(Math.min(range.max(), 2_000_000))).ofScale(range.decimals());
        Arbitrary<BigDecimal> any = Arbitraries.bigDecimals().between(BigDecimal.valueOf(range.min()),
                BigDecimal.valueOf(range.max())).ofScale(range.decimals());
        return Arbitraries.oneOf(small, any).injectNull(0.4);
    }

    private static Arbitrary<List<ChannelRequest>> requests() {
        return Combinators.combine(Arbitraries.of(Channel.class).filter(Channel::isRequestable), choice(RequestMotive.class))
                .as(ChannelRequest::new).list().ofMaxSize(4).uniqueElements(ChannelRequest::channel);
    }

    private static Arbitrary<Map<AnswerField, Evidence>> evidence() {
        return Arbitraries.maps(Arbitraries.of(AnswerField.class), Arbitraries.of(Evidence.class)).ofMaxSize(5);
    }

    private static Arbitrary<List<ChannelUse>> channelUses() {
        return Combinators.combine(Arbitraries.of(CurrentChannel.class), choice(ChannelOutcome.class))
                .as(ChannelUse::new).list().ofMaxSize(8);
    }
}
