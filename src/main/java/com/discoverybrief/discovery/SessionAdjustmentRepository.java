package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionAdjustmentRepository extends JpaRepository<SessionAdjustment, Long> {

    /** Every adjustment of a session, in force or withdrawn, in the order made. */
    List<SessionAdjustment> findBySessionIdOrderByIdAsc(long sessionId);
}
