package com.discoverybrief.discovery;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface DiscoverySessionRepository extends JpaRepository<DiscoverySession, Long> {

    /** An owner's sessions whose client matches a lower-case LIKE pattern, newest first. */
    @Query("""
            select new com.discoverybrief.discovery.SessionSummary(
                s.id, s.header.clientCompany, s.header.industry, s.status, s.updatedAt, s.latestComment)
            from DiscoverySession s
            where s.owner = :owner and lower(s.header.clientCompany) like :pattern escape '\\'
            order by s.updatedAt desc, s.id desc
            """)
    List<SessionSummary> findByOwner(@Param("owner") String owner, @Param("pattern") String pattern,
            Pageable page);

    /**
     * Notes that a brief was generated. A bulk update on purpose: neither the version nor the last
     * change moves, so an export never causes an edit conflict in an open wizard.
     */
    @Transactional
    @Modifying
    @Query("update DiscoverySession s set s.briefExportedAt = :at where s.id = :id")
    void markBriefExported(@Param("id") long id, @Param("at") Instant at);

    /**
     * Deletes drafts nobody touched since {@code cutoff}; the answers and notes go with the row, comments,
     * events and the other rows of a session by the database's cascade. Pending changes are written first, and loaded sessions forgotten afterwards.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from DiscoverySession s where s.status = :draft and s.updatedAt < :cutoff")
    int deleteDraftsUntouchedSince(@Param("cutoff") Instant cutoff, @Param("draft") SessionStatus draft);
}
