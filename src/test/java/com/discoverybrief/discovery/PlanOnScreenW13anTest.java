package com.discoverybrief.discovery;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plan on the summary step says what the brief says for findings 126 and 127 (review adv13l): the reserve's first
 * call on the added money's go-on, a new test's figure recorded in its first weeks, the kept channel's at the tracking
 * week.
 */
class PlanOnScreenW13anTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theReserveAndTheBaselineColumnReadOnScreenAsInTheBrief() {
        Assessment assessment = engine.assess(client("28-pilates-studio-assumptions.scenario"));
        String screen = AdviceViews.testPlan(assessment, RU).getElement().getTextRecursively();
        String reserve = AdviceText.of(RU).planReserve(assessment.testPlan());

        assertThat(reserve).contains("не подорожал против его цифры 4-й недели");
        assertThat(screen).contains(reserve)
                // the contextual test's own figure, and the kept targeted channel's
                .contains("в 1–2-ю неделю теста").contains("записать к 4-й неделе");
    }
}
