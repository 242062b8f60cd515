package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategist's finding 135 (review adv13m, 45): «Один раз» is ticked while half the clients send their carpets
 * «каждую весну и осень». The referral step still rested on the tick — p. 1 «Как часто клиент покупает: Один раз»,
 * p. 2 «Клиенты покупают один раз или редко, поэтому следующего клиента приводит предыдущий». Where the client's own
 * figures contradict the tick, no reason uses it as a fact.
 */
class ContradictedTickNoReasonW13auTest {

    private static final String CARPETS = "45-carpet-cleaning-contradiction.scenario";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theReferralStepRestsOnTheReturnsTheClientsFiguresGiveNotOnTheOneOffTick() {
        Answers answers = client(CARPETS);
        // the premise: «один раз» ticked, half the clients come back
        assertThat(answers.purchaseFrequency()).isEqualTo(PurchaseFrequency.ONE_OFF);
        assertThat(Signals.repeatContradictsOneOff(answers)).isTrue();
        Recommendation referrals = engine.assess(answers).recommendations().stream()
                .filter(r -> r.channel() == Channel.REFERRAL_PROGRAMME).findFirst().orElseThrow();
        List<Reason> reasons = referrals.reasons();
        assertThat(reasons).noneMatch(reason -> reason.field() == AnswerField.PURCHASE_FREQUENCY);
        assertThat(reasons).anyMatch(reason -> reason.field() == AnswerField.REPEAT_PERCENT);
        assertThat(reasons).anyMatch(reason -> reason.field() == AnswerField.LOYALTY);
    }

    @Test
    void theBriefNeverTellsTheseClientsTheyBuyOnce() throws Exception {
        String ru = ScenarioBriefs.text("45-carpet-cleaning-contradiction", Locale.forLanguageTag("ru"));
        assertThat(ru).doesNotContain("Клиенты покупают один раз или редко")
                .contains("Клиенты к вам возвращаются");
        String en = ScenarioBriefs.text("45-carpet-cleaning-contradiction", Locale.ENGLISH);
        assertThat(en).doesNotContain("Customers buy once or rarely").contains("Your customers do come back");
    }

    @Test
    void aOneOffTickTheFiguresDoNotContradictStillGivesTheOneOffReason() {
        Answers answers = client("03-renovation-one-off.scenario");
        assertThat(Signals.repeatContradictsOneOff(answers)).isFalse();
        // 03's partner step: «Как часто клиент покупает: Один раз» is true there
        assertThat(engine.assess(answers).recommendations().stream().flatMap(r -> r.reasons().stream()))
                .anyMatch(reason -> reason.field() == AnswerField.PURCHASE_FREQUENCY && reason.rule().equals("buys-once"));
    }
}
