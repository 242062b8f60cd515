package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnalyticsLevel;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Geography;
import com.discoverybrief.strategy.PurchaseFrequency;
import com.discoverybrief.strategy.RequestMotive;
import com.discoverybrief.strategy.Site;
import com.discoverybrief.strategy.StrategyEngine;
import com.discoverybrief.strategy.UspClarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the engine says about the client's own ideas, the test plan and the assumptions, as the client reads it. */
class AdviceInTheBriefTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** A renovation firm, bought once, asking for a loyalty programme; referrals pay, by the owner's word only. */
    private static Answers renovation() {
        return Answers.builder().businessModel(BusinessModel.B2C).geography(Geography.CITY)
                .budget(BudgetRange.FROM_150K_TO_500K)
                .set(AnswerField.SEGMENTS, "Владельцы квартир в новостройках")
                .set(AnswerField.USP, "Ремонт под ключ с фиксированной сметой")
                .set(AnswerField.USP_CLARITY, UspClarity.CLEAR)
                .set(AnswerField.PURCHASE_FREQUENCY, PurchaseFrequency.ONE_OFF)
                .set(AnswerField.AVERAGE_CHECK, new BigDecimal("1500000"))
                .set(AnswerField.GROSS_MARGIN, new BigDecimal("20"))
                .set(AnswerField.CHANNELS, List.of(new ChannelUse(CurrentChannel.REFERRALS, ChannelOutcome.PROFIT)))
                .evidence(AnswerField.CHANNELS, Evidence.ASSUMPTION)
                .set(AnswerField.REQUESTED_CHANNELS, List.of(new ChannelRequest(Channel.LOYALTY_BRANDING,
                        RequestMotive.COMPETITORS)))
                .set(AnswerField.ANALYTICS, AnalyticsLevel.PARTLY)
                .set(AnswerField.SITE, Site.CONVERTING)
                .set(AnswerField.MONTHLY_BUDGET, new BigDecimal("200000"))
                .build();
    }

    /** The renovation firm's brief: with a monthly budget, so with a test plan. */
    static BriefDocument renovationBrief(Locale locale) {
        Answers answers = renovation();
        Assessment assessment = new StrategyEngine().assess(answers);
        return new BriefDocument(BriefDocument.Header.of("Ремонт под ключ", null, "ремонт", DAY,
                "Артём", answers), answers, assessment, AgencyBranding.defaults(), locale, DAY);
    }

    private static String brief(Locale locale) {
        return ReadBack.text(BriefFixtures.render(renovationBrief(locale))).replaceAll("[\\s\u00A0\u202F]+", " ");
    }

    @Test
    void theRussianBriefAnswersTheClientsIdeaShowsThePlanAndMarksTheAssumption() {
        String text = brief(BriefFixtures.RUSSIAN);

        assertThat(text).contains("Каналы, о которых вы спрашивали", "Программа лояльности и бренд", "Ваш довод: есть у конкурентов",
                "Не сейчас", "Что может изменить ответ");
        assertThat(text).contains("План тестов на первые 3 месяца", "Бюджет: 200 000 ₽ в месяц, 600 000 ₽ за 3 месяца.");
        assertThat(text).contains("наше предположение", "Сначала проверить:");
    }

    @Test
    void theEnglishBriefSaysTheSameInEnglish() {
        String text = brief(Locale.ENGLISH);

        assertThat(text).contains("Loyalty programme", "Not now", "What would change the answer", "Test plan for the first 3 months",
                "our assumption", "Verify first:");
    }
}
