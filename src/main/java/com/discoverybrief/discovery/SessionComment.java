package com.discoverybrief.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in a session's comment thread; written once, never changed. */
@Entity
@Table(name = "session_comment")
class SessionComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author", length = Limits.USERNAME, nullable = false)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "body", length = Limits.COMMENT, nullable = false)
    private String text;

    protected SessionComment() {
        // for JPA
    }

    SessionComment(String author, Instant writtenAt, String text) {
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    /** Erasing the client's personal data: the fact of the comment stays, its words go. */
    void erase(String marker) {
        this.text = marker;
    }

    Comment view() {
        return new Comment(author, writtenAt, text);
    }
}
