package com.discoverybrief.discovery;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.StrategyEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plan on the summary step and in the lead's review says what the brief says: the seller who makes the calls
 * (finding 113), the line with the first call on the reserve (108), a booking window's rule on its lines (105).
 */
class PlanOnScreenTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final StrategyEngine engine = new StrategyEngine();

    private static String screen(Assessment assessment) {
        return AdviceViews.testPlan(assessment, RU).getElement().getTextRecursively();
    }

    @Test
    void directSalesNameTheirSellerOnScreenWhereTheClientsSalespeopleAreBusy() {
        Assessment assessment = engine.assess(client("76-logistics-tenders.scenario"));
        assertThat(screen(assessment)).contains("один менеджер на прямые продажи").contains("Тендерные площадки");
    }

    @Test
    void theReserveNamesItsFirstCallOnScreenAsInTheBrief() {
        Assessment assessment = engine.assess(client("54-kids-coding-two-targeting-results.scenario"));
        String reserve = AdviceText.of(RU).planReserve(assessment.testPlan());
        // since w13aj (115) 54's first call is the paying platform's: «Первой из него получает деньги площадка «Telegram»…»
        assertThat(reserve).contains("из него получает деньги площадка «Telegram»");
        assertThat(screen(assessment)).contains(reserve);
    }

    @Test
    void aBookingWindowsLinesReadItsRuleOnScreen() {
        Assessment assessment = engine.assess(client("79-wedding-venue-booked-in-winter.scenario"));
        // since w13al (123) a selling line inside a window shorter than the deal is read on the enquiry:
        // 55 000 ₽ a booking × 15 % conversion = 8 250 ₽ an enquiry
        assertThat(screen(assessment)).contains("продолжаем, пока заявка из канала не дороже 8\u202F250\u00A0₽")
                .contains("добавленные на сезон деньги — пока заявка не дороже 8\u202F250\u00A0₽")
                .doesNotContain("подорожал на четверть против цифры");
    }
}
