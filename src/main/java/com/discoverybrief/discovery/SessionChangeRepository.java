package com.discoverybrief.discovery;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionChangeRepository extends JpaRepository<SessionChange, Long> {

    @Query("select c from SessionChange c where c.sessionId = :session and c.field = :field order by c.id")
    List<SessionChange> findField(@Param("session") long sessionId, @Param("field") String field);

    @Query("select c from SessionChange c where c.sessionId = :session order by c.id")
    List<SessionChange> findSession(@Param("session") long sessionId);

    @Modifying(flushAutomatically = true)
    @Query("delete from SessionChange c where c.sessionId = :session and c.field in :fields")
    int deleteFields(@Param("session") long sessionId, @Param("fields") Collection<String> fields);
}
