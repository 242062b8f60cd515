package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Figure;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every line of the quarter's plan has a checkpoint inside the quarter (adv13r–t watch: an e-mail judged at week 16 with
 * «останавливаем», nurturing at week 18, SEO in weeks 9–20): a line whose full effect comes later prints what must be
 * visible by the plan's last week and leaves the go/stop decision to the next quarter's review; a line read inside the
 * quarter keeps its wording.
 */
class QuarterCheckpointW13btTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern WEEK = Pattern.compile("(\\d+)(-й неделе|–(\\d+))|week (\\d+)|weeks \\d+–(\\d+)");

    private final PlannedTest email = new PlannedTest(Channel.EMAIL, PlannedTest.Kind.TEST, 5, 12, 16, 6, 20_769,
            Kpi.REPEAT_PURCHASE_RATE, null, null, null);
    private final PlannedTest seo = new PlannedTest(Channel.SEO_CONTENT, PlannedTest.Kind.TEST, 9, 12, 20, 3, 26_455,
            Kpi.ORGANIC_TRAFFIC_AND_LEADS, null, null, null);
    private final PlannedTest ads = new PlannedTest(Channel.CONTEXTUAL_ADS, PlannedTest.Kind.TEST, 3, 6, 8, 10, 60_000,
            Kpi.COST_PER_LEAD, rubles(450), rubles(450), rubles(583));
    private final TestPlan plan = new TestPlan(100_000, false, 3, 2, List.of(ads, email, seo), List.of(), 0, 0, 0);

    @Test
    void aLineWhoseEffectComesAfterTheQuarterIsCheckedInsideItAndDecidedAtTheNextReview() {
        for (PlannedTest line : List.of(email, seo)) {
            String ru = AdviceText.of(RU).planDecision(plan, line, List.of());
            String en = AdviceText.of(Locale.ENGLISH).planDecision(plan, line, List.of());
            assertThat(ru).contains("к 13-й неделе").contains("на разборе следующего квартала").doesNotContain("останавливаем,");
            assertThat(en).contains("by week 13").contains("next quarter’s review");
            assertThat(latestWeek(ru)).isLessThanOrEqualTo(plan.weeks());
            assertThat(latestWeek(en)).isLessThanOrEqualTo(plan.weeks());
        }
    }

    @Test
    void aLineRunningPastThePlanPrintsItsWeeksInsideIt() {
        assertThat(AdviceText.of(RU).planWhen(plan, seo)).isEqualTo("недели 9–13");
        assertThat(AdviceText.of(Locale.ENGLISH).planWhen(plan, seo)).isEqualTo("weeks 9–13");
        assertThat(AdviceText.of(RU).planWhen(plan, ads)).isEqualTo("недели 3–8");
    }

    @Test
    void aLineReadInsideTheQuarterKeepsItsWording() {
        AdviceText ru = AdviceText.of(RU);
        assertThat(ru.planDecision(plan, ads, List.of())).isEqualTo(ru.planDecision(ads)).contains("к 8-й неделе")
                .doesNotContain("следующего квартала");
    }

    private static Figure rubles(long value) {
        return new Figure(BigDecimal.valueOf(value), Unit.RUBLES);
    }

    /** The latest week a text names, 0 where it names none. */
    private static int latestWeek(String text) {
        Matcher m = WEEK.matcher(text);
        int latest = 0;
        while (m.find()) {
            for (int g : new int[] {1, 3, 4, 5}) {
                if (m.group(g) != null) {
                    latest = Math.max(latest, Integer.parseInt(m.group(g)));
                }
            }
        }
        return latest;
    }
}
