package com.discoverybrief.review;

import com.discoverybrief.discovery.SessionStatus;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Purges drafts untouched for longer than {@code review.retention.drafts}, once a night; off by default. */
@Component
class DraftRetention {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final ReviewSessions sessions;
    private final RetentionProperties retention;
    private final Clock clock;

    DraftRetention(ReviewSessions sessions, RetentionProperties retention, Clock clock) {
        this.sessions = sessions;
        this.retention = retention;
        this.clock = clock;
    }

    /** @return how many drafts were deleted */
    @Scheduled(cron = "${review.retention.cron:0 17 3 * * *}")
    @SchedulerLock(name = "draft-retention", lockAtLeastFor = "${review.retention.lock-at-least:PT10M}")
    @Transactional
    public int purge() {
        if (!retention.purgesDrafts()) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(retention.drafts());
        int deleted = sessions.deleteDraftsUntouchedSince(cutoff, SessionStatus.DRAFT);
        AUDIT.info("retention purge: {} drafts untouched since {} deleted by system at {}", deleted, cutoff,
                clock.instant());
        return deleted;
    }
}
