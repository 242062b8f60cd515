package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, adv13e findings 61, 62, 70 and adv13d 47, 49: a bad rating before every channel that brings people,
 * a base kept in a table, dealers who leave because of the client's own marketplace store, the map before a
 * kept aggregator for a walk-in business, and no «discovery complete» line — each as a rule for every client.
 */
class ReputationBaseAndPartnersTest {

    private final StrategyEngine engine = new StrategyEngine();

    /** A small-town vet clinic: flyers of unknown effect, targeted ads asked on a hunch, a base in a table. */
    private static Answers.Builder clinic(Reviews reviews) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.UP_TO_50K)
                .set(AnswerField.SEGMENTS, "владельцы собак и кошек").set(AnswerField.PAINS, "страшно за питомца")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.NAMED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.OFFLINE_ADS, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.TARGETED_ADS, RequestMotive.HUNCH)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.NO).set(AnswerField.SITE, Site.NONE)
                .set(AnswerField.REVIEWS, reviews).set(AnswerField.MAPS, MapListings.LISTED)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR).set(AnswerField.REPEAT_SHARE, RepeatShare.HIGH)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal(40_000));
    }

    /** A furniture factory selling through dealers, with a store of its own on a marketplace. */
    private static Answers.Builder factory(String churn, ChannelOutcome store) {
        return Answers.builder().businessModel(BusinessModel.B2B).geography(Geography.REGION)
                .companySize(CompanySize.MEDIUM).budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "мебельные салоны").set(AnswerField.PAINS, "крупные фабрики не держат цены")
                .set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED).set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.EVENTS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.MARKETPLACES, store)))
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.MARKETPLACES, RequestMotive.COMPETITORS)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY).set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.REGULAR)
                .set(AnswerField.REPEAT_SHARE, RepeatShare.HIGH).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM)
                .set(AnswerField.CHURN_REASONS, churn).set(AnswerField.MONTHLY_BUDGET, new BigDecimal(300_000));
    }

    private static Verdict verdict(Assessment assessment, Channel channel) {
        return assessment.verdicts().stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    private static long rubles(Assessment assessment, Channel channel) {
        return assessment.testPlan().lines().stream().filter(l -> l.channel() == channel).mapToLong(PlannedTest::rubles)
                .sum();
    }

    @Test
    void aBadRatingComesBeforeEveryChannelThatBringsPeopleAndTheAnswerIsTheRatingNotTheBudget() {
        Assessment bad = engine.assess(clinic(Reviews.BAD).build());

        Verdict targeted = verdict(bad, Channel.TARGETED_ADS);
        assertThat(targeted.reason()).isEqualTo(VerdictReason.BAD_RATING);
        assertThat(targeted.kind()).isNotEqualTo(VerdictKind.RECOMMENDED);
        assertThat(bad.recommendations()).filteredOn(r -> !r.isKept() && ReputationFirst.leadsToTheRating(r.channel()))
                .allSatisfy(r -> assertThat(r.prerequisites()).contains(Channel.REVIEWS_REPUTATION));
        // nothing left out for the rating is said to wait for budget
        assertThat(bad.testPlan().waiting()).noneMatch(ReputationFirst::leadsToTheRating);
        // flyers nobody has measured get no more than the work on the reviews
        assertThat(rubles(bad, Channel.OFFLINE_ADS)).isLessThanOrEqualTo(rubles(bad, Channel.REVIEWS_REPUTATION));

        Assessment good = engine.assess(clinic(Reviews.GOOD).build());
        assertThat(good.verdicts()).noneMatch(v -> v.reason() == VerdictReason.BAD_RATING);
    }

    @Test
    void aBaseKeptInATableIsMovedToACrmWithinAMonthNeverCalledMissing() {
        Assessment table = engine.assess(clinic(Reviews.GOOD).build());
        Recommendation crm = table.recommendations().stream().filter(r -> r.channel() == Channel.CRM_MARKETING)
                .findFirst().orElseThrow();
        assertThat(crm.reasons()).extracting(Reason::rule).contains(RetentionRules.BASE_IN_TABLE.rule())
                .doesNotContain(RetentionRules.NO_CUSTOMER_BASE.id());
        assertThat(table.recommendations()).allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::rule)
                .doesNotContain(RetentionRules.NO_CUSTOMER_BASE.id()));
        assertThat(table.testPlan().lines()).filteredOn(l -> l.channel() == Channel.CRM_MARKETING).singleElement()
                .satisfies(line -> assertThat(line.weeks()).isEqualTo(4));

        Assessment none = engine.assess(clinic(Reviews.GOOD).set(AnswerField.CUSTOMER_BASE, CustomerBase.NONE).build());
        Recommendation built = none.recommendations().stream().filter(r -> r.channel() == Channel.CRM_MARKETING)
                .findFirst().orElseThrow();
        assertThat(built.reasons()).extracting(Reason::rule).contains(RetentionRules.NO_CUSTOMER_BASE.id());
        assertThat(none.testPlan().lines()).filteredOn(l -> l.channel() == Channel.CRM_MARKETING).singleElement()
                .satisfies(line -> assertThat(line.weeks()).isGreaterThan(4));
    }

    @Test
    void dealersLeavingBecauseOfTheOwnMarketplaceStoreComeFirstAndTheStoreIsNotKept() {
        Assessment assessment = engine.assess(factory(
                "за год ушли 7 дилеров из 40: наш магазин на WB продаёт дешевле, чем они в салоне", ChannelOutcome.UNKNOWN)
                .build());

        assertThat(assessment.recommendations().get(0).channel()).isEqualTo(Channel.PRICING);
        assertThat(assessment.recommendations().get(0).stage()).isEqualTo(Stage.DO_FIRST);
        assertThat(assessment.recommendations()).noneMatch(r -> r.channel() == Channel.MARKETPLACES);
        assertThat(assessment.recommendations()).filteredOn(r -> r.channel() == Channel.PARTNER_MARKETING).singleElement()
                .satisfies(r -> assertThat(r.stage()).isEqualTo(Stage.DO_FIRST));
        assertThat(verdict(assessment, Channel.MARKETPLACES).reason()).isEqualTo(VerdictReason.UNDERCUTS_PARTNERS);
        // dealers leave although 85 % reorder: the named problem is the focus all the same
        assertThat(assessment.summary().focus()).isEqualTo(Summary.Focus.KEEP_PARTNERS);
    }

    @Test
    void partnersLeavingForAnotherReasonKeepTheStoreAndAStoreThatPaysIsNeverDropped() {
        Assessment otherReason = engine.assess(factory("дилеры уходят к конкуренту из-за отсрочки платежа",
                ChannelOutcome.UNKNOWN).build());
        assertThat(otherReason.recommendations()).anyMatch(r -> r.channel() == Channel.MARKETPLACES);
        assertThat(otherReason.recommendations()).noneMatch(r -> r.channel() == Channel.PRICING
                && r.reasons().stream().anyMatch(reason -> reason.rule().equals("one-retail-price")));
        assertThat(otherReason.summary().focus()).isEqualTo(Summary.Focus.KEEP_PARTNERS);

        Assessment pays = engine.assess(factory("наш магазин на WB продаёт дешевле дилеров", ChannelOutcome.PROFIT).build());
        assertThat(pays.recommendations()).anyMatch(r -> r.channel() == Channel.MARKETPLACES);

        Assessment clients = engine.assess(factory("клиенты уходят на WB, там дешевле", ChannelOutcome.UNKNOWN).build());
        assertThat(clients.verdicts()).noneMatch(v -> v.reason() == VerdictReason.UNDERCUTS_PARTNERS);

        // the client's clients leave for a competitor's distributor: a partner word, but not partners leaving (78)
        Assessment bars = engine.assess(factory(
                "бары уходят, когда дистрибьютор даёт оборудование бесплатно и отсрочку 30 дней", ChannelOutcome.UNKNOWN)
                .build());
        assertThat(bars.summary().focus()).isNotEqualTo(Summary.Focus.KEEP_PARTNERS);
        assertThat(bars.recommendations()).noneMatch(r -> r.reasons().stream()
                .anyMatch(reason -> reason.rule().equals("partners-leave")));
    }

    @Test
    void aWalkInBusinessIsFoundOnTheMapBeforeItsDeliveryAggregator() {
        Answers stall = Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.SOLO).set(AnswerField.SEGMENTS, "студенты у метро")
                .set(AnswerField.PAINS, "быстро поесть").set(AnswerField.AUDIENCE_CLARITY, AudienceClarity.EVIDENCED)
                .set(AnswerField.USP_CLARITY, UspClarity.CLEAR).set(AnswerField.DECISION_PROCESS, DecisionProcess.IMPULSE)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.MARKETPLACES, ChannelOutcome.PROFIT)))
                .set(AnswerField.MAPS, MapListings.LISTED).set(AnswerField.CUSTOMER_ARRIVAL, CustomerArrival.WALK_IN)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal(120_000)).build();

        assertThat(engine.assess(stall).recommendations().get(0).channel()).isEqualTo(Channel.MAP_LISTINGS);
    }

    @Test
    void aBriefWithNothingToAskDoesNotSayTheDiscoveryIsComplete() throws IOException {
        Scenario complete = Scenario.all().stream().filter(s -> s.name().startsWith("72-")).findFirst().orElseThrow();
        for (Locale locale : List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            try (PDDocument document = Loader.loadPDF(ScenarioBriefs.pdf(ScenarioBriefs.brief(complete, locale)))) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).doesNotContain(bundle.getString("brief.plan.questions.none"))
                        .doesNotContain(bundle.getString("brief.questions.none"));
            }
        }
    }
}
