package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session as a reviewer reads it, assembled inside one transaction so the view needs no lazy loading.
 *
 * @param answers the stored form of every answered field (see {@code discovery.AnswerValues})
 */
public record ReviewedSession(long id, String owner, SessionStatus status, SessionHeader header,
        Map<AnswerField, String> answers, List<Comment> comments, List<StatusChange> history, Instant updatedAt,
        Instant briefExportedAt) {

    public ReviewedSession {
        answers = Map.copyOf(answers);
        comments = List.copyOf(comments);
        history = List.copyOf(history);
    }
}
