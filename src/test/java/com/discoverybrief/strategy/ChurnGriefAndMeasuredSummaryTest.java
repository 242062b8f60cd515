package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, adv13f findings 79, 82, 83: a family in grief and an urgent need found on the map, churn named in
 * numbers, and the summary of a client who measures — each as a rule for every client.
 */
class ChurnGriefAndMeasuredSummaryTest {

    private final StrategyEngine engine = new StrategyEngine();

    private static Answers.Builder base() {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "фрилансеры и команды").set(AnswerField.PAINS, "дома не работается")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal(250_000));
    }

    // --- finding 82: churn named in numbers

    private static Answers coworking(String churn) {
        return base().set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR).set(AnswerField.REPEAT_SHARE, RepeatShare.HIGH)
                .set(AnswerField.REPEAT_PERCENT, new BigDecimal(85)).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM)
                .set(AnswerField.CHURN_REASONS, churn).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15 % резидентов в месяц уходят: команды выросли", "ежемесячно отток 12 % абонентов",
            "каждый месяц 8,5 % клиентов не продлевают договор", "about 10 % of members leave every month"})
    void aShareLostEveryMonthIsChurnWhateverTheRepeatShare(String churn) {
        Answers answers = coworking(churn);
        assertThat(NamedChurn.monthly(answers)).isTrue();
        assertThat(Signals.churnProblem(answers)).isTrue();
        Assessment assessment = engine.assess(answers);
        assertThat(assessment.recommendations().get(0).channel()).isEqualTo(Channel.ONBOARDING_CHURN);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.KEEP_CLIENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"из 2 500 обращений в месяц 40 % спрашивают «в наличии?» и пропадают",
            "15 % уходят к конкурентам", "уходят в месяц двое-трое", "в месяц 20 % клиентов докупают услуги; уходят редко",
            "2.5 % скидка в месяц не помогает"})
    void noMonthlyShareOfLeaversNoNamedChurn(String churn) {
        assertThat(NamedChurn.monthly(coworking(churn))).isFalse();
        // and with a high repeat share such words stay a test, not the first step
        assertThat(Signals.churnProblem(coworking(churn))).isFalse();
    }

    // --- finding 79: a family in grief, an urgent need found on the map

    private static Answers.Builder funeral() {
        return base().budget(BudgetRange.UP_TO_50K).set(AnswerField.MONTHLY_BUDGET, new BigDecimal(35_000))
                .set(AnswerField.PRODUCT, "организация похорон под ключ, кремация, памятники")
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE).set(AnswerField.SALES_CYCLE, SalesCycle.UNDER_A_WEEK)
                .set(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.THEY_SEARCH).set(AnswerField.MAPS, MapListings.LISTED)
                .set(AnswerField.REVIEWS, Reviews.FEW).set(AnswerField.ANALYTICS, AnalyticsLevel.NO)
                .set(AnswerField.SITE, Site.NONE).set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.NONE)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.OFFLINE_ADS, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.REFERRAL_PROGRAMME, RequestMotive.HUNCH),
                        new ChannelRequest(Channel.TARGETED_ADS, RequestMotive.COMPETITORS)));
    }

    @Test
    void aFamilyInGriefGetsNoRewardsNoNewslettersNoTargetingAndTheMapCardFirst() {
        Assessment assessment = engine.assess(funeral().build());
        assertThat(assessment.recommendations()).extracting(Recommendation::channel).doesNotContain(
                Channel.REFERRAL_PROGRAMME, Channel.EMAIL, Channel.LOYALTY_BRANDING, Channel.CRM_MARKETING,
                Channel.TARGETED_ADS, Channel.SMM);
        assertThat(assessment.verdicts()).filteredOn(v -> v.channel() == Channel.REFERRAL_PROGRAMME
                || v.channel() == Channel.TARGETED_ADS)
                .hasSize(2).allSatisfy(v -> {
                    assertThat(v.kind()).isEqualTo(VerdictKind.NOT_NOW);
                    assertThat(v.reason()).isEqualTo(VerdictReason.SENSITIVE_CATEGORY);
                });
        assertThat(assessment.recommendations().get(0).channel()).isEqualTo(Channel.MAP_LISTINGS);
        assertThat(assessment.recommendations().subList(0, 3)).extracting(Recommendation::channel)
                .contains(Channel.REVIEWS_REPUTATION);
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.FOUND_AT_ONCE);
    }

    @Test
    void theSameAgencyOutsideGriefKeepsItsReferralsAndAnUrgentNeedOfRegularBuyersIsNotForcedOntoTheMap() {
        Answers locksmith = funeral().set(AnswerField.PRODUCT, "вскрытие замков круглосуточно").build();
        assertThat(SensitiveCategory.grief(locksmith)).isFalse();
        assertThat(engine.assess(locksmith).verdicts()).noneMatch(v -> v.reason() == VerdictReason.SENSITIVE_CATEGORY);
        // urgent and bought once: still found on the map first
        assertThat(engine.assess(locksmith).recommendations().get(0).channel()).isEqualTo(Channel.MAP_LISTINGS);

        Answers regular = funeral().set(AnswerField.PRODUCT, "ветеринарная помощь")
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR).build();
        assertThat(SensitiveCategory.FOUND_AT_ONCE.when().test(regular)).isFalse();
        Answers considered = funeral().set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED)
                .set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS).build();
        assertThat(SensitiveCategory.FOUND_AT_ONCE.when().test(considered)).isFalse();
    }

    // --- finding 83: "first we set up measurement" is not said to a client who measures

    @Test
    void theMeasurementSentenceIsNotSaidWhenAnalyticsSetupIsNotAFirstStep() {
        Summary measured = new Summary(Summary.Focus.MEASURE_THEN_GROW,
                List.of(Channel.OPTIMISATION, Channel.PARTNER_MARKETING), Horizon.ONE_TO_THREE_MONTHS, null);
        Summary unmeasured = new Summary(Summary.Focus.MEASURE_THEN_GROW,
                List.of(Channel.ANALYTICS_SETUP, Channel.OPTIMISATION), Horizon.ONE_TO_THREE_MONTHS, null);
        assertThat(com.discoverybrief.brief.SummaryParagraph.of(measured, Locale.forLanguageTag("ru")))
                .doesNotContain("настроим измерения").contains("цифры у вас уже есть");
        assertThat(com.discoverybrief.brief.SummaryParagraph.of(unmeasured, Locale.forLanguageTag("ru")))
                .contains("настроим измерения");
        assertThat(com.discoverybrief.brief.SummaryParagraph.of(measured, Locale.ENGLISH))
                .doesNotContain("set up measurement").contains("you already measure");
    }
}
