package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnalyticsLevel;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.ChecklistItem.Check;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Condition;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.CustomerBase;
import com.discoverybrief.strategy.DecisionProcess;
import com.discoverybrief.strategy.Fact;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.GrowthHorizon;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.PricePositioning;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.RepeatShare;
import com.discoverybrief.strategy.SalesCycle;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.Summary;
import com.discoverybrief.strategy.UspClarity;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic briefs for the brief's tests and benchmarks: a Russian dental clinic in Kazan whose
 * discovery is half done (a draft) and an English bakery whose discovery is complete. The assessments
 * are built by hand so the brief can be tested without the strategy engine.
 */
final class BriefFixtures {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final LocalDate MEETING = LocalDate.of(2026, 11, 24);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String CLINIC = "Стоматология „Улыбка“";
    static final String CLINIC_SEGMENTS = "Семьи с детьми из Ново-Савиновского района, которым важно лечить зубы без боли.";
    static final String CLINIC_PAINS = """
            📌 Боятся боли и «навязанных» услуг; хотят понятную цену заранее.
            🔹 Родители ищут врача, к которому ребёнок пойдёт без слёз.
            ✅ Ценят запись онлайн и напоминания; ❌ не любят ждать в очереди.""";
    static final String CLINIC_GOAL = "Увеличить выручку на 30 % за год без второго филиала";

    private BriefFixtures() {
    }

    /** The Kazan dental clinic: half-way through discovery, so a draft. */
    static BriefDocument russianClinic() {
        return russianClinic(CLINIC_PAINS);
    }

    /** The Kazan dental clinic with its "pains" answer replaced. */
    static BriefDocument russianClinic(String pains) {
        Answers answers = clinicAnswers(pains);
        return new BriefDocument(
                BriefDocument.Header.of(CLINIC, "Гульнара Ильдаровна Сафина, управляющая", "Стоматология", MEETING,
                        "Артём Кузнецов", answers),
                answers, clinicAssessment(), AgencyBranding.defaults(), RUSSIAN, TODAY);
    }

    /** The same brief with every level at the given readiness. */
    static BriefDocument withReadiness(BriefDocument brief, int readiness) {
        Assessment a = brief.assessment();
        Map<Level, LevelAssessment> levels = Map.of(
                Level.MACRO, withReadiness(a.level(Level.MACRO), readiness),
                Level.MESO, withReadiness(a.level(Level.MESO), readiness),
                Level.MICRO, withReadiness(a.level(Level.MICRO), readiness));
        Assessment changed = new Assessment(a.rulesVersion(), levels, a.recommendations(), a.beforeAdsChecklist(),
                a.summary());
        return new BriefDocument(brief.header(), brief.answers(), changed, brief.branding(), brief.locale(),
                brief.generatedOn());
    }

    /** The same brief with one more recommendation that quotes {@code excerpt} as its reason. */
    static BriefDocument withQuotedReason(BriefDocument brief, String excerpt) {
        Assessment a = brief.assessment();
        List<Recommendation> recommendations = new java.util.ArrayList<>(a.recommendations());
        recommendations.add(new Recommendation(recommendations.size() + 1, Channel.SEO_CONTENT, Stage.TEST,
                List.of(Reason.quoting("long-quote", AnswerField.PAINS, excerpt)), Kpi.ORGANIC_TRAFFIC_AND_LEADS,
                Horizon.THREE_TO_SIX_MONTHS, Optional.empty()));
        Assessment changed = new Assessment(a.rulesVersion(), a.levels(), recommendations, a.beforeAdsChecklist(),
                a.summary());
        return new BriefDocument(brief.header(), brief.answers(), changed, brief.branding(), brief.locale(),
                brief.generatedOn());
    }

    /** The clinic with {@code text} as client name, contact, an answer, a quoted reason and the growth goal. */
    static BriefDocument withTextEverywhere(String text) {
        BriefDocument clinic = withQuotedReason(russianClinic(text), text);
        Assessment a = clinic.assessment();
        Summary summary = new Summary(a.summary().focus(), a.summary().firstSteps(), a.summary().horizon(), text);
        return new BriefDocument(
                BriefDocument.Header.of(text, text, text, MEETING, text, clinic.answers()), clinic.answers(),
                new Assessment(a.rulesVersion(), a.levels(), a.recommendations(), a.beforeAdsChecklist(), summary),
                clinic.branding(), clinic.locale(), clinic.generatedOn());
    }

    /** The same brief in another language. */
    static BriefDocument in(BriefDocument brief, Locale locale) {
        return new BriefDocument(brief.header(), brief.answers(), brief.assessment(), brief.branding(), locale,
                brief.generatedOn());
    }

