package com.discoverybrief.discovery;

import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.actor;
import static com.discoverybrief.discovery.DiscoveryFixtures.lead;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.strategy.AnswerField;
import java.util.Locale;
import com.discoverybrief.accounts.internal.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@SpringBootTest
class DiscoveryServiceTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void anAnswerIsThereWhenTheSessionIsOpenedAgain() {
        DiscoverySession session = discovery.start(signedIn(anna), "Стоматология «Улыбка»", RUSSIAN);

        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Боятся боли 😬, <script>alert(1)</script>, ﷺ and mixed ℤ scripts");

        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS))
                .isEqualTo("Боятся боли 😬, <script>alert(1)</script>, ﷺ and mixed ℤ scripts");
    }

    @Test
    void eachSaveReturnsTheNewVersionForTheNextSave() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);

        Saved first = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null, "a");
        Saved second = discovery.saveAnswer(signedIn(anna), session.getId(), first.version(), AnswerField.PAINS, "a", "ab");

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("ab");
    }

    @Test
    void doesNotOverwriteAnAnswerThatChangedElsewhere() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        long seenByBoth = session.getVersion();
        Actor manager = accountManager();
        discovery.saveAnswer(signedIn(manager), session.getId(), seenByBoth, AnswerField.PAINS, null, "Версия менеджера");

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), seenByBoth, AnswerField.PAINS, null,
                "Версия продавца"))
                .isInstanceOfSatisfying(EditConflictException.class,
                        conflict -> assertThat(conflict.theirs()).isEqualTo("Версия менеджера"));
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("Версия менеджера");
    }

    @Test
    void changesToDifferentAnswersElsewhereAreNoConflict() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        long seenByBoth = session.getVersion();
        discovery.saveAnswer(signedIn(accountManager()), session.getId(), seenByBoth, AnswerField.PAINS, null, "Очереди");

        discovery.saveAnswer(signedIn(anna), session.getId(), seenByBoth, AnswerField.SEGMENTS, null, "Студенты");

        DiscoverySession reopened = discovery.open(signedIn(anna), session.getId());
        assertThat(reopened.storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди");
        assertThat(reopened.storedAnswer(AnswerField.SEGMENTS)).isEqualTo("Студенты");
    }

    @Test
    void refusesOverLongInputWithAClearErrorAndKeepsTheOldAnswer() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Saved saved = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null, "Очереди");

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), saved.version(), AnswerField.PAINS,
                "Очереди", "x".repeat(Limits.ANSWER + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("Очереди");
    }

    @Test
    void refusesASessionWithoutAClientName() {
        assertThatThrownBy(() -> discovery.start(signedIn(anna), "  ", RUSSIAN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThatThrownBy(() -> discovery.start(signedIn(anna), "Я".repeat(Limits.NAME + 1), RUSSIAN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void aSalespersonCannotSeeOrChangeAColleaguesSession() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor boris = salesperson();

        assertThatThrownBy(() -> discovery.open(signedIn(boris), session.getId())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(boris), session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "x")).isInstanceOf(SessionNotFoundException.class);
        assertThat(discovery.mySessions(signedIn(boris), "", PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void aMissingSessionLooksExactlyLikeAForbiddenOne() {
        assertThatThrownBy(() -> discovery.open(signedIn(anna), Long.MAX_VALUE))
                .isInstanceOf(SessionNotFoundException.class)
                .hasMessage("Session " + Long.MAX_VALUE + " not found");
    }

    @Test
    void aLeadReadsButMethodSecurityRefusesEveryChange() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor lead = lead();

        assertThat(discovery.open(signedIn(lead), session.getId()).getHeader().clientCompany()).isEqualTo("Кофейня");
        assertThatThrownBy(() -> discovery.saveAnswer(lead, session.getId(), session.getVersion(), AnswerField.PAINS,
                null, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discovery.complete(lead, session.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discovery.start(lead, "Своя сессия", RUSSIAN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSalespersonCannotReadTheAssessmentChangeTheHeaderOrCompleteAColleaguesSession() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor boris = signedIn(salesperson());

        assertThatThrownBy(() -> discovery.assessment(boris, session.getId())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> discovery.saveHeader(boris, session.getId(), session.getVersion(), session.getHeader(),
                session.getHeader())).isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> discovery.complete(boris, session.getId())).isInstanceOf(SessionNotFoundException.class);
        assertThat(discovery.open(signedIn(anna), session.getId()).getVersion()).isEqualTo(session.getVersion());
    }

    @Test
    void anAdministratorWithoutASessionRoleSeesNoSessions() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        Actor admin = signedIn(actor(Role.ADMIN));

        assertThatThrownBy(() -> discovery.open(admin, session.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> discovery.mySessions(admin, "", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        DiscoverySession session = discovery.start(signedIn(anna), "Кофейня", RUSSIAN);
        AccountFixtures.signOut();

        assertThatThrownBy(() -> discovery.open(anna, session.getId()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void mySessionsAreNewestFirstAndSearchableByClientWithLiteralWildcards() {
        DiscoverySession first = discovery.start(signedIn(anna), "Кофейня 100%", RUSSIAN);
        DiscoverySession second = discovery.start(signedIn(anna), "Автосервис", RUSSIAN);
        discovery.start(signedIn(anna), "Кофейня 1000", RUSSIAN);
        discovery.saveAnswer(signedIn(anna), first.getId(), first.getVersion(), AnswerField.PAINS, null, "touch");

        assertThat(discovery.mySessions(signedIn(anna), "", PageRequest.of(0, 10)))
                .extracting(SessionSummary::id).startsWith(first.getId()).contains(second.getId());
        assertThat(discovery.mySessions(signedIn(anna), "КОФЕЙНЯ 100%", PageRequest.of(0, 10)))
                .extracting(SessionSummary::clientCompany).containsExactly("Кофейня 100%");
    }
}
