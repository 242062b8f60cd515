package com.discoverybrief.discovery.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.AnswerField;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A change the database cannot take right now stays pending, says so, and is retried. */
class AutosaveRetryTest {

    private final DiscoveryService discovery = mock(DiscoveryService.class);
    private Autosave autosave;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DiscoverySession session = mock(DiscoverySession.class);
        when(session.getId()).thenReturn(7L);
        when(session.getHeader()).thenReturn(SessionHeader.start("Café", LocalDate.of(2026, 11, 27), Locale.ENGLISH));
        autosave = new Autosave(discovery, DiscoveryFixtures.salesperson(), session, new NoConflicts());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aFailedSaveSaysNotSavedAndIsRetriedUntilItLands() {
        when(discovery.saveAnswer(any(), eq(7L), anyLong(), eq(AnswerField.PAINS), any(), eq("Queues")))
                .thenThrow(new DataAccessResourceFailureException("database down"))
                .thenReturn(new Saved(2, Instant.parse("2026-11-27T09:03:15Z")));

        autosave.answer(AnswerField.PAINS, "Queues");

        assertThat(autosave.indicator().getText()).isEqualTo("Not saved — retrying");
        assertThat(autosave.hasPending()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(Autosave.RETRY_EVERY_MS);
        assertThat(autosave.answerOf(AnswerField.PAINS)).isEqualTo("Queues");

        autosave.retryNow();

        assertThat(autosave.indicator().getText()).startsWith("Saved ");
        assertThat(autosave.hasPending()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private static final class NoConflicts implements Autosave.ConflictHandler {
        @Override
        public void onConflict(AnswerField field, String mine, EditConflictException conflict) {
            throw new AssertionError("no conflict expected");
        }

        @Override
        public void onHeaderConflict(EditConflictException conflict) {
            throw new AssertionError("no conflict expected");
        }
    }
}
