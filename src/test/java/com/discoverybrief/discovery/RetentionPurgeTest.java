package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the retention purge deletes, on data of its own: the year 1970 belongs to this test (every
 * other test's sessions are younger), so the count is exact, and the test's transaction is rolled back,
 * so nothing of another test is ever deleted.
 */
@SpringBootTest
@Transactional
class RetentionPurgeTest {

    private static final Instant CUTOFF = Instant.parse("1970-12-01T00:00:00Z");

    @Autowired
    private SessionReviews reviews;
    @Autowired
    private ApplicationContext context;

    @Test
    void deletesExactlyTheDraftsUntouchedSinceTheCutoffAndKeepsEverythingElse() {
        SessionFixtures fixtures = new SessionFixtures(context);
        String anna = SessionFixtures.unique("anna");
        DiscoverySession stale = fixtures.session(anna).changedAt(CUTOFF.minus(Duration.ofDays(1)))
                .answer(com.discoverybrief.strategy.AnswerField.PAINS, "Очереди").save();
        DiscoverySession recent = fixtures.session(anna).changedAt(CUTOFF.plus(Duration.ofDays(1))).save();
        DiscoverySession completed = fixtures.session(anna).changedAt(CUTOFF.minus(Duration.ofDays(30))).completed()
                .save();

        assertThat(reviews.deleteDraftsUntouchedSince(CUTOFF)).isEqualTo(1);

        assertThat(fixtures.find(stale.getId())).isEmpty();
        assertThat(fixtures.find(recent.getId())).isPresent();
        assertThat(fixtures.find(completed.getId())).isPresent();
    }
}
