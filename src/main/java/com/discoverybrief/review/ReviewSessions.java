package com.discoverybrief.review;

import com.discoverybrief.discovery.DiscoverySession;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Read-only projections of the session rows behind the filters and the statistics. It never loads,
 * saves or deletes a session: that is {@code discovery}'s alone (ArchitectureTest keeps it so).
 */
interface ReviewSessions extends Repository<DiscoverySession, Long> {

    @Query("""
            select distinct s.owner from DiscoverySession s
            where lower(s.owner) like :pattern escape '\\' order by s.owner""")
    List<String> owners(@Param("pattern") String pattern, Pageable page);

    @Query("""
            select distinct s.header.industry from DiscoverySession s
            where s.header.industry is not null and lower(s.header.industry) like :pattern escape '\\'
            order by s.header.industry""")
    List<String> industries(@Param("pattern") String pattern, Pageable page);

    @Query("""
            select new com.discoverybrief.review.ReviewSessions$Totals(count(s), count(s.briefExportedAt),
                avg(s.readinessMacro), avg(s.readinessMeso), avg(s.readinessMicro))
            from DiscoverySession s where s.createdAt >= :from and s.createdAt < :to""")
    Totals totals(@Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            select new com.discoverybrief.review.ChannelCount(s.topChannel, count(s))
            from DiscoverySession s
            where s.createdAt >= :from and s.createdAt < :to and s.topChannel is not null
            group by s.topChannel order by count(s) desc, s.topChannel""")
    List<ChannelCount> topChannels(@Param("from") Instant from, @Param("to") Instant to);

    record Totals(Long sessions, Long exported, Double macro, Double meso, Double micro) {
    }
}
