package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A map card the client asked for but does not have («На картах нет») is a new presence, tried as a test — not
 * «Улучшение», which the intro defines as work on what the client already has (finding 150: 50).
 */
class NewMapCardIsATestW13Test {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theFloristsMissingCardIsATestOnEveryPage() throws IOException {
        Scenario florist = Scenario.all().stream().filter(s -> s.name().startsWith("50-")).findFirst().orElseThrow();
        assertThat(ScenarioRun.answers(florist).maps()).isEqualTo(MapListings.NONE);
        Assessment assessment = ScenarioRun.assess(florist);
        PlannedTest card = assessment.testPlan().lines().stream().filter(l -> l.channel() == Channel.MAP_LISTINGS)
                .findFirst().orElseThrow();

        assertThat(card.own()).isFalse();
        assertThat(AdviceText.of(RU).kindLabel(card)).isEqualTo("Тест");
        Recommendation recommendation = assessment.recommendations().stream()
                .filter(r -> r.channel() == Channel.MAP_LISTINGS).findFirst().orElseThrow();
        assertThat(AdviceText.of(RU).stageLabel(recommendation, assessment.testPlan())).isEqualTo("Тест");
        assertThat(ScenarioBriefs.text(florist.name(), RU)).doesNotContain("ответы на отзывы (неделя");
    }

    @Test
    void anExistingCardStaysTheClientsOwnWork() {
        long own = Scenario.all().stream().filter(s -> ScenarioRun.answers(s).maps() == MapListings.LISTED)
                .map(ScenarioRun::assess).filter(a -> a.testPlan() != null)
                .flatMap(a -> a.testPlan().lines().stream())
                .filter(l -> l.channel() == Channel.MAP_LISTINGS && l.kind() == PlannedTest.Kind.TEST && l.own()).count();
        assertThat(own).isPositive();
    }
}
