package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import java.util.ArrayList;
import java.util.List;

/** One text the wizard saves on its own: an answer field or the note on a key question. */
sealed interface Slot {

    /** The id of the input on the page, also the browser-side draft's key. */
    String elementId();

    /** Translation key of the input's label. */
    String labelKey();

    /** The stored form in a session just read from the database. */
    String storedIn(DiscoverySession session);

    Saved save(DiscoveryService discovery, Actor actor, long sessionId, long version, String before, String after);

    /** Every slot of a session: all answer fields, then the note of each key question. */
    static List<Slot> all() {
        List<Slot> slots = new ArrayList<>();
        for (AnswerField field : AnswerField.values()) {
            slots.add(new Answer(field));
        }
        for (Question question : Question.values()) {
            slots.add(new Note(question));
        }
        return slots;
    }

    record Answer(AnswerField field) implements Slot {

        @Override
        public String elementId() {
            return AnswerEditor.elementId(field);
        }

        @Override
        public String labelKey() {
            return DiscoverySession.labelKey(field);
        }

        @Override
        public String storedIn(DiscoverySession session) {
            return session.storedAnswer(field);
        }

        @Override
        public Saved save(DiscoveryService discovery, Actor actor, long sessionId, long version, String before,
                String after) {
            return discovery.saveAnswer(actor, sessionId, version, field, before, after);
        }
    }

    record Note(Question question) implements Slot {

        @Override
        public String elementId() {
            return "note-" + question.name();
        }

        @Override
        public String labelKey() {
            return DiscoverySession.noteKey();
        }

        @Override
        public String storedIn(DiscoverySession session) {
            return session.storedNote(question);
        }

        @Override
        public Saved save(DiscoveryService discovery, Actor actor, long sessionId, long version, String before,
                String after) {
            return discovery.saveNote(actor, sessionId, question, before, after);
        }
    }
}
