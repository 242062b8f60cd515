package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.Question;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What autosave needs of a session as it stood at one version: enough to check a save's "before"
 * against the stored value and to recompute the list columns, without reading the aggregate again.
 * Immutable; a save that finds the row still at {@link #version} may rely on it (see {@link HotSessions}).
 */
record HotSession(long id, long version, Instant updatedAt, String owner, SessionHeader header,
        Map<AnswerField, String> answers, Map<AnswerField, Evidence> evidence, Map<Question, String> notes,
        Set<AnswerField> askNextTime) {

    HotSession {
        answers = Map.copyOf(answers);
        evidence = Map.copyOf(evidence);
        notes = Map.copyOf(notes);
        askNextTime = Set.copyOf(askNextTime);
    }
}
