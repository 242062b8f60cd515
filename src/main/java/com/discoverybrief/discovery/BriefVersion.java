package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One exported brief, kept as it was: the answers and the assessment it printed, by which rules, who
 * exported it and when. Never changed after it is written; deleted with its session.
 */
@Entity
@Table(name = "brief_version")
class BriefVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "exported_at", nullable = false, updatable = false)
    private Instant exportedAt;

    @Column(name = "exported_by", length = Limits.USERNAME, nullable = false, updatable = false)
    private String exportedBy;

    @Column(name = "language", length = 10, nullable = false, updatable = false)
    private String language;

    @Column(name = "rules_version", length = 20, nullable = false, updatable = false)
    private String rulesVersion;

    @Column(name = "answers", length = Limits.SNAPSHOT, nullable = false, updatable = false)
    private String answers;

    @Column(name = "assessment", length = Limits.SNAPSHOT, nullable = false, updatable = false)
    private String assessment;

    protected BriefVersion() {
        // for JPA
    }

    BriefVersion(long sessionId, int number, Instant exportedAt, String exportedBy, Locale language,
            String rulesVersion, String answers, String assessment) {
        this.sessionId = sessionId;
        this.number = number;
        this.exportedAt = exportedAt;
        this.exportedBy = exportedBy;
        this.language = language.toLanguageTag();
        this.rulesVersion = rulesVersion;
        this.answers = answers;
        this.assessment = assessment;
    }

    Long id() {
        return id;
    }

    int number() {
        return number;
    }

    Instant exportedAt() {
        return exportedAt;
    }

    String exportedBy() {
        return exportedBy;
    }

    String rulesVersion() {
        return rulesVersion;
    }

    String answers() {
        return answers;
    }

    String assessment() {
        return assessment;
    }
}
