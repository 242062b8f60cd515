package com.discoverybrief.discovery;

import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One adjustment an account manager made to a session's plan, with the reason, who and when; kept
 * outside the session aggregate so that opening a session never loads it. Withdrawing keeps the row
 * (who and when), for the session's history.
 */
@Entity
@Table(name = "session_adjustment")
class SessionAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private Adjustment.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 40, nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20)
    private Stage stage;

    @Column(name = "reason", length = PlanAdjustments.REASON_LIMIT, nullable = false)
    private String reason;

    @Column(name = "author", length = Limits.USERNAME, nullable = false)
    private String author;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "withdrawn_by", length = Limits.USERNAME)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SessionAdjustment() {
        // for JPA
    }

    SessionAdjustment(long sessionId, Adjustment adjustment, String reason, String author, Instant madeAt) {
        this.sessionId = sessionId;
        this.kind = adjustment.kind();
        this.channel = adjustment.channel();
        this.stage = adjustment.stage();
        this.reason = reason;
        this.author = author;
        this.madeAt = madeAt;
    }

    Long id() {
        return id;
    }

    long sessionId() {
        return sessionId;
    }

    Adjustment adjustment() {
        return new Adjustment(kind, channel, stage);
    }

    String reason() {
        return reason;
    }

    String author() {
        return author;
    }

    Instant madeAt() {
        return madeAt;
    }

    boolean inForce() {
        return withdrawnAt == null;
    }

    String withdrawnBy() {
        return withdrawnBy;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    void withdraw(String by, Instant at) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }
}
