package com.discoverybrief.discovery.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.InvalidInputException;
import com.discoverybrief.discovery.Limits;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.strategy.AnswerField;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Only a passing failure is retried: a database that is down, slow or busy. A refused value, a
 * deleted session or a user who may no longer edit is final, said in words, and never blocks the
 * other answers or leaves "All changes saved" on screen.
 */
class AutosaveRetryTest {

    private static final Saved SAVED = new Saved(2, Instant.parse("2026-11-27T09:03:15Z"));

    private final DiscoveryService discovery = mock(DiscoveryService.class);
    private final Events events = new Events();
    private Autosave autosave;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DiscoverySession session = mock(DiscoverySession.class);
        when(session.getId()).thenReturn(7L);
        when(session.getVersion()).thenReturn(1L);
        when(session.getHeader()).thenReturn(SessionHeader.start("Café", LocalDate.of(2026, 11, 27), Locale.ENGLISH));
        autosave = new Autosave(discovery, DiscoveryFixtures::salesperson, events, id -> false);
        autosave.load(session);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aFailedSaveSaysNotSavedAndIsRetriedUntilItLands() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), eq("Queues")))
                .thenThrow(new DataAccessResourceFailureException("database down"))
                .thenReturn(SAVED);

        autosave.change(new Slot.Answer(AnswerField.PAINS), "Queues");

        assertThat(autosave.indicator().getText()).isEqualTo("Not saved — retrying");
        assertThat(autosave.hasPending()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Autosave.RETRY_EVERY_MS);
        assertThat(autosave.valueOf(new Slot.Answer(AnswerField.PAINS))).isEqualTo("Queues");

        autosave.retryNow();

        assertThat(autosave.indicator().getText()).startsWith("Saved ");
        assertThat(autosave.hasPending()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsRetriedToo() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), eq("Queues")))
                .thenThrow(new CannotCreateTransactionException("no connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out")));

        autosave.change(new Slot.Answer(AnswerField.PAINS), "Queues");

        assertThat(autosave.indicator().getElement().getAttribute("data-state")).isEqualTo("retrying");
    }

    /** Found on PostgreSQL by DatabaseOutageIT: the failed rollback hides the I/O error underneath. */
    @Test
    void aConnectionThatBrokeUnderTheSaveIsRetriedThoughOnlyTheFailedRollbackIsReported() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), eq("Queues")))
                .thenThrow(new JpaSystemException(new org.hibernate.TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));

        autosave.change(new Slot.Answer(AnswerField.PAINS), "Queues");

        assertThat(autosave.indicator().getElement().getAttribute("data-state")).isEqualTo("retrying");
        assertThat(autosave.hasPending()).isTrue();
    }

    @Test
    void aDeletedSessionStopsSavingWithAMessageAndIsNeverRetried() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), any()))
                .thenThrow(new SessionNotFoundException(7));

        autosave.change(new Slot.Answer(AnswerField.PAINS), "Queues");

        assertThat(autosave.indicator().getText()).isEqualTo("Not saved: this session was deleted.");
        assertThat(events.stopped).containsExactly("Not saved: this session was deleted.");
        assertThat(autosave.hasPending()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aUserWhoMayNoLongerEditIsToldSoAndNothingIsRetried() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), any()))
                .thenThrow(new AccessDeniedException("Access Denied"));

        autosave.change(new Slot.Answer(AnswerField.PAINS), "Queues");
        autosave.retryNow();

        assertThat(autosave.indicator().getText()).isEqualTo("Not saved: you can no longer edit this session.");
        verify(discovery, times(1)).saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), any());
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aRefusedValueIsSaidOnItsFieldNeverShowsSavedAndDoesNotBlockTheOtherAnswers() {
        String tooLong = "x".repeat(Limits.ANSWER + 1);
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), eq(tooLong)))
                .thenThrow(new InvalidInputException("field.PAINS.label", "validation.too-long", Limits.ANSWER));
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.SEGMENTS), any(), eq("Families")))
                .thenReturn(SAVED);

        autosave.change(new Slot.Answer(AnswerField.PAINS), tooLong);
        autosave.change(new Slot.Answer(AnswerField.SEGMENTS), "Families");

        verify(discovery).saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.SEGMENTS), any(), eq("Families"));
        assertThat(events.refused).containsExactly("answer-PAINS");
        assertThat(autosave.indicator().getText()).isEqualTo("Not saved — fix the marked field");
        assertThat(autosave.indicator().getElement().getAttribute("data-state")).isEqualTo("refused");
        assertThat(autosave.hasPending()).isFalse();
    }

    @Test
    void theIndicatorSettlesOnTheServersWordWhenTheKeystrokesChangedNothing() {
        autosave.indicator().getElement().setAttribute("data-state", "saving");

        autosave.settle();

        assertThat(autosave.indicator().getText()).isEqualTo("All changes saved");
        assertThat(autosave.indicator().getElement().getAttribute("data-state")).isEqualTo("saved");
    }

    private static final class Events implements Autosave.Listener {

        final List<String> stopped = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        @Override
        public void onConflict(Slot slot, String mine, EditConflictException conflict) {
            throw new AssertionError("no conflict expected");
        }

        @Override
        public void onConflictUpdated(Slot slot, String mine) {
            throw new AssertionError("no conflict expected");
        }

        @Override
        public void onHeaderConflict(EditConflictException conflict) {
            throw new AssertionError("no conflict expected");
        }

        @Override
        public void onRefused(String elementId, String message) {
            if (message != null) {
                refused.add(elementId);
            }
        }

        @Override
        public void onStopped(String message, boolean gone) {
            stopped.add(message);
        }

        @Override
        public void onConfirmed(String elementId, String value) {
        }

        @Override
        public void onNewerData(Set<Slot> slots, Set<String> headerProperties) {
        }
    }
}
