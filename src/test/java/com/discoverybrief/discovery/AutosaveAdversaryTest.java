package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Issue 15 keeps a session's answers and notes as one document on its row, so every save rewrites the
 * whole document: the adversary's question is whether a save built on an old document can ever carry
 * a colleague's words away. Two colleagues typing into different answers (and a note) at the same
 * time, on the path that writes without reading and on the ordinary one; a double tap, sent one after
 * the other and at once; a page left open while a colleague worked. Every word typed is stored, every
 * save is in the history with its author, before and after, and a colleague's words are never
 * overwritten without a conflict.
 */
@SpringBootTest
class AutosaveAdversaryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int KEYSTROKES = 15;

    @Autowired
    DiscoveryService discovery;
    @Autowired
    HotSessions hot;
    @Autowired
    SessionHistory history;

    private final Actor anna = salesperson();
    private final Actor boris = accountManager();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void twoColleaguesTypingIntoDifferentAnswersAtOnceBothKeepEveryWord() throws Exception {
        long id = discovery.start(signedIn(anna), "Кофейня «Зерно»", RUSSIAN).getId();
        discovery.open(signedIn(anna), id);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CyclicBarrier together = new CyclicBarrier(3);
            Future<String> pains = pool.submit(() -> typing(anna, together, (before, after) ->
                    () -> discovery.saveAnswer(anna, id, 0, AnswerField.PAINS, before, after), "Очереди", id));
            Future<String> segments = pool.submit(() -> typing(boris, together, (before, after) ->
                    () -> discovery.saveAnswer(boris, id, 0, AnswerField.SEGMENTS, before, after), "Семьи", id));
            Future<String> note = pool.submit(() -> typing(boris, together, (before, after) ->
                    () -> discovery.saveNote(boris, id, Question.OFFER, before, after), "Скидки", id));

            String lastPains = pains.get(120, TimeUnit.SECONDS);
            String lastSegments = segments.get(120, TimeUnit.SECONDS);
            String lastNote = note.get(120, TimeUnit.SECONDS);

            DiscoverySession stored = discovery.open(signedIn(anna), id);
            assertThat(stored.storedAnswer(AnswerField.PAINS)).isEqualTo(lastPains);
            assertThat(stored.storedAnswer(AnswerField.SEGMENTS)).isEqualTo(lastSegments);
            assertThat(stored.storedNote(Question.OFFER)).isEqualTo(lastNote);
            assertThat(stored.getVersion()).as("one version per save").isEqualTo(3L * KEYSTROKES);
            // Every save of each field is in its history, in order, each from the value the one before left.
            everySaveInItsHistory(id, FieldKey.answer(AnswerField.PAINS), anna, "Очереди");
            everySaveInItsHistory(id, FieldKey.answer(AnswerField.SEGMENTS), boris, "Семьи");
            everySaveInItsHistory(id, FieldKey.note(Question.OFFER), boris, "Скидки");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDoubleTapSavesOnceWhetherTheTapsComeOneAfterTheOtherOrAtOnce() throws Exception {
        long id = discovery.start(signedIn(anna), "Кофейня «Зерно»", RUSSIAN).getId();
        discovery.open(signedIn(anna), id);
        Saved first = discovery.saveAnswer(signedIn(anna), id, 0, AnswerField.PAINS, null, "Очереди");
        Saved again = discovery.saveAnswer(signedIn(anna), id, 0, AnswerField.PAINS, null, "Очереди");
        assertThat(again.version()).as("the repeat changes nothing").isEqualTo(first.version());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                if (round % 2 == 1) {
                    hot.forget(id);
                }
                String before = round == 0 ? "Очереди" : "Очереди " + (round - 1);
                String after = "Очереди " + round;
                CyclicBarrier together = new CyclicBarrier(2);
                Supplier<Saved> tap = () -> discovery.saveAnswer(anna, id, 0, AnswerField.PAINS, before, after);
                Future<Saved> one = pool.submit(() -> retried(anna, together, tap));
                Future<Saved> two = pool.submit(() -> retried(anna, together, tap));
                assertThat(one.get(60, TimeUnit.SECONDS).version()).as("round %d", round)
                        .isEqualTo(two.get(60, TimeUnit.SECONDS).version());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(discovery.open(signedIn(anna), id).storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди 5");
        assertThat(history.allChanges(id)).as("one history row per change, none for a repeated tap")
                .extracting(Change::after).containsExactly("Очереди", "Очереди 0", "Очереди 1", "Очереди 2", "Очереди 3",
                        "Очереди 4", "Очереди 5");
    }

    @Test
    void aPageLeftOpenWhileAColleagueWorkedMergesOtherFieldsAndIsRefusedOnTheirs() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня «Зерно»", RUSSIAN);
        long id = session.getId();
        long stalePage = session.getVersion();
        for (boolean knownHere : new boolean[] {true, false}) {
            // The colleague's words, on another screen.
            String segments = "Семьи " + knownHere;
            String note = "Заметка " + knownHere;
            String before = discovery.open(signedIn(boris), id).storedAnswer(AnswerField.SEGMENTS);
            discovery.saveAnswer(signedIn(boris), id, 0, AnswerField.SEGMENTS, before, segments);
            String noteBefore = discovery.meetingNotes(signedIn(boris), id).notes().get(Question.CLIENT);
            discovery.saveNote(signedIn(boris), id, Question.CLIENT, noteBefore, note);
            if (!knownHere) {
                hot.forget(id);
            }

            // The page opened long ago still shows the answers as they were: its own field merges ...
            String pains = discovery.open(signedIn(anna), id).storedAnswer(AnswerField.PAINS);
            if (!knownHere) {
                hot.forget(id);
            }
            discovery.saveAnswer(signedIn(anna), id, stalePage, AnswerField.PAINS, pains, "Очереди " + knownHere);
            // ... and the colleague's field is refused with their words, whatever the page thinks it saw.
            assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), id, stalePage, AnswerField.SEGMENTS, null,
                    "Старое"))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict -> assertThat(conflict.theirs())
                            .isEqualTo(segments));
            assertThatThrownBy(() -> discovery.saveNote(signedIn(anna), id, Question.CLIENT, null, "Старое"))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict -> assertThat(conflict.theirs())
                            .isEqualTo(note));

            DiscoverySession stored = discovery.open(signedIn(anna), id);
            assertThat(stored.storedAnswer(AnswerField.SEGMENTS)).isEqualTo(segments);
            assertThat(stored.storedNote(Question.CLIENT)).isEqualTo(note);
            assertThat(stored.storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди " + knownHere);
        }
    }

    /** One save given its before and after. */
    private interface Save {
        Supplier<Saved> of(String before, String after);
    }

    /**
     * Types a word a keystroke at a time, each save from the value the last one left, on the path that
     * writes without reading and (every third save, as if another node had saved) on the ordinary one.
     */
    private String typing(Actor actor, CyclicBarrier together, Save save, String word, long id) throws Exception {
        signedIn(actor);
        together.await(30, TimeUnit.SECONDS);
        String before = null;
        for (int keystroke = 1; keystroke <= KEYSTROKES; keystroke++) {
            if (keystroke % 3 == 0) {
                hot.forget(id);
            }
            String after = word + " " + keystroke;
            retried(actor, null, save.of(before, after));
            before = after;
        }
        return before;
    }

    /** A passing failure (a lost race for the row, a version that moved under the ordinary path) is retried as autosave retries it. */
    private static Saved retried(Actor actor, CyclicBarrier together, Supplier<Saved> save) throws Exception {
        signedIn(actor);
        if (together != null) {
            together.await(30, TimeUnit.SECONDS);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return save.get();
            } catch (DataAccessException | TransactionException passing) {
                if (attempt > 30) {
                    throw passing;
                }
                Thread.sleep(10);
            }
        }
    }

    private void everySaveInItsHistory(long id, FieldKey field, Actor author, String word) {
        List<Change> changes = history.allChanges(id).stream().filter(change -> change.field().equals(field)).toList();
        List<String> expected = new ArrayList<>();
        for (int keystroke = 1; keystroke <= KEYSTROKES; keystroke++) {
            expected.add(word + " " + keystroke);
        }
        assertThat(changes).extracting(Change::after).containsExactlyElementsOf(expected);
        assertThat(changes).extracting(Change::author).containsOnly(author.username());
        for (int i = 0; i < changes.size(); i++) {
            assertThat(changes.get(i).before()).isEqualTo(i == 0 ? null : expected.get(i - 1));
        }
    }
}
