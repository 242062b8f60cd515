package com.discoverybrief.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.brief.AdviceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Finding 184 (adv13u), 51: the English reserve reason quoted the client's Russian count noun inside an English
 * sentence, «your waiting list (30 детей)», and called the new places «room». The client's goal is quoted in its own
 * words (the brief's convention); the waiting list is a number, and English prints the number in English. The Russian
 * keeps the client's words.
 */
class WaitingListInEnglishW13byTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    private static String plain(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    /** The text outside the curly and angle quotes: the brief's own words, not the client's. */
    private static String outsideQuotes(String text) {
        return text.replaceAll("“[^”]*”", "").replaceAll("«[^»]*»", "");
    }

    @Test
    void theEnglishReserveReasonPrintsTheWaitingListAsANumberAndTheRussianKeepsTheClientsWords() {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Scenario scenario : Scenario.all()) {
            Assessment assessment = ScenarioRun.assess(scenario);
            String list = assessment.summary() == null ? null : assessment.summary().waitingList();
            if (assessment.testPlan() == null || list == null) {
                continue;
            }
            String en = plain(AdviceText.of(EN).planReserve(assessment));
            if (!en.contains("waiting list")) {
                continue;
            }
            seen++;
            String size = NewCapacity.size(list);
            if (!en.contains("your waiting list (" + size + ")")) {
                wrong.add(scenario.name() + ": EN has no «your waiting list (" + size + ")»: " + en);
            }
            if (outsideQuotes(en).matches("(?s).*\\p{IsCyrillic}.*")) {
                wrong.add(scenario.name() + ": EN prints Russian outside the client's quoted words: " + en);
            }
            if (en.contains(" room")) {
                wrong.add(scenario.name() + ": EN says «room» for the new places: " + en);
            }
            String ru = plain(AdviceText.of(RU).planReserve(assessment));
            if (!ru.contains("лист ожидания (" + list + ")")) {
                wrong.add(scenario.name() + ": RU lost the client's words «" + list + "»: " + ru);
            }
        }
        assertThat(seen).isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWaitingListsSizeIsItsNumber() {
        assertThat(NewCapacity.size("30 детей")).isEqualTo("30");
        assertThat(NewCapacity.size("40 children")).isEqualTo("40");
        assertThat(NewCapacity.size("12")).isEqualTo("12");
    }
}
