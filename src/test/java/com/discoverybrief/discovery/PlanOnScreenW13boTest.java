package com.discoverybrief.discovery;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plan on the summary step says, as the brief does (finding 170), that its shares are rounded where the printed
 * percents do not add up to 100 — and nothing where they do.
 */
class PlanOnScreenW13boTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void sharesThatAddUpTo102SayTheyAreRounded() {
        // 40 + 4 × 5 + 28 + 14: no reserve, 102 %
        Assessment assessment = engine.assess(client("31-seaside-hotel.scenario"));
        assertThat(AdviceViews.testPlan(assessment, RU).getElement().getTextRecursively())
                .contains("Доли округлены до целого процента.");
    }

    @Test
    void sharesThatAddUpToAHundredSayNothing() {
        Assessment assessment = engine.assess(client("01-dental-clinic-kazan.scenario"));
        assertThat(AdviceViews.testPlan(assessment, RU).getElement().getTextRecursively()).doesNotContain("округлены");
    }
}
