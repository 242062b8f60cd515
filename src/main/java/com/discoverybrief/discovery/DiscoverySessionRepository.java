package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DiscoverySessionRepository extends JpaRepository<DiscoverySession, Long> {

    /** An owner's sessions whose client matches a lower-case LIKE pattern, newest first. */
    @Query("""
            select new com.discoverybrief.discovery.SessionSummary(
                s.id, s.header.clientCompany, s.header.industry, s.status, s.updatedAt)
            from DiscoverySession s
            where s.owner = :owner and lower(s.header.clientCompany) like :pattern escape '\\'
            order by s.updatedAt desc, s.id desc
            """)
    List<SessionSummary> findByOwner(@Param("owner") String owner, @Param("pattern") String pattern,
            Pageable page);
}
