package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Answers;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.CurrentChannel;
import com.discoverybrief.strategy.SeasonMonth;
import com.discoverybrief.strategy.UspClarity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DiscoverySessionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final DiscoverySession session = new DiscoverySession("anna",
            SessionHeader.start("Стоматология «Улыбка»", LocalDate.of(2026, 11, 27), Locale.forLanguageTag("ru")), NOW);

    @Test
    void aNewSessionIsADraftWithNothingAnswered() {
        assertThat(session.getStatus()).isEqualTo(SessionStatus.DRAFT);
        // nothing answered; the engine knows only the meeting's month from the header (for the season's timing)
        assertThat(session.answers()).isEqualTo(Answers.EMPTY.toBuilder().meetingMonth(java.time.Month.NOVEMBER).build());
    }

    @Test
    void answersReachTheStrategySnapshotTyped() {
        session.answer(AnswerField.PAINS, "Боятся боли и очередей", NOW);
        session.answer(AnswerField.USP_CLARITY, "VAGUE", NOW);
        session.answer(AnswerField.CHANNELS, "SMM=DRAINS_BUDGET", NOW);

        Answers answers = session.answers();

        assertThat(answers.pains()).isEqualTo("Боятся боли и очередей");
        assertThat(answers.uspClarity()).isEqualTo(UspClarity.VAGUE);
        assertThat(answers.channels()).singleElement()
                .satisfies(use -> assertThat(use.channel()).isEqualTo(CurrentChannel.SMM))
                .satisfies(use -> assertThat(use.outcome()).isEqualTo(ChannelOutcome.DRAINS_BUDGET));
    }

    @Test
    void theMonthsOfASeasonTheClientTookBackAreKeptButNotRead() {
        session.answer(AnswerField.SEASONALITY, "SEASONAL", NOW);
        session.answer(AnswerField.SEASON_START, "JUNE", NOW);
        session.answer(AnswerField.SEASON_END, "AUGUST", NOW);
        assertThat(session.answers().seasonStart()).isEqualTo(SeasonMonth.JUNE);

        session.answer(AnswerField.SEASONALITY, "YEAR_ROUND", NOW);

        // kept, so a mis-tap on "all year round" costs nothing; but a year-round business has no season
        assertThat(session.storedAnswer(AnswerField.SEASON_START)).isEqualTo("JUNE");
        assertThat(session.answers().isAnswered(AnswerField.SEASON_START)).isFalse();
        assertThat(session.answers().isAnswered(AnswerField.SEASON_END)).isFalse();
        // a session saved before the months were a follow-up (no season answer) still reads its months
        DiscoverySession older = new DiscoverySession("anna",
                SessionHeader.start("Турбаза", LocalDate.of(2026, 11, 27), Locale.forLanguageTag("ru")), NOW);
        older.answer(AnswerField.SEASON_END, "AUGUST", NOW);
        assertThat(older.answers().seasonEnd()).isEqualTo(SeasonMonth.AUGUST);
    }

    @Test
    void aBlankAnswerClearsTheField() {
        session.answer(AnswerField.PAINS, "Очереди", NOW);
        session.answer(AnswerField.PAINS, "   ", NOW);

        assertThat(session.storedAnswer(AnswerField.PAINS)).isNull();
    }

    @Test
    void refusesAnAnswerLongerThanTheLimitWithATranslatableMessage() {
        String tooLong = "я".repeat(Limits.ANSWER + 1);

        assertThatThrownBy(() -> session.answer(AnswerField.PAINS, tooLong, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.limit()).isEqualTo(Limits.ANSWER);
                    assertThat(e.fieldKey()).isEqualTo("field.PAINS.label");
                });
        assertThat(session.storedAnswer(AnswerField.PAINS)).isNull();
    }

    @Test
    void acceptsAnAnswerOfExactlyTheLimit() {
        session.answer(AnswerField.PAINS, "я".repeat(Limits.ANSWER), NOW);

        assertThat(session.storedAnswer(AnswerField.PAINS)).hasSize(Limits.ANSWER);
    }

    @Test
    void refusesAChoiceTheFieldDoesNotOffer() {
        assertThatThrownBy(() -> session.answer(AnswerField.USP_CLARITY, "BRILLIANT", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void completingKeepsTheAssessmentAndTheRulesVersion() {
        Instant later = NOW.plusSeconds(3600);

        session.complete("anna", "{\"rulesVersion\":\"r1\"}", "r1", later);

        assertThat(session.getStatus()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(session.getCompletedAt()).isEqualTo(later);
        assertThat(session.getRulesVersion()).isEqualTo("r1");
        assertThat(session.changedSinceAssessment()).isFalse();
    }

    @Test
    void anAnswerAfterCompletionMarksTheKeptAssessmentAsPossiblyOutdated() {
        session.complete("anna", "{}", "r1", NOW);

        session.answer(AnswerField.PAINS, "Очереди", NOW.plusSeconds(60));

        assertThat(session.changedSinceAssessment()).isTrue();
    }
}
