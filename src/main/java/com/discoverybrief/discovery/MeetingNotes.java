package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.util.Map;
import java.util.Set;

/**
 * What the salesperson noted beside the answers: "anything else the client said" per key question,
 * and the answer fields to ask at the next meeting.
 */
public record MeetingNotes(Map<Question, String> notes, Set<AnswerField> askNextTime) {

    public MeetingNotes {
        notes = Map.copyOf(notes);
        askNextTime = Set.copyOf(askNextTime);
    }

    public boolean isEmpty() {
        return notes.isEmpty() && askNextTime.isEmpty();
    }
}
