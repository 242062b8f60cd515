package com.discoverybrief.discovery;

import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.lead;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.strategy.AnswerField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
class DiscoveryServiceTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @Test
    void anAnswerIsThereWhenTheSessionIsOpenedAgain() {
        DiscoverySession session = discovery.start(anna, "Стоматология «Улыбка»", RUSSIAN);

        discovery.saveAnswer(anna, session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Боятся боли 😬, <script>alert(1)</script>, ﷺ and mixed ℤ scripts");

        assertThat(discovery.open(anna, session.getId()).storedAnswer(AnswerField.PAINS))
                .isEqualTo("Боятся боли 😬, <script>alert(1)</script>, ﷺ and mixed ℤ scripts");
    }

    @Test
    void eachSaveReturnsTheNewVersionForTheNextSave() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);

        Saved first = discovery.saveAnswer(anna, session.getId(), session.getVersion(), AnswerField.PAINS, null, "a");
        Saved second = discovery.saveAnswer(anna, session.getId(), first.version(), AnswerField.PAINS, "a", "ab");

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(discovery.open(anna, session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("ab");
    }

    @Test
    void doesNotOverwriteAnAnswerThatChangedElsewhere() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);
        long seenByBoth = session.getVersion();
        Actor manager = accountManager();
        discovery.saveAnswer(manager, session.getId(), seenByBoth, AnswerField.PAINS, null, "Версия менеджера");

        assertThatThrownBy(() -> discovery.saveAnswer(anna, session.getId(), seenByBoth, AnswerField.PAINS, null,
                "Версия продавца"))
                .isInstanceOfSatisfying(EditConflictException.class,
                        conflict -> assertThat(conflict.theirs()).isEqualTo("Версия менеджера"));
        assertThat(discovery.open(anna, session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("Версия менеджера");
    }

    @Test
    void changesToDifferentAnswersElsewhereAreNoConflict() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);
        long seenByBoth = session.getVersion();
        discovery.saveAnswer(accountManager(), session.getId(), seenByBoth, AnswerField.PAINS, null, "Очереди");

        discovery.saveAnswer(anna, session.getId(), seenByBoth, AnswerField.SEGMENTS, null, "Студенты");

        DiscoverySession reopened = discovery.open(anna, session.getId());
        assertThat(reopened.storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди");
        assertThat(reopened.storedAnswer(AnswerField.SEGMENTS)).isEqualTo("Студенты");
    }

    @Test
    void refusesOverLongInputWithAClearErrorAndKeepsTheOldAnswer() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);
        Saved saved = discovery.saveAnswer(anna, session.getId(), session.getVersion(), AnswerField.PAINS, null, "Очереди");

        assertThatThrownBy(() -> discovery.saveAnswer(anna, session.getId(), saved.version(), AnswerField.PAINS,
                "Очереди", "x".repeat(Limits.ANSWER + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(discovery.open(anna, session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди");
    }

    @Test
    void refusesASessionWithoutAClientName() {
        assertThatThrownBy(() -> discovery.start(anna, "  ", RUSSIAN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> discovery.start(anna, "Я".repeat(Limits.NAME + 1), RUSSIAN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void aSalespersonCannotSeeOrChangeAColleaguesSession() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);
        Actor boris = salesperson();

        assertThatThrownBy(() -> discovery.open(boris, session.getId())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> discovery.saveAnswer(boris, session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "x")).isInstanceOf(SessionNotFoundException.class);
        assertThat(discovery.mySessions(boris, "", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void aMissingSessionLooksExactlyLikeAForbiddenOne() {
        assertThatThrownBy(() -> discovery.open(anna, Long.MAX_VALUE))
                .isInstanceOf(SessionNotFoundException.class)
                .hasMessage("Session " + Long.MAX_VALUE + " not found");
    }

    @Test
    void aLeadReadsButCannotChange() {
        DiscoverySession session = discovery.start(anna, "Кофейня", RUSSIAN);
        Actor lead = lead();

        assertThat(discovery.open(lead, session.getId()).getHeader().clientCompany()).isEqualTo("Кофейня");
        assertThatThrownBy(() -> discovery.saveAnswer(lead, session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "x")).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void mySessionsAreNewestFirstAndSearchableByClientWithLiteralWildcards() {
        DiscoverySession first = discovery.start(anna, "Кофейня 100%", RUSSIAN);
        DiscoverySession second = discovery.start(anna, "Автосервис", RUSSIAN);
        discovery.start(anna, "Кофейня 1000", RUSSIAN);
        discovery.saveAnswer(anna, first.getId(), first.getVersion(), AnswerField.PAINS, null, "touch");

        assertThat(discovery.mySessions(anna, "", PageRequest.of(0, 10)))
                .extracting(SessionSummary::id).startsWith(first.getId()).contains(second.getId());
        assertThat(discovery.mySessions(anna, "КОФЕЙНЯ 100%", PageRequest.of(0, 10)))
                .extracting(SessionSummary::clientCompany).containsExactly("Кофейня 100%");
    }
}
