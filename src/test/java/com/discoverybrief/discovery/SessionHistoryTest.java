package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.lead;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SessionHistoryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    @Autowired
    SessionHistory history;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void everySaveKeepsWhoWhenBeforeAndAfter() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor manager = accountManager();
        Saved first = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "Очереди по утрам");
        discovery.saveAnswer(signedIn(manager), session.getId(), first.version(), AnswerField.PAINS,
                "Очереди по утрам", "Очереди по утрам и нет парковки");

        List<Change> versions = history.versions(signedIn(lead()), session.getId(), FieldKey.answer(AnswerField.PAINS));

        assertThat(versions).extracting(Change::author, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(manager.username(), "Очереди по утрам", "Очереди по утрам и нет парковки"),
                org.assertj.core.groups.Tuple.tuple(anna.username(), null, "Очереди по утрам"));
    }

    @Test
    void notesAndHeaderFieldsHaveAHistoryToo() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        discovery.saveNote(signedIn(anna), session.getId(), Question.CLIENT, null, "Сеть из трёх точек");
        discovery.saveHeader(signedIn(anna), session.getId(), session.getVersion(), session.getHeader(),
                session.getHeader().with("contactPerson", "Анна Петрова"));

        assertThat(history.versions(signedIn(anna), session.getId(), FieldKey.note(Question.CLIENT)))
                .extracting(Change::after).containsExactly("Сеть из трёх точек");
        assertThat(history.versions(signedIn(anna), session.getId(), FieldKey.header("contactPerson")))
                .extracting(Change::after).containsExactly("Анна Петрова");
    }

    @Test
    void aSaveThatChangesNothingAddsNoVersion() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Saved saved = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "Очереди");
        discovery.saveAnswer(signedIn(anna), session.getId(), saved.version(), AnswerField.PAINS, "Очереди", "Очереди  ");

        assertThat(history.versions(signedIn(anna), session.getId(), FieldKey.answer(AnswerField.PAINS))).hasSize(1);
    }

    @Test
    void restoringAnOldVersionIsANewChangeUnderTheConflictRule() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Saved first = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "Старые слова клиента");
        discovery.saveAnswer(signedIn(accountManager()), session.getId(), first.version(), AnswerField.PAINS,
                "Старые слова клиента", "Новые слова");
        Change old = history.versions(signedIn(anna), session.getId(), FieldKey.answer(AnswerField.PAINS)).get(1);

        // Someone else changed the answer after the history was opened: the restore is refused.
        discovery.saveAnswer(signedIn(accountManager()), session.getId(), first.version(), AnswerField.PAINS,
                "Новые слова", "Слова менеджера");
        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), first.version(),
                AnswerField.PAINS, "Новые слова", old.after())).isInstanceOf(EditConflictException.class);

        discovery.saveAnswer(signedIn(anna), session.getId(), first.version(), AnswerField.PAINS, "Слова менеджера",
                old.after());
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS))
                .isEqualTo("Старые слова клиента");
        assertThat(history.versions(signedIn(anna), session.getId(), FieldKey.answer(AnswerField.PAINS)).get(0).after())
                .isEqualTo("Старые слова клиента");
    }

    @Test
    void aColleaguesHistoryIsNotFound() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);

        assertThatThrownBy(() -> history.versions(signedIn(salesperson()), session.getId(),
                FieldKey.answer(AnswerField.PAINS))).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> history.timeline(signedIn(salesperson()), session.getId()))
                .isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void theTimelineHasChangesStatusesCommentsAndBriefExportsInOrder() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null, "Очереди");
        discovery.complete(signedIn(anna), session.getId());

        List<TimelineEntry> timeline = history.timeline(signedIn(lead()), session.getId());

        assertThat(timeline).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.STARTED,
                TimelineEntry.Kind.CHANGE, TimelineEntry.Kind.STATUS);
        assertThat(timeline).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.STATUS)
                .extracting(TimelineEntry::detail).containsExactly("COMPLETED");
    }

    @Test
    void aBurstOfSavesByOnePersonIsOneChangeFromFirstToLast() {
        FieldKey pains = FieldKey.answer(AnswerField.PAINS);
        Instant t = Instant.parse("2026-11-30T10:00:00Z");
        List<Change> saved = List.of(
                new Change(1, pains, "anna", t, null, "О"),
                new Change(2, pains, "anna", t.plusSeconds(1), "О", "Оч"),
                new Change(3, pains, "anna", t.plusSeconds(2), "Оч", "Очереди"),
                new Change(4, pains, "boris", t.plusSeconds(3), "Очереди", "Очереди утром"),
                new Change(5, pains, "anna", t.plusSeconds(3600), "Очереди утром", "Очереди"));

        assertThat(SessionHistory.coalesce(saved)).extracting(Change::id, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, null, "Очереди"),
                org.assertj.core.groups.Tuple.tuple(4L, "Очереди", "Очереди утром"),
                org.assertj.core.groups.Tuple.tuple(5L, "Очереди утром", "Очереди"));
    }
}
