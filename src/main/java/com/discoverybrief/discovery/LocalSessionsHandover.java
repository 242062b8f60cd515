package com.discoverybrief.discovery;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.FirstAdministratorCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sessions created before accounts existed belong to {@link CurrentActor#LOCAL_USER}; the first
 * administrator takes them over, in the same transaction that creates the administrator.
 */
@Component
class LocalSessionsHandover {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    private final DiscoverySessionRepository sessions;

    LocalSessionsHandover(DiscoverySessionRepository sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void handOver(FirstAdministratorCreated event) {
        int count = sessions.handOver(CurrentActor.LOCAL_USER, event.username());
        if (count > 0) {
            AUDIT.info("{} sessions of '{}' handed over to '{}'", count, CurrentActor.LOCAL_USER, event.username());
        }
    }
}
