package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, w13i: a sale that earns nothing (finding 36), a seasonal business met in its season (18), ticks
 * the client's own words contradict (45), search kept without a site (24, 50).
 */
class MarginSeasonAndContradictionsTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** Grocery delivery: a healthy strategy, paying targeted ads, the numbers of a busy shop — and a margin of {@code margin} %. */
    static Answers delivery(String margin) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY).companySize(CompanySize.MEDIUM)
                .budget(BudgetRange.OVER_500K)
                .set(AnswerField.SEGMENTS, "семьи с детьми в новых районах").set(AnswerField.PAINS, "нет времени на магазин")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE).set(AnswerField.SALES_CYCLE, SalesCycle.UNDER_A_WEEK)
                .set(AnswerField.USP, "30 минут без замен").set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.COMPETITORS, "Самокат").set(AnswerField.PRICE_POSITIONING, PricePositioning.MID_MARKET)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("1400")).set(AnswerField.GROSS_MARGIN, new BigDecimal(margin))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES).set(AnswerField.SITE, Site.ONLINE_SHOP)
                .set(AnswerField.REVIEWS, Reviews.GOOD).set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.FREQUENT)
                .set(AnswerField.REPEAT_PERCENT, new BigDecimal("45")).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM_AND_EMAIL)
                .set(AnswerField.LEADS_PER_MONTH, new BigDecimal("12000")).set(AnswerField.LEAD_CONVERSION, new BigDecimal("40"))
                .set(AnswerField.COST_PER_LEAD, new BigDecimal("220")).set(AnswerField.MONTHLY_BUDGET, new BigDecimal("3000000"))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.SMM, RequestMotive.COMPETITORS)))
                .build();
    }

    @Test
    void aSaleThatEarnsNothingPutsTheOrdersEconomicsFirstAndStartsNoNewAcquisition() {
        for (String margin : List.of("0", "-3")) {
            Assessment assessment = engine.assess(delivery(margin));

            assertThat(assessment.recommendations().get(0).channel()).isIn(Channel.PRICING, Channel.UNIT_ECONOMICS);
            assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.RAISE_CLIENT_VALUE);
            assertThat(assessment.recommendations()).noneMatch(r -> r.stage() == Stage.SCALE);
            assertThat(assessment.recommendations()).noneMatch(r -> r.stage() == Stage.TEST
                    && (r.channel().group() == Channel.Group.ACQUISITION || r.channel() == Channel.REFERRAL_PROGRAMME));
            assertThat(assessment.verdicts()).filteredOn(v -> v.channel() == Channel.SMM)
                    .singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(VerdictReason.NO_MARGIN));
            // the economics line is measured by the margin per order, aiming at what pays for today's client
            PlannedTest economics = assessment.testPlan().lines().stream()
                    .filter(line -> line.channel() == Channel.UNIT_ECONOMICS).findFirst().orElseThrow();
            assertThat(economics.kpi()).isEqualTo(Kpi.MARGIN_PER_SALE);
            assertThat(economics.target().value().doubleValue()).isGreaterThan(0)
                    // 220 ₽ / 40 % = 550 ₽ a client, over 1 / (1 − 0.45) orders ≈ 302.5 ₽ an order
                    .isCloseTo(302.5, org.assertj.core.data.Offset.offset(1.0));
            // not "ready for ads": the macro level is capped and the before-ads check is open
            assertThat(Levels.caps(delivery(margin), Level.MACRO)).extracting(Cap::reason).contains(CapReason.NO_MARGIN);
            assertThat(assessment.level(Level.MACRO).readiness()).isLessThanOrEqualTo(Levels.NO_MARGIN_CAP);
            assertThat(assessment.beforeAdsChecklist()).filteredOn(item -> item.check() == ChecklistItem.Check.ECONOMICS_KNOWN)
                    .singleElement().satisfies(item -> assertThat(item.done()).isFalse());
            assertThat(assessment.testPlan().lines()).allSatisfy(line -> {
                assertThat(line.target() == null || line.target().value().signum() > 0 || !line.kpi().lowerIsBetter()).isTrue();
                assertThat(line.stop() == null || line.stop().value().signum() > 0 || !line.kpi().lowerIsBetter()).isTrue();
            });
        }
    }

    @Test
    void aHealthyMarginKeepsTheUsualEconomicsAndNoNoMarginVerdict() {
        Assessment assessment = engine.assess(delivery("30"));

        assertThat(MarginRules.noMargin(delivery("30"))).isFalse();
        assertThat(assessment.verdicts()).noneMatch(v -> v.reason() == VerdictReason.NO_MARGIN);
        assertThat(assessment.recommendations()).noneMatch(r -> r.reasons().stream()
                .anyMatch(reason -> reason.rule().equals(MarginRules.NO_MARGIN_RULE)));
    }

    /** A ski school: season December–March, SEO asked for because competitors have it. */
    static Answers skiSchool(Month meeting) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.REGION).budget(BudgetRange.FROM_150K_TO_500K)
                .meetingMonth(meeting)
                .set(AnswerField.SEGMENTS, "родители детей 5-12 лет").set(AnswerField.PAINS, "страшно ставить ребёнка на лыжи")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED)
                .set(AnswerField.USP, "группы до 3 детей").set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("18000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("45"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.SEO_CONTENT, RequestMotive.COMPETITORS)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.SEASONALITY, Seasonality.SEASONAL).set(AnswerField.SEASON_START, SeasonMonth.DECEMBER)
                .set(AnswerField.SEASON_END, SeasonMonth.MARCH).set(AnswerField.MONTHLY_BUDGET, new BigDecimal("300000"))
                .build();
    }

    @Test
    void metInItsSeasonAChannelWhoseResultsComeAfterTheSeasonWaitsForItsEnd() {
        Answers december = skiSchool(Month.DECEMBER);

        assertThat(InSeason.inSeason(december)).isTrue();
        assertThat(InSeason.monthsLeft(december)).isEqualTo(4);
        Assessment assessment = engine.assess(december);
        assertThat(assessment.recommendations()).noneMatch(r -> r.channel() == Channel.SEO_CONTENT);
        assertThat(assessment.verdicts()).filteredOn(v -> v.channel() == Channel.SEO_CONTENT).singleElement()
                .satisfies(v -> {
                    assertThat(v.kind()).isEqualTo(VerdictKind.NOT_NOW);
                    assertThat(v.reason()).isEqualTo(VerdictReason.AFTER_THE_SEASON);
                });
        // the channel that paid last season goes on from the first week
        assertThat(assessment.recommendations().stream().limit(3)).anyMatch(r -> r.channel() == Channel.TARGETED_ADS);
    }

    @Test
    void metOutsideItsSeasonOrWithoutAMeetingMonthTheSeasonRuleStaysSilent() {
        for (Answers answers : List.of(skiSchool(Month.MAY), skiSchool(null))) {
            assertThat(InSeason.inSeason(answers)).isFalse();
            assertThat(engine.assess(answers).verdicts()).noneMatch(v -> v.reason() == VerdictReason.AFTER_THE_SEASON);
        }
    }

    @Test
    void aUspMadeOnlyOfWordsEveryCompetitorUsesIsGeneric() {
        assertThat(Contradictions.generic("качество, индивидуальный подход, доступные цены")).isTrue();
        assertThat(Contradictions.generic("Качество и сервис")).isTrue();
        assertThat(Contradictions.generic("опыт 15 лет, гарантия")).isFalse();
        assertThat(Contradictions.generic("группы до 3 детей, инструкторы с детской сертификацией")).isFalse();
        assertThat(Contradictions.generic("30 минут без замен, фермерская молочка")).isFalse();
        assertThat(Contradictions.generic("")).isFalse();
    }

    /** A furniture workshop: every tick says "clear", its own words say "everyone", "quality", and nothing is tracked. */
    static Answers.Builder furniture() {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY).budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "все, кому нужна мебель").set(AnswerField.PAINS, "хотят качественную мебель недорого")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED).set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS)
                .set(AnswerField.PRODUCT, "кухни на заказ").set(AnswerField.COMPETITORS, "Мария")
                .set(AnswerField.PRICE_POSITIONING, PricePositioning.MID_MARKET)
                .set(AnswerField.USP, "качество, индивидуальный подход, доступные цены").set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("180000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("35"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.PROFIT)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.NO).set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("200000"));
    }

    @Test
    void ticksTheClientsOwnWordsContradictAreVerifiedFirstAndCapReadiness() {
        Answers answers = furniture().build();

        assertThat(Contradictions.contradicted(answers)).containsExactly(AnswerField.AUDIENCE_CLARITY, AnswerField.USP_CLARITY);
        Assessment assessment = engine.assess(answers);
        assertThat(assessment.level(Level.MESO).readiness()).isLessThanOrEqualTo(Levels.AUDIENCE_CAP);
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.AUDIENCE_RESEARCH).singleElement()
                .satisfies(r -> assertThat(r.verify()).contains(AnswerField.AUDIENCE_CLARITY));
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.POSITIONING).singleElement()
                .satisfies(r -> assertThat(r.verify()).contains(AnswerField.USP_CLARITY));
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.CONTEXTUAL_ADS).singleElement()
                .satisfies(r -> {
                    assertThat(r.stage()).isEqualTo(Stage.KEEP);
                    assertThat(r.verify()).contains(AnswerField.CHANNELS);
                });
        // the facts as stored are not changed: only the engine reads them as assumptions
        assertThat(answers.evidence(AnswerField.USP_CLARITY)).isEqualTo(Evidence.CLIENT_SAID);
    }

    @Test
    void aTickCheckedWithDataOrWordsThatAgreeAreTakenAsGiven() {
        Answers checked = furniture().evidence(AnswerField.AUDIENCE_CLARITY, Evidence.CHECKED_WITH_DATA)
                .evidence(AnswerField.USP_CLARITY, Evidence.CHECKED_WITH_DATA).evidence(AnswerField.CHANNELS, Evidence.CHECKED_WITH_DATA)
                .build();
        assertThat(Contradictions.contradicted(checked)).isEmpty();
        assertThat(Contradictions.adsProfitUntracked(checked, Channel.CONTEXTUAL_ADS)).isFalse();

        Answers agreeing = furniture().set(AnswerField.SEGMENTS, "семьи, переехавшие в новостройки, 30-45 лет")
                .set(AnswerField.USP, "кухня за 14 дней с 10-летней гарантией на фурнитуру")
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES).build();
        assertThat(Contradictions.contradicted(agreeing)).isEmpty();
        assertThat(Contradictions.apply(agreeing)).isSameAs(agreeing);
        assertThat(Contradictions.adsProfitUntracked(agreeing, Channel.CONTEXTUAL_ADS)).isFalse();
    }

    @Test
    void searchSaidToPayWithoutASiteGetsNoMoneyUntilTheSiteWhichComesFirst() {
        Answers answers = Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "водители после ДТП").set(AnswerField.PAINS, "машина сломалась ночью")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.NAMED)
                .set(AnswerField.USP, "приезжаем за 30 минут").set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("4000")).set(AnswerField.GROSS_MARGIN, new BigDecimal("50"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.NO).set(AnswerField.SITE, Site.NONE)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("60000")).build();

        Assessment assessment = engine.assess(answers);

        assertThat(assessment.recommendations()).anyMatch(r -> r.channel() == Channel.WEBSITE && r.stage() == Stage.DO_FIRST);
        assertThat(assessment.testPlan().lines()).filteredOn(line -> line.channel() == Channel.SEO_CONTENT).singleElement()
                .satisfies(line -> assertThat(line.rubles()).isZero());
        assertThat(assessment.testPlan().lines()).filteredOn(line -> line.channel() == Channel.MARKETPLACES).singleElement()
                .satisfies(line -> assertThat(line.rubles()).isPositive());
        // a marketplace is its own storefront: neither the site nor the tracking makes its profit doubtful
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.MARKETPLACES).singleElement()
                .satisfies(r -> assertThat(r.verify()).doesNotContain(AnswerField.SITE, AnswerField.CHANNELS));
    }
}
