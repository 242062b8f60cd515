package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 162 (adv13r, 29: a real estate agency on the secondary market): 03's renovation row «Отзывы клиентов с фото ·
 * после сдачи заказа просим каждого клиента о рекомендации и об отзыве с фото результата» was printed for an agency. A
 * sale of a flat is no handed-over job and leaves no photo of a result. Rule: the review with photos only where the work
 * leaves a visible result (a renovation, kitchens and furniture, photography, design); elsewhere the ask comes after the
 * deal, for a review where people look for the client.
 */
class ReviewsAfterTheDealW13blTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String AGENCY = "29-real-estate-agency";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void aSaleThatLeavesNoVisibleResultAsksForAReviewAfterTheDeal() throws Exception {
        TestPlan plan = engine.assess(client(AGENCY + ".scenario")).testPlan();
        assertThat(line(plan, Channel.CRM_MARKETING).kpi()).isEqualTo(Kpi.REVIEWS_AFTER_DEAL);

        String ru = ScenarioBriefs.text(AGENCY, RU);
        assertThat(ru).doesNotContain("после сдачи заказа").doesNotContain("фото результата")
                .doesNotContain("Отзывы клиентов с фото")
                .contains("Отзывы после сделки")
                // the row's cells are read line by line: the ask starts the rule's cell, the places end its second line
                .contains("после сделки просим каждого клиента о").contains("ищут, — на картах и площадках");
        String en = ScenarioBriefs.text(AGENCY, Locale.ENGLISH);
        assertThat(en).doesNotContain("once a job is handed over").doesNotContain("photos of the result")
                .contains("Reviews after the deal")
                .contains("after the deal, we ask each customer for a").contains("people look for you — on the maps and");
    }

    @Test
    void workThatLeavesAVisibleResultKeepsTheReviewWithPhotos() {
        // a renovation, kitchens made to order, a wedding shoot: the photo of the result is the review
        for (String scenario : new String[] {"03-renovation-one-off", "07-kitchen-workshop-no-usp",
                "14-wedding-photographer-at-capacity"}) {
            // 07 has no plan yet (its positioning comes first): its recommendation carries the number
            assertThat(engine.assess(client(scenario + ".scenario")).recommendations().stream()
                    .filter(r -> r.channel() == Channel.CRM_MARKETING).map(Recommendation::kpi))
                    .as(scenario).containsExactly(Kpi.REVIEWS_WITH_PHOTOS);
        }
    }

    @Test
    void theVisibleResultIsReadFromTheWordsOnTheProduct() {
        assertThat(VisibleResult.of(answers("ремонт квартир под ключ"))).isTrue();
        assertThat(VisibleResult.of(answers("кухни и шкафы на заказ"))).isTrue();
        assertThat(VisibleResult.of(answers("свадебная съёмка и фотокнига"))).isTrue();
        assertThat(VisibleResult.of(answers("Kitchen renovation"))).isTrue();
        assertThat(VisibleResult.of(answers("продажа и покупка квартир на вторичном рынке"))).isFalse();
        assertThat(VisibleResult.of(answers("банкротство через суд под ключ"))).isFalse();
        assertThat(VisibleResult.of(Answers.EMPTY)).isFalse();
    }

    private static Answers answers(String product) {
        return Answers.builder().set(AnswerField.PRODUCT, product).build();
    }
}
