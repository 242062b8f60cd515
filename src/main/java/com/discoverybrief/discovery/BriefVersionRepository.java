package com.discoverybrief.discovery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BriefVersionRepository extends JpaRepository<BriefVersion, Long> {

    /** A session's exported briefs, the newest first. */
    List<BriefVersion> findBySessionIdOrderByNumberDesc(long sessionId);

    boolean existsBySessionId(long sessionId);

    /** The only change a kept brief ever takes: the client's words erased (PersonalDataErasure). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update brief_version set answers = :answers, assessment = :assessment where id = :id",
            nativeQuery = true)
    int erase(@Param("id") long id, @Param("answers") String answers, @Param("assessment") String assessment);
}
