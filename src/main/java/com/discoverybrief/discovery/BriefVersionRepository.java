package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefVersionRepository extends JpaRepository<BriefVersion, Long> {

    /** A session's exported briefs, the newest first. */
    List<BriefVersion> findBySessionIdOrderByNumberDesc(long sessionId);

    boolean existsBySessionId(long sessionId);
}
