package com.discoverybrief.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.strategy.AnswerField;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.ApplicationContext;

/**
 * What the retention purge deletes, on data of its own: the year 1970 belongs to this test (every
 * other test's sessions are younger), so the count is exact, and the slice's transaction is rolled
 * back, so nothing of another test is ever deleted. The job and the service around it are
 * {@code DraftRetentionTest}'s and {@code SessionReviews}'.
 */
@DataJpaTest
class RetentionPurgeTest {

    private static final Instant CUTOFF = Instant.parse("1970-12-01T00:00:00Z");

    @Autowired
    private DiscoverySessionRepository sessions;
    @Autowired
    private ApplicationContext context;

    @Test
    void deletesExactlyTheDraftsUntouchedSinceTheCutoffWithTheirAnswersAndKeepsEverythingElse() {
        SessionFixtures fixtures = new SessionFixtures(context);
        String anna = SessionFixtures.unique("anna");
        DiscoverySession stale = fixtures.session(anna).changedAt(CUTOFF.minus(Duration.ofDays(1)))
                .answer(AnswerField.PAINS, "Очереди").save();
        DiscoverySession recent = fixtures.session(anna).changedAt(CUTOFF.plus(Duration.ofDays(1))).save();
        DiscoverySession completed = fixtures.session(anna).changedAt(CUTOFF.minus(Duration.ofDays(30))).completed()
                .save();

        assertThat(sessions.deleteDraftsUntouchedSince(CUTOFF, SessionStatus.DRAFT)).isEqualTo(1);

        assertThat(fixtures.find(stale.getId())).isEmpty();
        assertThat(fixtures.find(recent.getId())).isPresent();
        assertThat(fixtures.find(completed.getId())).isPresent();
    }
}
