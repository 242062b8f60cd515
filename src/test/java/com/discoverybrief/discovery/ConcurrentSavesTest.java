package com.discoverybrief.discovery;

import static com.discoverybrief.accounts.internal.AccountFixtures.signedIn;
import static com.discoverybrief.discovery.DiscoveryFixtures.accountManager;
import static com.discoverybrief.discovery.DiscoveryFixtures.salesperson;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.strategy.AnswerField;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Adversary (advint): two colleagues in two browsers save the same answer at the same instant, both
 * having started from the same stored text — on the fast path that writes without reading (this node
 * knows the session) and on the ordinary one. Whatever the interleaving, exactly one of them is saved
 * and the other is told, with the winner's words, never a silent last-writer-wins. A passing failure
 * (a lost race on the row lock) is retried as autosave retries it.
 */
@SpringBootTest
class ConcurrentSavesTest {

    private static final int ROUNDS = 12;

    @Autowired
    DiscoveryService discovery;
    @Autowired
    HotSessions hot;

    private final Actor anna = salesperson();
    private final Actor boris = accountManager();

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    private record Outcome(String after, boolean saved, String theirs) {
    }

    @Test
    void twoColleaguesSavingOneAnswerAtOnceNeverBothWin() throws Exception {
        long id = discovery.start(signedIn(anna), "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            String seen = null;
            for (int round = 0; round < ROUNDS; round++) {
                if (round % 2 == 0) {
                    discovery.open(signedIn(anna), id); // this node knows the session: the fast path
                } else {
                    hot.forget(id); // another node's view: the ordinary path
                }
                CyclicBarrier together = new CyclicBarrier(2);
                String before = seen;
                int r = round;
                Future<Outcome> first = pool.submit(() -> save(anna, id, before, "Анна, раунд " + r, together));
                Future<Outcome> second = pool.submit(() -> save(boris, id, before, "Борис, раунд " + r, together));
                List<Outcome> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

                String stored = discovery.open(signedIn(anna), id).storedAnswer(AnswerField.PAINS);
                assertThat(outcomes).as("round %d", round).filteredOn(Outcome::saved).hasSize(1);
                Outcome winner = outcomes.stream().filter(Outcome::saved).findFirst().orElseThrow();
                Outcome loser = outcomes.stream().filter(outcome -> !outcome.saved()).findFirst().orElseThrow();
                assertThat(stored).as("round %d", round).isEqualTo(winner.after());
                assertThat(loser.theirs()).as("round %d: the loser is shown the winner's words", round)
                        .isEqualTo(winner.after());
                seen = stored;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome save(Actor actor, long id, String before, String after, CyclicBarrier together) throws Exception {
        signedIn(actor);
        together.await(30, TimeUnit.SECONDS);
        for (int attempt = 0; ; attempt++) {
            try {
                discovery.saveAnswer(actor, id, 0, AnswerField.PAINS, before, after);
                return new Outcome(after, true, null);
            } catch (EditConflictException conflict) {
                return new Outcome(after, false, conflict.theirs());
            } catch (DataAccessException | TransactionException passing) {
                if (attempt > 20) {
                    throw passing;
                }
                Thread.sleep(20);
            }
        }
    }
}
