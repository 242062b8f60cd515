package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Condition;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import com.discoverybrief.strategy.TestPlan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The step of a free plan is the move to a paid one, not "the first weeks and why customers leave" (adv13h, 56);
 * a test moved out of the plan's last weeks is named under "Next" with the work it waits for (finding 94).
 */
class WorkTitlesAndWaitingW13zTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theFreePlanStepIsTitledAndFinishedAsTheMoveToAPaidPlan() {
        AdviceText ru = AdviceText.of(RU);
        AdviceText en = AdviceText.of(Locale.ENGLISH);
        PlannedTest activation = new PlannedTest(Channel.ONBOARDING_CHURN, PlannedTest.Kind.PREPARE, 1, 6, 6, 10, 90_000,
                Kpi.FREE_TO_PAID, null, null, null);

        assertThat(ru.title(Channel.ONBOARDING_CHURN, Kpi.FREE_TO_PAID)).isEqualTo("Переход с бесплатного тарифа на платный");
        assertThat(en.title(Channel.ONBOARDING_CHURN, Kpi.FREE_TO_PAID)).isEqualTo("From the free plan to a paid one");
        assertThat(ru.title(Channel.ONBOARDING_CHURN, Kpi.RETENTION_RATE)).isEqualTo(ru.label(Channel.ONBOARDING_CHURN))
                .doesNotContain("Первые недели");
        assertThat(ru.planDecision(activation)).contains("на платный тариф").doesNotContain("причины ухода");
        assertThat(en.planDecision(activation)).contains("paid plan").doesNotContain("reasons for leaving");
    }

    @Test
    void aTestMovedPastThePlanIsNamedWithTheWorkItWaitsFor() {
        TestPlan plan = new TestPlan(60_000, false, 3, 2, List.of(), List.of(Channel.CONTEXTUAL_ADS), 0, 0, 0, null, null,
                List.of(), List.of(Channel.SMM));
        Recommendation smm = new Recommendation(11, Channel.SMM, Stage.TEST, List.of(), Kpi.ENGAGED_AUDIENCE_AND_LEADS,
                Horizon.ONE_TO_THREE_MONTHS, Optional.of(Condition.AFTER_CONVERSION_FIXED));

        String ru = AdviceText.of(RU).planWaiting(plan, List.of(smm));
        String en = AdviceText.of(Locale.ENGLISH).planWaiting(plan, List.of(smm));

        assertThat(ru).isEqualTo("Дальше, когда освободится место для теста или вырастет бюджет: контекстная реклама. "
                + "Дальше, за пределами этих 3 месяцев, — после того как каналы и обработка заявок измерены и исправлены: SMM.");
        assertThat(en).isEqualTo("Next, when a test frees its slot or the budget grows: contextual (search) ads. "
                + "Next, beyond these 3 months — after the channels and the handling of enquiries are measured and fixed: SMM.");
    }
}
