package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionBriefExportRepository extends JpaRepository<SessionBriefExport, Long> {

    List<SessionBriefExport> findBySessionIdOrderByExportedAtAscIdAsc(long sessionId);
}
