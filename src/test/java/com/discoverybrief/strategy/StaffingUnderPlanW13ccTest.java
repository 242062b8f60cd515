package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategist's finding 189 (review adv13v): where the client says the salespeople are busy, the direct-sales row
 * carried who makes the calls («100 000 ₽ в месяц — один менеджер на прямые продажи…») beside its bar, the longest cell
 * of the plan. The sentence says why the line costs so much: it is printed under the plan, «Почему столько…», and the
 * row keeps only its bar — for any client whose direct sales carry the busy-sellers reason, in Russian and English.
 */
class StaffingUnderPlanW13ccTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    @Test
    void theSellerSentenceIsPrintedUnderThePlanNotInTheDirectSalesRow() {
        int fired = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = engine.assess(ScenarioRun.answers(scenario));
            TestPlan plan = assessment.testPlan();
            boolean busy = assessment.recommendations().stream().filter(r -> r.channel() == Channel.COLD_OUTREACH)
                    .flatMap(r -> r.reasons().stream()).anyMatch(reason -> reason.rule().equals(TenderPlatform.SELLER));
            PlannedTest outreach = plan == null ? null : plan.lines().stream()
                    .filter(l -> l.channel() == Channel.COLD_OUTREACH).findFirst().orElse(null);
            for (Locale locale : new Locale[] {RU, EN}) {
                AdviceText advice = AdviceText.of(locale);
                String staffing = plan == null ? null : advice.planStaffing(plan, assessment.recommendations());
                if (busy && outreach != null) {
                    assertThat(staffing).as(scenario.name() + " " + locale)
                            .startsWith(locale == RU ? "Почему столько" : "Why so much")
                            .contains(advice.rubles(plan.monthly(outreach)))
                            .contains(locale == RU ? "один менеджер на прямые продажи" : "one person on direct sales");
                } else {
                    assertThat(staffing).as(scenario.name() + " " + locale).isNull();
                }
                if (outreach != null) {
                    assertThat(advice.planDecision(plan, outreach, assessment.recommendations()))
                            .as(scenario.name() + " " + locale)
                            .doesNotContain("один менеджер").doesNotContain("one person on direct sales");
                }
            }
            if (busy && outreach != null) {
                fired++;
            }
        }
        assertThat(fired).as("clients whose direct sales name their seller").isPositive();
    }

    @Test
    void theBriefPrintsTheSellerSentenceAfterThePlansTable() throws Exception {
        // 76: «в отделе продаж 2 человека, оба заняты тендерной документацией»
        String ru = ScenarioBriefs.text("76-logistics-tenders", RU);
        String en = ScenarioBriefs.text("76-logistics-tenders", EN);
        assertThat(ru).contains("Почему столько на прямых продажах");
        assertThat(en).contains("Why so much on direct sales");
        // finding 193: the money is a person's time — a manager, or a seller freed from other work — and the line's
        // stop says what happens to that time
        String flat = ru.replaceAll("\\s+", " ");
        assertThat(flat).contains("или один из ваших продавцов, с которого снята другая работа")
                .contains("продавец возвращается к прежней работе").doesNotContain("(или другая работа");
        assertThat(en.replaceAll("\\s+", " ")).contains("one of your salespeople taken off other work")
                .contains("that salesperson goes back to their old work");
    }
}
