package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.discovery.DiscoverySession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class DraftRetentionTest {

    /** Far enough ahead that no other test's session is old from this clock's point of view. */
    private static final Instant NOW = Instant.parse("2031-06-01T03:17:00Z");

    @Autowired
    private ReviewSessions sessions;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void purgesOnlyDraftsUntouchedForLongerThanTheRetention() {
        String anna = ReviewFixtures.unique("anna");
        ReviewFixtures fixtures = new ReviewFixtures(sessions);
        DiscoverySession stale = fixtures.session(anna).changedAt(NOW.minus(Duration.ofDays(31))).save();
        DiscoverySession recent = fixtures.session(anna).changedAt(NOW.minus(Duration.ofDays(29))).save();
        DiscoverySession completed = fixtures.session(anna).changedAt(NOW.minus(Duration.ofDays(400))).completed().save();

        int purged = transactions.execute(status -> retention(Duration.ofDays(30)).purge());

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(sessions.findById(stale.getId())).isEmpty();
        assertThat(sessions.findById(recent.getId())).isPresent();
        assertThat(sessions.findById(completed.getId())).isPresent();
    }

    @Test
    void keepsEverythingWhenNoRetentionIsConfigured() {
        DiscoverySession ancient = new ReviewFixtures(sessions).session(ReviewFixtures.unique("anna"))
                .changedAt(Instant.parse("2001-01-01T00:00:00Z")).save();

        assertThat(retention(null).purge()).isZero();
        assertThat(retention(Duration.ZERO).purge()).isZero();
        assertThat(sessions.findById(ancient.getId())).isPresent();
    }

    private DraftRetention retention(Duration drafts) {
        return new DraftRetention(sessions, new RetentionProperties(drafts), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
