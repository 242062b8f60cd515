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
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Nothing is silently overwritten: the value an editor started from is compared with what is stored
 * on every save, whatever version the editor thinks it has seen.
 */
@SpringBootTest
class ConflictRuleTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();
    private final Actor manager = accountManager();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    /**
     * Issue 11, defect 3: B saved another answer after A's save, so B's version is the newest; B's
     * "before" for Segments is still the empty field B saw when the page opened.
     */
    @Test
    void anEditorWithTheNewestVersionStillCannotOverwriteAnAnswerItNeverSaw() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        discovery.saveAnswer(signedIn(manager), session.getId(), session.getVersion(), AnswerField.SEGMENTS, null,
                "Слова коллеги");
        Saved pains = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "Очереди");

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), pains.version(),
                AnswerField.SEGMENTS, null, "Мои слова"))
                .isInstanceOfSatisfying(EditConflictException.class,
                        conflict -> assertThat(conflict.theirs()).isEqualTo("Слова коллеги"));
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.SEGMENTS))
                .isEqualTo("Слова коллеги");
    }

    @Test
    void aNoteFollowsTheSameRule() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        discovery.saveNote(signedIn(manager), session.getId(), Question.CLIENT, null, "Заметка коллеги");

        assertThatThrownBy(() -> discovery.saveNote(signedIn(anna), session.getId(), Question.CLIENT, null, "Моя"))
                .isInstanceOf(EditConflictException.class);
        discovery.saveNote(signedIn(anna), session.getId(), Question.CLIENT, "Заметка коллеги", "Заметка коллеги и моя");
        assertThat(discovery.meetingNotes(signedIn(anna), session.getId()).notes())
                .containsEntry(Question.CLIENT, "Заметка коллеги и моя");
    }

    @Test
    void twoPeopleChangingDifferentHeaderFieldsBothKeepTheirChange() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        SessionHeader seenByBoth = session.getHeader();
        discovery.saveHeader(signedIn(manager), session.getId(), session.getVersion(), seenByBoth,
                seenByBoth.with("industry", "Общепит"));

        discovery.saveHeader(signedIn(anna), session.getId(), session.getVersion(), seenByBoth,
                seenByBoth.with("contactPerson", "Анна Петрова"));

        SessionHeader stored = discovery.open(signedIn(anna), session.getId()).getHeader();
        assertThat(stored.industry()).isEqualTo("Общепит");
        assertThat(stored.contactPerson()).isEqualTo("Анна Петрова");
    }

    @Test
    void theSameHeaderFieldChangedByTwoPeopleIsAConflict() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        SessionHeader seenByBoth = session.getHeader();
        Saved theirs = discovery.saveHeader(signedIn(manager), session.getId(), session.getVersion(), seenByBoth,
                seenByBoth.with("contactPerson", "Борис"));

        assertThatThrownBy(() -> discovery.saveHeader(signedIn(anna), session.getId(), theirs.version(), seenByBoth,
                seenByBoth.with("contactPerson", "Анна")))
                .isInstanceOf(EditConflictException.class);
        assertThat(discovery.open(signedIn(anna), session.getId()).getHeader().contactPerson()).isEqualTo("Борис");
    }

    @Test
    void marksForTheNextMeetingAreKeptAndCanBeCleared() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);

        discovery.askNextTime(signedIn(anna), session.getId(), AnswerField.REPEAT_SHARE, true);
        discovery.askNextTime(signedIn(anna), session.getId(), AnswerField.USP, true);
        discovery.askNextTime(signedIn(anna), session.getId(), AnswerField.USP, false);

        assertThat(discovery.meetingNotes(signedIn(anna), session.getId()).askNextTime())
                .containsExactly(AnswerField.REPEAT_SHARE);
    }
}
