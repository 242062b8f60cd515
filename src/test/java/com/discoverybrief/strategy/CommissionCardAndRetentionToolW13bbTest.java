package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategist's findings 142, 145, 146 and 148 (adv13o). 142: a marketplace takes a commission on every order, repeat
 * ones included, so «платить за клиента есть из чего» is false under it — the commission is set against the margin. 145:
 * the client's own map card is an improvement, done when filled, not a paid promotion stopped at week 6. 146: beside the
 * programme that keeps lost accounts, the e-mail is its tool, read with it — no second «today» and +10 points. 148: a
 * letter after check-out needs the guest's consent at check-in (38-ФЗ, ст. 18).
 */
class CommissionCardAndRetentionToolW13bbTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    @Test
    void aMarketplacesCommissionIsSetAgainstTheMarginNotAgainstWhatACustomerIsWorth() {
        Assessment assessment = engine.assess(client("11-building-materials-wholesale.scenario"));
        Verdict marketplaces = assessment.verdicts().stream().filter(v -> v.channel() == Channel.MARKETPLACES)
                .findFirst().orElseThrow();
        assertThat(marketplaces.kind()).isEqualTo(VerdictKind.NOT_NOW);
        String why = plain(AdviceText.of(RU).verdictReason(marketplaces));
        assertThat(why).contains("комиссию с каждого заказа, в том числе повторного").contains("при марже 12 %")
                .doesNotContain("есть из чего").doesNotContain("21 600");
        assertThat(plain(AdviceText.of(RU).verdictChange(marketplaces)))
                .contains("маржа на площадке выше её комиссии (свой ассортимент, крупная фасовка)");
        assertThat(plain(AdviceText.of(EN).verdictReason(marketplaces))).contains("commission on every order")
                .doesNotContain("something to pay");
        // a channel paid per customer keeps the argument of what a customer is worth
        Verdict contextual = assessment.verdicts().stream().filter(v -> v.channel() == Channel.CONTEXTUAL_ADS)
                .findFirst().orElseThrow();
        assertThat(plain(AdviceText.of(RU).verdictReason(contextual))).contains("21 600 ₽").doesNotContain("комисси");
    }

    @Test
    void theClientsOwnMapCardIsDoneWhenFilledNotAPromotionStoppedAtWeekSix() {
        Assessment assessment = engine.assess(client("01-dental-clinic-kazan.scenario"));
        TestPlan plan = assessment.testPlan();
        PlannedTest card = line(plan, Channel.MAP_LISTINGS);
        assertThat(card.newTest()).isFalse();
        String ru = AdviceText.of(RU).planDecision(plan, card, assessment.recommendations());
        assertThat(ru).doesNotContain("перестаём платить за продвижение")
                .isEqualTo("готово, когда карточка заполнена: фото, цены, часы, ответы на отзывы (неделя "
                        + (card.startWeek() + 1) + "); дальше следим за звонками и маршрутами с карт");
        assertThat(AdviceText.of(EN).planDecision(plan, card, assessment.recommendations()))
                .doesNotContain("stop paying").contains("then we watch calls and route requests from the maps");
    }

    @Test
    void besideTheProgrammeKeepingLostAccountsTheEmailIsItsToolReadWithIt() {
        Assessment assessment = engine.assess(client("78-craft-brewery-horeca.scenario"));
        TestPlan plan = assessment.testPlan();
        PlannedTest programme = line(plan, Channel.ONBOARDING_CHURN);
        PlannedTest email = line(plan, Channel.EMAIL);
        // one «today» for the accounts that stay: the e-mail line reads the programme's figure, with no bar of its own
        assertThat(email.kpi()).isEqualTo(Kpi.RETENTION_RATE);
        assertThat(email.baseline()).isEqualTo(programme.baseline());
        assertThat(email.target()).isNull();
        assertThat(email.stop()).isNull();
        String ru = AdviceText.of(RU).planDecision(plan, email, assessment.recommendations());
        assertThat(ru).isEqualTo("новое в ассортименте и в ваших условиях — письмом каждому клиенту; читаем вместе с удержанием");
        assertThat(AdviceText.of(EN).planDecision(plan, email, assessment.recommendations()))
                .contains("read together with the retention work");
    }

    @Test
    void theBreweryBriefPrintsOneTodayForTheAccountsThatStay() throws Exception {
        String ru = plain(ScenarioBriefs.text("78-craft-brewery-horeca", RU));
        assertThat(ru).doesNotContain("продолжаем при 85 %").doesNotContain("KPI: Доля повторных покупок")
                .contains("письмом каждому клиенту;").contains("читаем вместе с удержанием");
    }

    @Test
    void aLetterAfterCheckOutNeedsTheGuestsConsentAtCheckIn() throws Exception {
        String ru = plain(ScenarioBriefs.text("71-family-hotel-full-in-summer", RU));
        assertThat(ru).contains("при заселении — согласие гостя на письма; после выезда — письмо с прямой");
        String en = plain(ScenarioBriefs.text("71-family-hotel-full-in-summer", EN));
        assertThat(en).contains("the guest’s consent to letters; after check-out");
    }
}
