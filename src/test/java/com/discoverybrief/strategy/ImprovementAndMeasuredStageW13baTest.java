package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 139a: the intro's «„Улучшение“ — то, что у вас уже есть, вне числа.» is cryptic. A plan with one or two kinds of own
 * work names them — «работа с тем, что у вас уже есть (отзывы, база): идёт параллельно, в число тестов не входит» —
 * and a plan with many (72, whose full page holds no longer sentence) says plainly «работа с тем, что есть, не тест».
 * 85 (48, pet shop): contextual at 90 % of the budget, its cost per customer only recorded before the start, is not
 * labelled «Масштабировать постепенно»: a channel not yet measured is measured, then scaled.
 */
class ImprovementAndMeasuredStageW13baTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theImprovementSentenceIsPlainAndNamesTheKindsWhereThereAreFew() throws Exception {
        String petShop = ScenarioBriefs.text("48-pet-shop-billboards", RU);
        assertThat(petShop).doesNotContain("вне числа").contains(
                "«Улучшение» — работа с тем, что у вас уже есть (рекомендации, конверсия): идёт параллельно, в число тестов не входит.");
        for (String many : new String[] {"03-renovation-one-off", "72-furniture-factory-dealers"}) {
            assertThat(ScenarioBriefs.text(many, RU)).doesNotContain("вне числа")
                    .contains("«Улучшение» — работа с тем, что есть, не тест.");
        }
    }

    @Test
    void aScaledChannelWhoseOwnCostIsNotMeasuredYetIsMeasuredFirst() throws Exception {
        TestPlan plan = new StrategyEngine().assess(client("48-pet-shop-billboards.scenario")).testPlan();
        PlannedTest contextual = plan.lines().stream().filter(l -> l.channel() == Channel.CONTEXTUAL_ADS).findFirst()
                .orElseThrow();
        assertThat(AdviceText.of(RU).kindLabel(contextual)).isEqualTo("Измерить, затем масштабировать");
        String brief = ScenarioBriefs.text("48-pet-shop-billboards", RU);
        assertThat(brief).contains("Стоимость привлечения клиента · Измерить, затем масштабировать")
                .doesNotContain("Стоимость привлечения клиента · Масштабировать постепенно");
        // a scaled line with its own figure keeps its label
        TestPlan dental = new StrategyEngine().assess(client("01-dental-clinic-kazan.scenario")).testPlan();
        dental.lines().stream().filter(l -> l.kind() == PlannedTest.Kind.SCALE && l.baseline() != null)
                .forEach(l -> assertThat(AdviceText.of(RU).kindLabel(l)).isEqualTo("Масштабировать постепенно"));
    }
}
