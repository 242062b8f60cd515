package com.discoverybrief.brief;

import static com.discoverybrief.strategy.ScenarioClients.client;
import static com.discoverybrief.strategy.ScenarioClients.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.StrategyEngine;
import com.discoverybrief.strategy.TestPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Finding 160 (adv13r), the rule w13bk left unbuilt: «An «Улучшение» line over 10 % of the budget carries a numeric
 * bar.» Work on what the client has (reviews, the base, repeat purchases) that takes more than a tenth of the plan
 * cannot be stopped on «растёт» or «каждый месяц»: it goes on at a number by its decision week — the client's figure, or
 * «не меньше N … (N — вопрос к встрече)» — and says what is cut or rebuilt below it. Lines at 10 % or less keep their
 * words (58's reminders at 10 %).
 */
class ImprovementBarW13bpTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final StrategyEngine ENGINE = new StrategyEngine();

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".scenario")).sorted().toList();
        }
    }

    private static boolean improvement(PlannedTest line) {
        return line.kind() == PlannedTest.Kind.TEST && !line.newTest();
    }

    @Test
    void everyImprovementOverATenthOfTheBudgetGoesOnAtANumber() throws IOException {
        List<String> unbarred = new ArrayList<>();
        for (Locale locale : List.of(RU, EN)) {
            AdviceText advice = AdviceText.of(locale);
            for (Path file : scenarios()) {
                TestPlan plan = ENGINE.assess(client(file.getFileName().toString())).testPlan();
                if (plan == null) {
                    continue;
                }
                for (PlannedTest line : plan.lines()) {
                    if (improvement(line) && line.percent() > 10) {
                        String bar = advice.planDecision(line);
                        if (!Pattern.compile("\\d[ \\u00A0\\u202F]?%|\\bN\\b").matcher(bar).find()) {
                            unbarred.add(file.getFileName() + " " + line.channel() + " " + locale + ": " + bar);
                        }
                    }
                }
            }
        }
        assertThat(unbarred).isEmpty();
    }

    @Test
    void theBaseOfAFloristGoesOnAtNRepliesAMonth() {
        PlannedTest base = line(ENGINE.assess(client("50-flower-delivery-city-maps.scenario")).testPlan(),
                Channel.CRM_MARKETING);
        assertThat(base.percent()).isGreaterThan(10);
        assertThat(AdviceText.of(RU).planDecision(base)).contains("не меньше N", "вопрос к встрече", "12-й неделе");
    }

    @Test
    void aBaseWithTodaysFigureGoesOnAboveIt() {
        PlannedTest reminders = line(ENGINE.assess(client("58-handyman-90-percent-avito.scenario")).testPlan(),
                Channel.CRM_MARKETING);
        // the same reminders at a fifth of a budget: the bar is the client's own figure, not a question
        PlannedTest larger = new PlannedTest(reminders.channel(), reminders.kind(), reminders.startWeek(),
                reminders.weeks(), reminders.decisionWeek(), 20, reminders.rubles() * 2, reminders.kpi(),
                reminders.baseline(), reminders.target(), reminders.stop(), reminders.today(), reminders.own());
        assertThat(reminders.baseline()).isNotNull();
        assertThat(AdviceText.of(RU).planDecision(larger)).contains("больше, чем сейчас (30").doesNotContain("N");
        assertThat(AdviceText.of(EN).planDecision(larger)).contains("more enquiries than today (30");
    }

    @Test
    void aLineAtATenthKeepsItsWords() {
        PlannedTest base = line(ENGINE.assess(client("58-handyman-90-percent-avito.scenario")).testPlan(),
                Channel.CRM_MARKETING);
        assertThat(base.percent()).isLessThanOrEqualTo(10);
        assertThat(AdviceText.of(RU).planDecision(base)).doesNotContain("вопрос к встрече");
    }
}
