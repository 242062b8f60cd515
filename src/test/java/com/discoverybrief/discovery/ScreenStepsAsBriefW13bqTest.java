package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.ScenarioClients;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The wizard's summary step and the lead's review list the steps with the label and the KPI the brief prints (w13bo's
 * 168 on page 1, w13be's 155): a salesperson reading the screen to the client says what the PDF says — «Клиенты с карт»
 * for a map card still to be made, «Пауза, затем новое место» for the ads of a full place opening a new one.
 */
class ScreenStepsAsBriefW13bqTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aMapCardStillToBeMadeIsReadOnItsCustomersOnScreenAsInTheBrief() {
        Assessment assessment = engine.assess(ScenarioClients.client("50-flower-delivery-city-maps.scenario"));
        Recommendation maps = step(assessment, Channel.MAP_LISTINGS);
        assertThat(AdviceViews.kpi(maps, assessment)).isEqualTo(Kpi.MAP_CUSTOMERS).isNotEqualTo(maps.kpi());
    }

    @Test
    void theAdsOfAFullPlaceOpeningANewOneAreLabelledAsTheirPlanRow() {
        Assessment assessment = engine.assess(ScenarioClients.client("41-kids-dentistry-full-opening-branch.scenario"));
        Recommendation ads = step(assessment, Channel.TARGETED_ADS);
        assertThat(AdviceViews.stage(ads, assessment, RU)).isEqualTo("Пауза, затем новое место")
                .isEqualTo(AdviceText.of(RU).stageLabel(ads, assessment.testPlan()));
    }

    private static Recommendation step(Assessment assessment, Channel channel) {
        return assessment.recommendations().stream().filter(r -> r.channel() == channel).findFirst().orElseThrow();
    }
}
