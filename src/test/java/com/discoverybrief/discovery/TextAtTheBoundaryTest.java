package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;

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
 * A NUL character saves on H2 and fails on PostgreSQL for ever ("invalid byte sequence"), so one
 * pasted character would block a whole page on one database only. Text is cleaned the same way on
 * every database before it is stored; these tests run on both.
 */
@SpringBootTest
class TextAtTheBoundaryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void aNulInANewClientsNameIsRemovedAndTheSessionStarts() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня\u0000 «Зерно»\u0007", RUSSIAN);

        assertThat(discovery.open(signedIn(anna), session.getId()).getHeader().clientCompany())
                .isEqualTo("Кофейня «Зерно»");
    }

    @Test
    void aNulInAnAnswerIsRemovedAndTheAnswerSaves() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);

        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Очереди\u0000 по утрам");
        discovery.saveNote(signedIn(anna), session.getId(), Question.CLIENT, null, "Сказал\u0000 между делом");

        DiscoverySession stored = discovery.open(signedIn(anna), session.getId());
        assertThat(stored.storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди по утрам");
        assertThat(stored.storedNote(Question.CLIENT)).isEqualTo("Сказал между делом");
    }

    @Test
    void theNextSaveFromTheSameEditorIsNoConflictAfterCleaning() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Saved first = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "Очереди\u0000");

        discovery.saveAnswer(signedIn(anna), session.getId(), first.version(), AnswerField.PAINS, "Очереди\u0000",
                "Очереди и цены");

        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS))
                .isEqualTo("Очереди и цены");
    }

    @Test
    void aNulInAHeaderNameIsRemovedToo() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);

        discovery.saveHeader(signedIn(anna), session.getId(), session.getVersion(), session.getHeader(),
                session.getHeader().with("contactPerson", "Анна\u0000 Петрова"));

        assertThat(discovery.open(signedIn(anna), session.getId()).getHeader().contactPerson())
                .isEqualTo("Анна Петрова");
    }
}
