package com.discoverybrief.review;

import com.discoverybrief.discovery.SessionReviews;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges drafts untouched for longer than {@code review.retention.drafts}, once a night; off by default.
 * The deletion itself is {@code discovery}'s ({@link SessionReviews#deleteDraftsUntouchedSince}).
 */
@Component
class DraftRetention {

    private final SessionReviews sessions;
    private final RetentionProperties retention;
    private final Clock clock;

    DraftRetention(SessionReviews sessions, RetentionProperties retention, Clock clock) {
        this.sessions = sessions;
        this.retention = retention;
        this.clock = clock;
    }

    /** @return how many drafts were deleted */
    @Scheduled(cron = "${review.retention.cron:0 17 3 * * *}")
    @SchedulerLock(name = "draft-retention", lockAtLeastFor = "${review.retention.lock-at-least:PT10M}")
    public int purge() {
        if (!retention.purgesDrafts()) {
            return 0;
        }
        return sessions.deleteDraftsUntouchedSince(clock.instant().minus(retention.drafts()));
    }
}
