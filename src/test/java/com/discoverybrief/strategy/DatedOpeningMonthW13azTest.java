package com.discoverybrief.strategy;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scenario 41 (a kids' dentistry full three weeks ahead, a second branch «в марте»), left open by w13ax: the intro named
 * the block's weeks, not the month the client named; the block lines printed «записать до старта» as their baseline for
 * a place not open yet; the reserve for the opening month did not say that the kept paid ads go around the new address;
 * and «через три месяца» with no month named built no block.
 */
class DatedOpeningMonthW13azTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String DENTISTRY = "41-kids-dentistry-full-opening-branch";

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theIntroSaysTheMonthAndTheBlockStartsFromNothing() throws Exception {
        assertThat(DatedOpening.month(client(DENTISTRY + ".scenario"))).isEqualTo(Month.MARCH);
        String brief = ScenarioBriefs.text(DENTISTRY, RU).replaceAll("\\s+", " ");
        assertThat(brief).contains("Новое место открывается в марте");
        // the sign-ups for a place not open yet start at nothing; there is nothing to "record before the start"
        assertThat(brief).contains("0 — место ещё не открыто").doesNotContain("и предпродажи записать до старта");
        // the opening month's money: the kept targeted ads go around the new address, not the full one
        assertThat(brief).contains("таргетированная реклама с открытия работает на радиус вокруг нового адреса");
    }

    @Test
    void inThreeMonthsDatesTheOpeningAsAMonthNamedDoes() {
        Answers dentistry = client(DENTISTRY + ".scenario");
        Answers inThree = dentistry.toBuilder().set(AnswerField.NEW_MARKETS, "второй филиал в Заречном районе")
                .set(AnswerField.CONSTRAINTS, "в первом филиале запись на 3 недели вперёд, второй откроется через три месяца")
                .build();
        assertThat(DatedOpening.week(inThree)).isEqualTo(DatedOpening.week(dentistry)).isEqualTo(14);
        assertThat(DatedOpening.month(inThree)).isEqualTo(Month.MARCH);
        assertThat(DatedOpening.inMonths("откроемся через 2 месяца")).isEqualTo(2);
        assertThat(DatedOpening.inMonths("opens in three months")).isEqualTo(3);
        assertThat(DatedOpening.inMonths("через полгода")).isZero();
        TestPlan plan = engine.assess(inThree).testPlan();
        assertThat(line(plan, Channel.CRM_MARKETING).kpi()).isEqualTo(Kpi.PRE_SALES);
        // the block's start (the partners wait past the New Year holidays since w13bc, 143, and the street since w13be,
        // 156: the full place's paid line moved to the new address shows it)
        assertThat(line(plan, Channel.TARGETED_ADS).startWeek()).isEqualTo(6);
        // no opening word: not this rule's, whatever the months
        Answers noWord = inThree.toBuilder()
                .set(AnswerField.CONSTRAINTS, "в первом филиале запись на 3 недели вперёд, цены поднимем через три месяца").build();
        assertThat(DatedOpening.week(noWord)).isZero();
    }
}
