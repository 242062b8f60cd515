package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The strategist's finding 174 (review adv13t): the numeric bar of 160 reached only «Улучшение» lines whose printed
 * share was over 10 %. The same «растёт» line escaped as a «Сохранить и измерить» line (02's referral at 23 %, 14's, 73's)
 * or where 10.5 % of the roubles printed «10 %» (63's referral). A strategist cannot stop a large line on "it grows",
 * whatever its stage: every line but preparation over a tenth of the plan's roubles goes on at a number, its N is on the
 * meeting's list, and a channel that already pays is not «останавливаем» below it.
 */
class TrendBarWhateverTheStageW13bqTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private final StrategyEngine engine = new StrategyEngine();

    private static List<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".scenario")).sorted().toList();
        }
    }

    private static Properties bundle(Locale locale) throws IOException {
        String name = locale == RU ? "translations_ru.properties" : "translations.properties";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Over a tenth of the plan's roubles — the roubles' share, not the rounded percent printed beside them. */
    private static boolean large(TestPlan plan, PlannedTest line) {
        return line.kind() != PlannedTest.Kind.PREPARE && line.rubles() * 10 > plan.total();
    }

    @Test
    void noLineOverATenthOfTheRoublesIsJudgedOnATrendWhereItsKpiHasABar() throws IOException {
        List<String> onTrend = new ArrayList<>();
        int barred = 0;
        for (Locale locale : List.of(RU, EN)) {
            Properties words = bundle(locale);
            AdviceText advice = AdviceText.of(locale);
            for (String file : scenarios()) {
                Assessment assessment = engine.assess(ScenarioClients.client(file));
                TestPlan plan = assessment.testPlan();
                if (plan == null) {
                    continue;
                }
                for (PlannedTest line : plan.lines()) {
                    String kpi = line.kpi().name();
                    if (!large(plan, line) || !words.containsKey("plan.bar." + kpi)) {
                        continue;
                    }
                    String decision = advice.planDecision(plan, line, assessment.recommendations());
                    String trend = words.getProperty("plan.rule." + kpi).split("\\{0}")[0];
                    if (decision.contains(trend)) {
                        onTrend.add(file + " " + line.channel() + " " + line.kind() + " " + locale + ": " + decision);
                    }
                    if (decision.contains("N")) {
                        barred++;
                    }
                }
            }
        }
        assertThat(onTrend).isEmpty();
        assertThat(barred).isGreaterThanOrEqualTo(2 * 12);
    }

    @Test
    void aLineAtTenAndAHalfPercentPrintedTenGoesOnAtN() {
        Assessment assessment = engine.assess(ScenarioClients.client("63-car-wash-chain-one-branch-drains.scenario"));
        TestPlan plan = assessment.testPlan();
        PlannedTest referral = ScenarioClients.line(plan, Channel.REFERRAL_PROGRAMME);
        assertThat(referral.percent()).isEqualTo(10);
        assertThat(referral.rubles() * 10).isGreaterThan(plan.total());
        assertThat(AdviceText.of(RU).planDecision(plan, referral, assessment.recommendations()))
                .contains("выросла не меньше чем на N пунктов от записанной");
        assertThat(AdviceText.of(EN).planDecision(plan, referral, assessment.recommendations()))
                .contains("has risen by at least N points from the one recorded");
    }

    @Test
    void aKeptLinesNIsAskedAtTheMeetingAndDoesNotStopAChannelThatPays() throws IOException {
        int kept = 0;
        for (String file : scenarios()) {
            Assessment assessment = engine.assess(ScenarioClients.client(file));
            TestPlan plan = assessment.testPlan();
            if (plan == null) {
                continue;
            }
            for (PlannedTest line : plan.lines()) {
                String ru = AdviceText.of(RU).planDecision(plan, line, assessment.recommendations());
                if (!line.kind().keeps() || !ru.contains("(N — вопрос к встрече)")) {
                    continue;
                }
                kept++;
                String en = AdviceText.of(EN).planDecision(plan, line, assessment.recommendations());
                assertThat(AdviceText.of(RU).asksBar(plan, line, assessment.recommendations())).as(file).isTrue();
                assertThat(ru).as(file).doesNotContain("останавливаем");
                assertThat(en).as(file).doesNotContain("stop");
            }
        }
        assertThat(kept).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theKeptReferralOfTheSalonIsOnItsMeetingsList() throws IOException {
        String brief = ScenarioBriefs.text("02-hair-salon-new-district", RU).replaceAll("\\s+", " ");
        String questions = brief.substring(brief.indexOf("опросы к следующей встрече"));
        assertThat(questions).contains("Рекомендации и реферальная программа» (N в плане)");
    }

    @Test
    void aKeptRepeatPurchaseLineBelowItsNChangesItsOfferAndAnImprovementStops() {
        PlannedTest kept = new PlannedTest(Channel.CRM_MARKETING, PlannedTest.Kind.KEEP, 1, 13, 13, 20, 48_000,
                Kpi.REPEAT_PURCHASE_RATE, null, null, null);
        PlannedTest improvement = new PlannedTest(Channel.CRM_MARKETING, PlannedTest.Kind.TEST, 1, 13, 13, 20, 48_000,
                Kpi.REPEAT_PURCHASE_RATE, null, null, null);
        assertThat(AdviceText.of(RU).planDecision(kept)).contains("не меньше чем на N пунктов")
                .contains("меняем повод и предложение").doesNotContain("останавливаем");
        assertThat(AdviceText.of(EN).planDecision(kept)).contains("at least N points").doesNotContain("stop");
        assertThat(AdviceText.of(RU).planDecision(improvement)).contains("не меньше чем на N пунктов", "останавливаем");
    }
}
