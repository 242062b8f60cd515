package com.discoverybrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Horizon;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BriefChangesTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 11, 20);

    @Test
    void namesWhatWasAddedRemovedAndMovedWithTheAnswersBehindEach() {
        List<Recommendation> before = List.of(step(1, Channel.POSITIONING, AnswerField.USP_CLARITY),
                step(2, Channel.SMM, AnswerField.REQUESTED_CHANNELS), step(3, Channel.ANALYTICS_SETUP, AnswerField.ANALYTICS));
        List<Recommendation> now = List.of(step(1, Channel.ANALYTICS_SETUP, AnswerField.ANALYTICS),
                step(2, Channel.POSITIONING, AnswerField.USP_CLARITY), step(3, Channel.WEBSITE, AnswerField.SITE));

        BriefChanges changes = BriefChanges.between(SINCE, "2", before, "2", now,
                Set.of(AnswerField.ANALYTICS, AnswerField.SITE, AnswerField.REQUESTED_CHANNELS));

        assertThat(changes.changes()).containsExactly(
                new BriefChanges.Change(Channel.ANALYTICS_SETUP, BriefChanges.Kind.UP, 3, 1, List.of(AnswerField.ANALYTICS)),
                new BriefChanges.Change(Channel.POSITIONING, BriefChanges.Kind.DOWN, 1, 2, List.of()),
                new BriefChanges.Change(Channel.WEBSITE, BriefChanges.Kind.ADDED, 0, 3, List.of(AnswerField.SITE)),
                new BriefChanges.Change(Channel.SMM, BriefChanges.Kind.REMOVED, 2, 0,
                        List.of(AnswerField.REQUESTED_CHANNELS)));
    }

    @Test
    void aChannelAddedAboveAnotherDoesNotMoveThatOne() {
        List<Recommendation> before = List.of(step(1, Channel.POSITIONING, AnswerField.USP_CLARITY));
        List<Recommendation> now = List.of(step(1, Channel.WEBSITE, AnswerField.SITE),
                step(2, Channel.POSITIONING, AnswerField.USP_CLARITY));

        BriefChanges changes = BriefChanges.between(SINCE, "2", before, "2", now, Set.of(AnswerField.SITE));

        assertThat(changes.changes()).extracting(BriefChanges.Change::kind).containsExactly(BriefChanges.Kind.ADDED);
    }

    @Test
    void saysInWordsWhatChangedAndWhy() {
        BriefChanges changes = BriefChanges.between(SINCE, "1", List.of(step(1, Channel.SMM, AnswerField.REQUESTED_CHANNELS)),
                "2", List.of(step(1, Channel.WEBSITE, AnswerField.SITE)), Set.of(AnswerField.SITE));
        AdviceText russian = AdviceText.of(Locale.forLanguageTag("ru"));

        assertThat(russian.changesTitle(changes)).isEqualTo("Что изменилось с брифа от 20 ноября 2026 г.");
        assertThat(russian.change(changes.changes().get(0))).startsWith("Новое: ").endsWith(", шаг 1");
        assertThat(russian.changeCause(changes, changes.changes().get(0))).startsWith("Изменились ответы: ");
        assertThat(russian.changeCause(changes, changes.changes().get(1))).isEqualTo("Мы обновили правила рекомендаций (1 → 2).");
        assertThat(AdviceText.of(Locale.ENGLISH).change(changes.changes().get(1))).startsWith("No longer recommended: ")
                .endsWith("(was step 1)");
    }

    @Test
    void theBriefPrintsTheChangesWhenSomethingChangedAndOneLineWhenNothingDid() {
        BriefDocument brief = BriefFixtures.russianClinic();
        List<Recommendation> plan = brief.assessment().recommendations();
        BriefChanges nothing = BriefChanges.between(SINCE, "1", plan, "1", plan, Set.of());
        BriefChanges added = BriefChanges.between(SINCE, "1", plan.subList(0, plan.size() - 1), "1", plan,
                Set.of(AnswerField.SITE));
        BriefRenderer renderer = new BriefRenderer();

        String same = ReadBack.text(pdf(renderer, brief.withChanges(nothing)));
        String changed = ReadBack.text(pdf(renderer, brief.withChanges(added)));

        assertThat(nothing.isEmpty()).isTrue();
        assertThat(same).doesNotContain("Что изменилось");
        assertThat(same.split("С брифа от 20 ноября 2026", -1)).as("one line, the date once").hasSize(2);
        // the date ends with «г.»: the sentence goes on after it rather than ending in a second full stop
        assertThat(same).contains("С брифа от 20 ноября 2026 г. рекомендации не изменились.").doesNotContain("г..");
        assertThat(changed).contains("Что изменилось с брифа от 20 ноября 2026").contains("Новое: ");
    }

    @Test
    void theEnglishWordingIsEnglish() {
        BriefChanges changes = BriefChanges.between(SINCE, "1", List.of(step(1, Channel.SMM, AnswerField.REQUESTED_CHANNELS),
                step(2, Channel.POSITIONING, AnswerField.USP_CLARITY)), "1",
                List.of(step(1, Channel.POSITIONING, AnswerField.USP_CLARITY), step(2, Channel.SMM, AnswerField.REQUESTED_CHANNELS)),
                Set.of());
        AdviceText english = AdviceText.of(Locale.ENGLISH);

        assertThat(english.changesTitle(changes)).startsWith("What changed since the brief of ").doesNotContain("{");
        assertThat(changes.changes()).extracting(english::change).allSatisfy(line -> assertThat(line)
                .doesNotContainPattern("[А-Яа-я{]").contains("→"));
        assertThat(english.changeCause(changes, changes.changes().get(0))).doesNotContainPattern("[А-Яа-я{]");
        assertThat(english.noChanges(BriefChanges.between(SINCE, "1", List.of(), "1", List.of(), Set.of())))
                .doesNotContainPattern("[А-Яа-я{]");
    }

    private static byte[] pdf(BriefRenderer renderer, BriefDocument brief) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        renderer.render(brief, out);
        return out.toByteArray();
    }

    private static Recommendation step(int priority, Channel channel, AnswerField field) {
        return new Recommendation(priority, channel, Stage.DO_FIRST, List.of(Reason.of("rule", field)), Kpi.values()[0],
                Horizon.ONE_TO_THREE_MONTHS, Optional.empty());
    }
}
