package com.discoverybrief.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BriefShareLinkRepository extends JpaRepository<BriefShareLink, Long> {

    Optional<BriefShareLink> findByTokenHash(String tokenHash);

    /** A session's links, the newest first. */
    List<BriefShareLink> findBySessionIdOrderByCreatedAtDesc(long sessionId);

    /** Counts one opening in one statement, so concurrent openings all count. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update brief_share_link set opened_count = opened_count + 1, last_opened_at = :now,"
            + " first_opened_at = coalesce(first_opened_at, :now) where id = :id", nativeQuery = true)
    int countOpening(@Param("id") long id, @Param("now") Instant now);
}