    /** A London bakery whose discovery is complete: no draft. */
    static BriefDocument englishBakery() {
        Answers answers = Answers.builder().businessModel(BusinessModel.BOTH).geography(Geography.CITY)
                .companySize(CompanySize.SMALL).budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, "Office managers ordering for meetings (60 % of revenue); families for birthday cakes.")
                .set(AnswerField.PAINS, "Office orders must arrive on time; families want a cake that looks like the picture.")
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED).set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS)
                .set(AnswerField.DECISION_MAKERS, "Office managers; parents for cakes")
                .set(AnswerField.PRODUCT, "Sourdough, pastries and made-to-order cakes, delivered before 9 am.")
                .set(AnswerField.USP, "The only bakery in the area that delivers before 9 am, with a money-back promise.")
                .set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.COMPETITORS, "Gail's, Pret, supermarket bakeries")
                .set(AnswerField.PRICE_POSITIONING, PricePositioning.PREMIUM)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.SEO_CONTENT, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.YES)
                .set(AnswerField.ONLINE_PRESENCE, "Website with online orders, Instagram, Google Maps reviews (4.8)")
                .set(AnswerField.REPEAT_SHARE, RepeatShare.HIGH).set(AnswerField.CUSTOMER_BASE, CustomerBase.CRM_AND_EMAIL)
                .set(AnswerField.LOYALTY, "Loyalty card, referral discount").set(AnswerField.CHURN_REASONS, "Moved offices; price")
                .set(AnswerField.GROWTH_GOAL, "Double corporate orders").set(AnswerField.GROWTH_HORIZON, GrowthHorizon.ONE_YEAR)
                .set(AnswerField.NEW_MARKETS, "Catering for events")
                .set(AnswerField.CONSTRAINTS, "Oven capacity in the mornings")
                .build();
        Assessment assessment = new Assessment("test",
                Map.of(Level.MACRO, level(Level.MACRO, 90, List.of()),
                        Level.MESO, level(Level.MESO, 85, List.of()),
                        Level.MICRO, level(Level.MICRO, 80, List.of(new Gap(AnswerField.ONLINE_PRESENCE)))),
                List.of(new Recommendation(1, Channel.SEO_CONTENT, Stage.SCALE,
                                List.of(Reason.of("scale-profitable", AnswerField.CHANNELS, CurrentChannel.SEO_CONTENT,
                                        ChannelOutcome.PROFIT)),
                                Kpi.ORGANIC_TRAFFIC_AND_LEADS, Horizon.THREE_TO_SIX_MONTHS, Optional.empty()),
                        new Recommendation(2, Channel.PARTNER_MARKETING, Stage.TEST,
                                List.of(Reason.quoting("new-markets", AnswerField.NEW_MARKETS, "Catering for events")),
                                Kpi.PARTNER_LEADS, Horizon.ONE_TO_THREE_MONTHS, Optional.empty())),
                List.of(new ChecklistItem(Check.AUDIENCE_DEFINED, true), new ChecklistItem(Check.USP_CLEAR, true),
                        new ChecklistItem(Check.ANALYTICS_IN_PLACE, true)),
                new Summary(Summary.Focus.SCALE_WHAT_WORKS, List.of(Channel.SEO_CONTENT, Channel.PARTNER_MARKETING),
                        Horizon.THREE_TO_SIX_MONTHS, "Double corporate orders"));
        return new BriefDocument(
                BriefDocument.Header.of("Crumb & Co. Bakery", "Jane Miller, owner", "Food and catering", MEETING,
                        "Tom Baker", answers),
                answers, assessment, AgencyBranding.defaults(), Locale.ENGLISH, TODAY);
    }

    static byte[] render(BriefDocument brief) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefRenderer().render(brief, out);
        return out.toByteArray();
    }

    private static Answers clinicAnswers(String pains) {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .companySize(CompanySize.MEDIUM).budget(BudgetRange.FROM_50K_TO_150K)
                .set(AnswerField.SEGMENTS, CLINIC_SEGMENTS).set(AnswerField.PAINS, pains)
                .set(AnswerField.DECISION_PROCESS, DecisionProcess.CONSIDERED).set(AnswerField.SALES_CYCLE, SalesCycle.WEEKS)
                .set(AnswerField.DECISION_MAKERS, "Чаще всего мама; на имплантацию решают вместе с супругом")
                .set(AnswerField.PRODUCT, "Лечение и профилактика зубов для всей семьи, детская стоматология, имплантация под ключ.")
                .set(AnswerField.USP, "«Качество и сервис», но сформулировать отличие одной фразой пока не можем.")
                .set(AnswerField.USP_CLARITY, UspClarity.VAGUE)
                .set(AnswerField.COMPETITORS, "«Дента-Люкс» на проспекте Ямашева, сетевые клиники «СтомаМед»")
                .set(AnswerField.PRICE_POSITIONING, PricePositioning.MID_MARKET)
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.TARGETED_ADS, ChannelOutcome.DRAINS_BUDGET),
                        new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT),
                        new ChannelUse(CurrentChannel.CONTEXTUAL_ADS, ChannelOutcome.UNKNOWN)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.NO).set(AnswerField.REPEAT_SHARE, RepeatShare.LOW)
                .set(AnswerField.CUSTOMER_BASE, CustomerBase.SPREADSHEET)
                .set(AnswerField.CHURN_REASONS, "Переезжают в другой район; забывают о профилактике — никто не напоминает")
                .set(AnswerField.GROWTH_GOAL, CLINIC_GOAL).set(AnswerField.GROWTH_HORIZON, GrowthHorizon.ONE_YEAR)
                .set(AnswerField.CONSTRAINTS, "Два кресла свободны по утрам; бюджет до 100 000 ₽ в месяц")
                .build();
    }

    private static Assessment clinicAssessment() {
        return new Assessment("test",
                Map.of(Level.MACRO, level(Level.MACRO, 70, List.of(new Gap(AnswerField.NEW_MARKETS))),
                        Level.MESO, level(Level.MESO, 40, List.of(new Gap(AnswerField.USP), new Gap(AnswerField.LOYALTY))),
                        Level.MICRO, level(Level.MICRO, 30,
                                List.of(new Gap(AnswerField.ANALYTICS), new Gap(AnswerField.ONLINE_PRESENCE)))),
                List.of(new Recommendation(1, Channel.POSITIONING, Stage.DO_FIRST,
                                List.of(Reason.of("usp-vague", AnswerField.USP_CLARITY, UspClarity.VAGUE),
                                        Reason.quoting("usp-vague", AnswerField.USP,
                                                "«Качество и сервис», но сформулировать отличие одной фразой пока не можем.")),
                                Kpi.USP_TESTED_WITH_CLIENTS, Horizon.TWO_TO_FOUR_WEEKS, Optional.empty()),
                        new Recommendation(2, Channel.ANALYTICS_SETUP, Stage.DO_FIRST,
                                List.of(Reason.of("no-analytics", AnswerField.ANALYTICS, AnalyticsLevel.NO),
                                        Reason.of("drains-budget", AnswerField.CHANNELS, CurrentChannel.TARGETED_ADS,
                                                ChannelOutcome.DRAINS_BUDGET)),
                                Kpi.CHANNELS_WITH_KNOWN_CAC, Horizon.TWO_TO_FOUR_WEEKS, Optional.empty()),
                        new Recommendation(3, Channel.CRM_MARKETING, Stage.TEST,
                                List.of(Reason.of("low-repeat", AnswerField.REPEAT_SHARE, RepeatShare.LOW),
                                        new Reason("churn-reminders", AnswerField.CHURN_REASONS,
                                                List.of(CustomerBase.SPREADSHEET),
                                                "забывают о профилактике — никто не напоминает")),
                                Kpi.REPEAT_PURCHASE_RATE, Horizon.ONE_TO_THREE_MONTHS,
                                Optional.of(Condition.AFTER_CUSTOMER_BASE)),
                        new Recommendation(4, Channel.CONTEXTUAL_ADS, Stage.TEST,
                                List.of(Reason.of("unknown-outcome", AnswerField.CHANNELS, CurrentChannel.CONTEXTUAL_ADS,
                                        ChannelOutcome.UNKNOWN)),
                                Kpi.COST_PER_ACQUISITION, Horizon.ONE_TO_THREE_MONTHS,
                                Optional.of(Condition.AFTER_POSITIONING)),
                        new Recommendation(5, Channel.LOYALTY_BRANDING, Stage.TEST,
                                List.of(Reason.of("referrals-profit", AnswerField.CHANNELS, CurrentChannel.REFERRALS,
                                        ChannelOutcome.PROFIT)),
                                Kpi.REFERRAL_SHARE, Horizon.THREE_TO_SIX_MONTHS, Optional.empty())),
                List.of(new ChecklistItem(Check.AUDIENCE_DEFINED, true), new ChecklistItem(Check.USP_CLEAR, false),
                        new ChecklistItem(Check.ANALYTICS_IN_PLACE, false),
                        new ChecklistItem(Check.LOSING_CHANNELS_MEASURED, false),
                        new ChecklistItem(Check.CUSTOMER_BASE_KEPT, false),
                        new ChecklistItem(Check.GOAL_AND_HORIZON_SET, true)),
                new Summary(Summary.Focus.CLARIFY_STRATEGY, List.of(Channel.POSITIONING, Channel.ANALYTICS_SETUP),
                        Horizon.ONE_TO_THREE_MONTHS, CLINIC_GOAL));
    }

    private static LevelAssessment level(Level level, int readiness, List<Gap> gaps) {
        List<Fact> known = AnswerField.of(level).stream().map(field -> new Fact(field, List.of(), null)).toList();
        return new LevelAssessment(level, known, readiness, gaps);
    }

    private static LevelAssessment withReadiness(LevelAssessment level, int readiness) {
        return new LevelAssessment(level.level(), level.known(), readiness, level.gaps());
    }
}
