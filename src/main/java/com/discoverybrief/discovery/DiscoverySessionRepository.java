package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** Gives every session of one owner to another; the version moves on so open editors notice. */
    @Modifying
    @Query("update DiscoverySession s set s.owner = :to, s.version = s.version + 1 where s.owner = :from")
    int handOver(@Param("from") String from, @Param("to") String to);
}
