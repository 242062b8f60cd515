package com.discoverybrief.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code review.retention.drafts}: how long a draft nobody touches is kept (e.g. {@code 180d}).
 * Empty or zero keeps drafts forever, which is the default: deleting a client's data is a decision.
 */
@ConfigurationProperties("review.retention")
record RetentionProperties(Duration drafts) {

    boolean purgesDrafts() {
        return drafts != null && !drafts.isZero() && !drafts.isNegative();
    }
}
