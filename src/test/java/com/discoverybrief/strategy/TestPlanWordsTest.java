package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Finding 48 (docs/reviews/adv13d-findings.md): the plan said the channels that bring clients keep the money
 * they cost now while it cut them. It now says what they get: today's money, or a cut with both figures and
 * its reason.
 */
class TestPlanWordsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void leadsTimesTheirCostAboveTheWholeBudgetIsSaidAsFreeLeadsCountedNotAsACut() {
        // online school: 900 leads × 700 ₽ = 630 000 ₽ a month, more than the named budget of 450 000 ₽: part of the
        // leads come free (finding 85 of adv13g) — the plan keeps 405 000 ₽ a month on them and asks, never "cuts"
        TestPlan plan = plan("22-online-school-adults");

        assertThat(plan.todayAboveBudget()).isTrue();
        assertThat(plan.budgetBelowToday()).isTrue();
        assertThat(plan.keptMonthly()).isEqualTo(405_000);
        List<String> intro = AdviceText.of(RU).planIntro(plan);
        assertThat(String.join(" ", intro)).contains("каналы стоят около 630\u202F000\u00A0₽ в месяц",
                "больше всего бюджета, который вы назвали (450\u202F000\u00A0₽)", "план оставляет им 405\u202F000\u00A0₽ в месяц")
                .doesNotContain("сохраняют нынешние деньги", "бюджет плана меньше");
    }

    @Test
    void aBudgetThatHoldsTodaysSpendKeepsItAndSaysSo() {
        // plastic surgery: 120 leads × 4 500 ₽ = 540 000 ₽ a month today, the budget is 700 000 ₽; the figures are
        // those of contextual ads, the one ad account beside SMM (finding 66): contextual keeps them
        TestPlan plan = plan("57-plastic-surgery-ad-restrictions");

        assertThat(plan.keptMonthly()).isGreaterThanOrEqualTo(540_000);
        assertThat(plan.ownerLine().channel()).isEqualTo(Channel.CONTEXTUAL_ADS);
        assertThat(plan.ownerLine().rubles() / plan.months()).isGreaterThanOrEqualTo(540_000);
        assertThat(String.join(" ", AdviceText.of(RU).planIntro(plan)))
                .contains("Ваши цифры — это цифры канала «Контекстная реклама»: он сохраняет свои деньги — около "
                        + "540\u202F000\u00A0₽ в месяц");
    }

    @Test
    void aSingleChannelKeepsTodaysMoneyInTheSameWordsAsBefore() {
        // one channel runs: the figures are its own, and the plan says the channels keep today's money
        TestPlan plan = plan("70-webinar-course-half-percent");

        assertThat(plan.ownerLine()).isNull();
        assertThat(plan.lines()).filteredOn(line -> line.channel() == Channel.TARGETED_ADS)
                .allSatisfy(line -> assertThat(line.today()).isEqualTo(2_000_000L));
    }

    @Test
    void withoutTheClientsFiguresNoFigureIsClaimed() {
        TestPlan plan = plan("06-cosmetics-online-shop");

        assertThat(plan.todaysSpend()).isZero();
        assertThat(String.join(" ", AdviceText.of(RU).planIntro(plan))).contains("Расходы на нынешние каналы вы не назвали")
                .doesNotContain("по вашим цифрам");
    }

    /**
     * Finding 55: preparation is finished, not stopped — no "stop" on a preparation line, and the week it is
     * done lies within its own weeks (not «недели 1–4 … готово (неделя 6)»).
     */
    @TestFactory
    Stream<DynamicTest> aPreparationLineIsDoneWithinItsWeeksAndNeverStopped() {
        return Scenario.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            TestPlan plan = ScenarioRun.assess(scenario).testPlan();
            if (plan == null) {
                return;
            }
            List<String> broken = new ArrayList<>();
            for (Locale locale : List.of(RU, Locale.ENGLISH)) {
                AdviceText text = AdviceText.of(locale);
                for (PlannedTest line : plan.lines()) {
                    if (line.kind() != PlannedTest.Kind.PREPARE) {
                        continue;
                    }
                    String decision = text.planDecision(line);
                    int last = line.startWeek() + line.weeks() - 1;
                    if (STOP.matcher(decision).find()) {
                        broken.add(line.channel() + ": a preparation line with a stop — «" + decision + "»");
                    }
                    Matcher done = DONE_WEEK.matcher(decision);
                    if (done.find() && Integer.parseInt(done.group(1)) != last) {
                        broken.add(line.channel() + " weeks " + line.startWeek() + "–" + last + ": done in week "
                                + done.group(1) + " — «" + decision + "»");
                    }
                }
            }
            assertThat(broken).as(scenario.name()).isEmpty();
        }));
    }

    /**
     * Older WEAK 23 (docs/reviews/adv13-findings.md): tuning what runs, warming up the base and cold outreach were
     * all "conversion 3 % → 3,8 %, stop at 3 %". Each gets its own measure: the lead-to-sale conversion for the
     * tuning, opportunities from the base for nurturing, meetings per 100 contacts for outreach.
     */
    @TestFactory
    Stream<DynamicTest> conversionWorkNurturingAndOutreachEachHaveTheirOwnMeasure() {
        return Scenario.all().stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
            TestPlan plan = ScenarioRun.assess(scenario).testPlan();
            if (plan == null) {
                return;
            }
            java.util.Map<Kpi, List<Channel>> byKpi = new java.util.EnumMap<>(Kpi.class);
            plan.lines().stream().filter(line -> SHARED_BEFORE.contains(line.channel()))
                    .forEach(line -> byKpi.computeIfAbsent(line.kpi(), k -> new ArrayList<>()).add(line.channel()));
            byKpi.values().removeIf(channels -> channels.size() < 2);
            assertThat(byKpi).as(scenario.name() + ": several lines judged by one number").isEmpty();
        }));
    }

    private static final java.util.Set<Channel> SHARED_BEFORE = java.util.EnumSet.of(Channel.OPTIMISATION,
            Channel.LEAD_NURTURING, Channel.COLD_OUTREACH);

    private static final Pattern STOP = Pattern.compile("останавлива|стоп|\\bstop", Pattern.CASE_INSENSITIVE);
    /** «готово, когда … (неделя 6)» / "done when … (week 6)". */
    private static final Pattern DONE_WEEK = Pattern.compile("(?:готово|done)[^()]*\\((?:неделя|week) (\\d+)\\)");

    private static TestPlan plan(String name) {
        Scenario scenario = Scenario.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        return ScenarioRun.assess(scenario).testPlan();
    }
}
