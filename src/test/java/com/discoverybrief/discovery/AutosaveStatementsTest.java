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
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Autosave writes what changed and reads nothing: once the wizard opened the session, a save is the
 * update of the session's row (version, last change, list columns and — for an answer or a note — the
 * answers' or notes' document, issue 15) and one more row: the change's history row (issue 17) for an
 * answer or a note, the tag's or mark's own row for an evidence tag or a mark. (Before: 3 statements and more — the session, its answers, notes, marks and evidence were
 * read, then the whole row, the 64 KB kept assessment included, was rewritten.) Counted with
 * Hibernate's statistics; the same rules as the ordinary path still hold whenever the session changed
 * elsewhere, which the version guard detects.
 */
@SpringBootTest
class AutosaveStatementsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Autowired
    DiscoveryService discovery;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionReviews reviews;
    @Autowired
    HotSessions hot;
    @Autowired
    DiscoverySessionRepository sessions;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private final Actor anna = salesperson();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void eachKindOfSaveIsAtMostTwoStatementsItsHistoryRowIncluded() {
        DiscoverySession session = opened();
        long id = session.getId();

        Counted<Saved> first = counted(() -> discovery.saveAnswer(signedIn(anna), id, session.getVersion(),
                AnswerField.PAINS, null, "Очереди по утрам"));
        Counted<Saved> second = counted(() -> discovery.saveAnswer(signedIn(anna), id, first.value().version(),
                AnswerField.PAINS, "Очереди по утрам", "Очереди по утрам и вечером"));
        Counted<Saved> cleared = counted(() -> discovery.saveAnswer(signedIn(anna), id, second.value().version(),
                AnswerField.PAINS, "Очереди по утрам и вечером", ""));
        Counted<Saved> note = counted(() -> discovery.saveNote(signedIn(anna), id, Question.CLIENT, null, "Любят скидки"));
        Counted<Saved> tag = counted(() -> discovery.saveEvidence(signedIn(anna), id, AnswerField.PAINS, Evidence.ASSUMPTION));
        Counted<Saved> mark = counted(() -> discovery.askNextTime(signedIn(anna), id, AnswerField.PAINS, true));

        // An answer or a note that changed: the session's row with the document, and its history row.
        for (Counted<?> save : new Counted<?>[] {first, second, cleared, note, tag, mark}) {
            assertThat(save.statements()).isLessThanOrEqualTo(2);
        }
        assertThat(jdbc.queryForObject("select notes from discovery_session where id = ?", String.class, id))
                .isEqualTo("{\"CLIENT\":\"Любят скидки\"}");
        assertThat(jdbc.queryForObject("select answers from discovery_session where id = ?", String.class, id))
                .as("a cleared answer leaves the document").isEqualTo("{}");
        assertThat(jdbc.queryForObject("select count(*) from session_change where session_id = ?", Long.class, id))
                .as("every changed answer and note saved without reading the session is in its history")
                .isEqualTo(4);
        assertThat(second.value().version()).isEqualTo(first.value().version() + 1);
        assertThat(mark.value().version()).isEqualTo(first.value().version() + 5);

        DiscoverySession stored = discovery.open(signedIn(anna), id);
        assertThat(stored.getVersion()).isEqualTo(mark.value().version());
        assertThat(stored.storedAnswer(AnswerField.PAINS)).isNull();
        assertThat(stored.storedNote(Question.CLIENT)).isEqualTo("Любят скидки");
        assertThat(stored.evidence(AnswerField.PAINS)).isEqualTo(Evidence.ASSUMPTION);
        assertThat(stored.askNextTime()).containsExactly(AnswerField.PAINS);
        assertThat(stored.getUpdatedAt()).isEqualTo(mark.value().savedAt());
    }

    @Test
    void theListColumnsFollowTheAnswersAsIfTheSessionHadBeenRead() {
        DiscoverySession session = opened();
        int before = session.getReadiness();

        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.USP, null,
                "Единственная клиника района с ночным приёмом, гарантия 5 лет на пломбы");
        discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.SEGMENTS, null,
                "Семьи с детьми 3–12 лет в Северном районе, доход средний, приходят по рекомендации");

        DiscoverySession stored = discovery.open(signedIn(anna), session.getId());
        assertThat(stored.getReadiness()).isGreaterThan(before);
        Integer column = jdbc.queryForObject("select readiness from discovery_session where id = ?", Integer.class,
                session.getId());
        DiscoverySession.ListColumns expected = DiscoverySession.ListColumns.of(stored.getHeader(), stored.storedAnswers(),
                stored.evidenceTags());
        assertThat(column).isEqualTo(expected.readiness());
        // Issue 15: the search document rides on the same row update — client and answers, lower-cased.
        String document = jdbc.queryForObject("select search_text from discovery_session where id = ?", String.class,
                session.getId());
        assertThat(document).isEqualTo(expected.searchText()).contains("ночным приёмом").contains("семьи с детьми")
                .startsWith(stored.getHeader().clientCompany().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aChangeMadeElsewhereWithoutThisNodeKnowingIsStillAConflict() {
        DiscoverySession session = opened();
        Saved mine = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Очереди");
        // Another node saves the same answer: this node's memory of the session is now out of date.
        jdbc.update("update discovery_session set answers = '{\"PAINS\":\"Цены\"}', version = version + 1 where id = ?",
                session.getId());

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), mine.version(),
                AnswerField.PAINS, "Очереди", "Очереди и парковка"))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> assertThat(conflict.theirs()).isEqualTo("Цены"));
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("Цены");
    }

    @Test
    void aSessionDeletedMeanwhileIsNotFoundAndAnAccountManagerStillSaves() {
        DiscoverySession session = opened();
        Saved byManager = discovery.saveAnswer(signedIn(accountManager()), session.getId(), session.getVersion(),
                AnswerField.PAINS, null, "Очереди");
        assertThat(byManager.version()).isEqualTo(session.getVersion() + 1);

        jdbc.update("delete from discovery_session where id = ?", session.getId());

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), byManager.version(),
                AnswerField.PAINS, "Очереди", "Очереди и парковка")).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void anotherSalespersonIsRefusedEvenWhenThisNodeKnowsTheSession() {
        DiscoverySession session = opened();

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(salesperson()), session.getId(), session.getVersion(),
                AnswerField.PAINS, null, "Чужое")).isInstanceOf(SessionNotFoundException.class);
        assertThat(discovery.open(signedIn(anna), session.getId()).storedAnswer(AnswerField.PAINS)).isNull();
    }

    @Test
    void aValueRefusedForGoodIsRefusedTheSameWay() {
        DiscoverySession session = opened();

        assertThatThrownBy(() -> discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(),
                AnswerField.PAINS, null, "x".repeat(Limits.ANSWER + 1))).isInstanceOf(InvalidInputException.class);
        Saved next = discovery.saveAnswer(signedIn(anna), session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Очереди");
        assertThat(next.version()).isEqualTo(session.getVersion() + 1);
    }

    /**
     * Issue 15: the kept assessment (up to 64 KB) lives in a table of its own and is read only when the
     * summary, the review or the brief asks for it — never by opening the wizard nor by a save, on the
     * quick path or the ordinary one (which reads the session).
     */
    @Test
    void openingAndSavingNeverReadTheKeptAssessmentAndTheSummaryReadsItOnce() {
        DiscoverySession started = discovery.start(signedIn(anna), "Стоматология «Улыбка»", RUSSIAN);
        long id = started.getId();
        discovery.saveAnswer(signedIn(anna), id, started.getVersion(), AnswerField.PAINS, null, "Очереди");
        discovery.complete(signedIn(anna), id);
        Actor lead = lead();
        reviews.returnToOwner(signedIn(lead), id, reviews.open(signedIn(lead), id).updatedAt(), "Уточните бюджет");
        assertThat(jdbc.queryForObject("select count(*) from session_assessment where session_id = ?", Long.class, id))
                .isOne();

        Counted<DiscoverySession> open = counted(() -> discovery.open(signedIn(anna), id));
        Counted<Saved> quick = counted(() -> discovery.saveAnswer(signedIn(anna), id, open.value().getVersion(),
                AnswerField.PAINS, "Очереди", "Очереди по утрам"));
        hot.forget(id);
        Counted<Saved> ordinary = counted(() -> discovery.saveAnswer(signedIn(anna), id, quick.value().version(),
                AnswerField.PAINS, "Очереди по утрам", "Очереди по утрам и вечером"));
        Counted<SessionAssessment> summary = counted(() -> discovery.assessment(signedIn(anna), id));

        assertThat(open.keptAssessmentLoads()).isZero();
        assertThat(quick.keptAssessmentLoads()).isZero();
        assertThat(quick.statements()).isLessThanOrEqualTo(2);
        assertThat(ordinary.keptAssessmentLoads()).isZero();
        assertThat(summary.keptAssessmentLoads()).isOne();
        assertThat(summary.value().kept()).isTrue();
        assertThat(summary.value().answersChanged()).isTrue();
    }

    /**
     * Issue 15: the answers and notes are documents on the session's row, compared by value. Reading a
     * session with answers, notes in every language and characters JSON escapes in a transaction that
     * writes must write nothing (a document that read back differently would rewrite the row and move
     * the version on every such transaction); the words read back are the words saved.
     */
    @Test
    void readingTheDocumentsBackIsExactAndWritesNothing() {
        DiscoverySession session = opened();
        long id = session.getId();
        String tricky = "Говорят: \"дорого\" \\ <b>&amp;</b>\nвторая строка 🦷 tab\tend";
        Saved saved = discovery.saveAnswer(signedIn(anna), id, session.getVersion(), AnswerField.PAINS, null, tricky);
        saved = discovery.saveNote(signedIn(anna), id, Question.OFFER, null, "«Кавычки» и \"quotes\"");

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                    status -> sessions.findById(id).orElseThrow().storedAnswers());
            assertThat(statistics.getEntityLoadCount()).isOne();
            assertThat(statistics.getEntityUpdateCount()).as("a document read back is not dirty").isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        DiscoverySession stored = discovery.open(signedIn(anna), id);
        assertThat(stored.storedAnswer(AnswerField.PAINS)).isEqualTo(CleanText.of(tricky));
        assertThat(stored.storedNote(Question.OFFER)).isEqualTo("«Кавычки» и \"quotes\"");
        assertThat(stored.getVersion()).isEqualTo(saved.version());
    }

    /** Started, then opened as the wizard does: from now on this node knows the session. */
    private DiscoverySession opened() {
        DiscoverySession started = discovery.start(signedIn(anna), "Стоматология «Улыбка»", RUSSIAN);
        return discovery.open(signedIn(anna), started.getId());
    }

    private record Counted<T>(T value, long statements, long keptAssessmentLoads) {
    }

    private <T> Counted<T> counted(Supplier<T> action) {
        AccountFixtures.settled(anna);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            T value = action.get();
            return new Counted<>(value, statistics.getPrepareStatementCount(),
                    statistics.getCollectionStatistics(DiscoverySession.class.getName() + ".keptAssessment").getLoadCount());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
