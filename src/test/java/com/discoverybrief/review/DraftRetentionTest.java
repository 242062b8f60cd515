package com.discoverybrief.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.discoverybrief.discovery.SessionReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The nightly job asks {@code discovery} to purge drafts untouched for longer than the retention, and
 * nothing at all when no retention is configured. What exactly is purged is {@code RetentionPurgeTest}'s.
 */
class DraftRetentionTest {

    private static final Instant NOW = Instant.parse("2031-06-01T03:17:00Z");

    private final SessionReviews sessions = mock(SessionReviews.class);

    @Test
    void purgesDraftsUntouchedSinceTheRetentionBeforeNow() {
        when(sessions.deleteDraftsUntouchedSince(NOW.minus(Duration.ofDays(30)))).thenReturn(3);

        assertThat(retention(Duration.ofDays(30)).purge()).isEqualTo(3);
        verify(sessions).deleteDraftsUntouchedSince(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void keepsEverythingWhenNoRetentionIsConfigured() {
        assertThat(retention(null).purge()).isZero();
        assertThat(retention(Duration.ZERO).purge()).isZero();
        verifyNoInteractions(sessions);
    }

    private DraftRetention retention(Duration drafts) {
        return new DraftRetention(sessions, new RetentionProperties(drafts), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
