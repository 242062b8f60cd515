package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The map card's row says what happens to the card (findings 151, 157). A card the client does not have yet («На картах
 * нет») is created first — weeks 1–2 — from nothing, then promoted, and its promotion goes on at a number of customers
 * a week, a bar that can fail (157: 50). The client's own card is done when it is filled: its row ends at that week, and
 * its baseline is last month's calls and routes from the card's cabinet, read before the start, never after the work
 * has changed it (151: 01, 03, 36, 79 …).
 */
class MapCardRowsW13bfTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void aCardTheClientDoesNotHaveIsCreatedFromZeroThenPromotedAgainstACount() throws IOException {
        Scenario florist = Scenario.all().stream().filter(s -> s.name().startsWith("50-")).findFirst().orElseThrow();
        assertThat(ScenarioRun.answers(florist).maps()).isEqualTo(MapListings.NONE);
        Assessment assessment = ScenarioRun.assess(florist);
        TestPlan plan = assessment.testPlan();
        PlannedTest card = mapLine(plan);

        assertThat(card.newTest()).isTrue();
        assertThat(card.baseline()).isEqualTo(Figure.of(0, Unit.PER_MONTH));
        assertThat(card.stop()).as("a number of customers a week from the maps").isNotNull();
        int start = card.startWeek();
        int last = card.startWeek() + card.weeks() - 1;
        String ru = AdviceText.of(RU).planDecision(plan, card, assessment.recommendations());
        assertThat(ru).startsWith("недели " + start + "–" + (start + 1) + ": создаём карточку на Яндекс Картах и в 2ГИС")
                .contains("недели " + (start + 2) + "–" + last + ": продвигаем её")
                .contains("клиентов с карт не меньше " + card.stop().value().intValue() + " в неделю")
                .doesNotContain("становится больше");
        assertThat(AdviceText.of(RU).planBaseline(plan, card)).isEqualTo("0 — карточки ещё нет");
        String en = AdviceText.of(EN).planDecision(plan, card, assessment.recommendations());
        assertThat(en).startsWith("weeks " + start + "–" + (start + 1) + ": we create the card on Yandex Maps and 2GIS")
                .contains("at least " + card.stop().value().intValue() + " a week").doesNotContain("grow");
        assertThat(AdviceText.of(EN).planBaseline(plan, card)).isEqualTo("0 — there is no card yet");

        // the brief's cells are read side by side: the row's words are checked a cell line at a time
        assertThat(ScenarioBriefs.text(florist.name(), RU)).contains("недели 1–2: создаём карточку на")
                .contains("0 — карточки ещё нет").contains("продвигаем её. Продолжаем, если к 6-й неделе клиентов с карт не меньше")
                .doesNotContain("звонков и маршрутов с карт становится больше");
    }

    @Test
    void theBarIsWhatTheLinesMoneyBuysAtThePlansAllowableCost() {
        Scenario florist = Scenario.all().stream().filter(s -> s.name().startsWith("50-")).findFirst().orElseThrow();
        TestPlan plan = ScenarioRun.assess(florist).testPlan();
        PlannedTest card = mapLine(plan);
        // 7 759 ₽ over the promotion's 4 weeks at 1 238 ₽ a customer: 1.6 customers a week, rounded up
        int promotion = card.weeks() - MapCard.CREATION_WEEKS;
        double allowed = plan.lines().stream().filter(l -> l.channel() == Channel.CONTEXTUAL_ADS).findFirst()
                .orElseThrow().target().value().doubleValue();
        assertThat(card.stop().value().intValue()).isEqualTo((int) Math.ceil(card.rubles() / allowed / promotion));
    }

    @Test
    void withoutAnAllowableCostTheNewCardsBarIsTheMeetingsQuestion() {
        Figure[] figures = MapCard.created(7_759, 6, null);
        assertThat(figures[0]).isEqualTo(Figure.of(0, Unit.PER_MONTH));
        assertThat(figures[2]).isNull();
        PlannedTest card = new PlannedTest(Channel.MAP_LISTINGS, PlannedTest.Kind.TEST, 1, 6, 6, 2, 7_759, Kpi.MAP_ACTIONS,
                figures[0], figures[1], figures[2], null, false);
        assertThat(AdviceText.of(RU).planDecision(card)).contains("недели 3–6: продвигаем её")
                .contains("клиентов с карт не меньше N в неделю (N — сколько клиентов окупают продвижение; вопрос к встрече)");
        assertThat(AdviceText.of(EN).planDecision(card)).contains("at least N a week (N — how many customers pay for the promotion");
    }

    @Test
    void theClientsOwnCardIsDoneInItsRowsWeeksAndReadFromItsCabinetBeforeTheStart() throws IOException {
        List<String> broken = new ArrayList<>();
        int own = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            TestPlan plan = assessment.testPlan();
            if (plan == null) {
                continue;
            }
            for (PlannedTest line : plan.lines()) {
                if (line.channel() != Channel.MAP_LISTINGS || line.kind() != PlannedTest.Kind.TEST || line.newTest()) {
                    continue;
                }
                own++;
                int ready = line.startWeek() + MapCard.READY_WEEKS - 1;
                String ru = AdviceText.of(RU).planDecision(plan, line, assessment.recommendations());
                if (line.startWeek() + line.weeks() - 1 != ready || !ru.contains("(неделя " + ready + ")")) {
                    broken.add(scenario.name() + ": weeks " + line.startWeek() + "–" + (line.startWeek() + line.weeks() - 1)
                            + ", " + ru);
                }
                String baseline = AdviceText.of(RU).planBaseline(plan, line);
                if (!baseline.equals("до старта: прошлый месяц в Яндекс Бизнесе / 2ГИС")) {
                    broken.add(scenario.name() + ": " + baseline);
                }
                if (!AdviceText.of(EN).planBaseline(plan, line).equals("before the start: last month in Yandex Business / 2GIS")) {
                    broken.add(scenario.name() + ": EN " + AdviceText.of(EN).planBaseline(plan, line));
                }
                PlanMoneyRules.broken(ScenarioRun.answers(scenario), plan).forEach(b -> broken.add(scenario.name() + ": " + b));
                long sum = plan.lines().stream().mapToLong(PlannedTest::rubles).sum() + plan.reserve();
                if (sum != plan.total()) {
                    broken.add(scenario.name() + ": " + sum + " ₽ of " + plan.total() + " ₽");
                }
            }
        }
        assertThat(own).as("the briefs with the client's own card").isGreaterThanOrEqualTo(15);
        assertThat(broken).isEmpty();
        String dental = ScenarioBriefs.text("01-dental-clinic-kazan", RU);
        assertThat(dental).contains("до старта: прошлый месяц в").contains("Яндекс Бизнесе / 2ГИС");
    }

    private static PlannedTest mapLine(TestPlan plan) {
        return plan.lines().stream().filter(l -> l.channel() == Channel.MAP_LISTINGS).findFirst().orElseThrow();
    }
}
