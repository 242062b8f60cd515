package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionAdjustmentRepository extends JpaRepository<SessionAdjustment, Long> {

    /** Every adjustment of a session, in force or withdrawn, in the order made. */
    List<SessionAdjustment> findBySessionIdOrderByIdAsc(long sessionId);

    /** Erasing the client's personal data replaces every reason with the marker (PersonalDataErasure). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SessionAdjustment a set a.reason = :marker where a.sessionId = :session")
    int erase(@Param("session") long sessionId, @Param("marker") String marker);
}
