package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The sections a session's exports leave out, as {@link com.discoverybrief.brief.BriefSections#stored()}. */
@Entity
@Table(name = "brief_sections")
class BriefSectionChoice {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "omitted", length = 200, nullable = false)
    private String omitted;

    protected BriefSectionChoice() {
        // for JPA
    }

    BriefSectionChoice(long sessionId, String omitted) {
        this.sessionId = sessionId;
        this.omitted = omitted;
    }

    String omitted() {
        return omitted;
    }

    void choose(String newOmitted) {
        this.omitted = newOmitted;
    }
}
