package com.discoverybrief.discovery;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The questions marked for the next meeting and what else the client said, as the wizard's summary
 * and the review screen show them. Like {@link BriefDownload}, a small piece of screen the session
 * offers every feature that shows one.
 */
public class MeetingNotesPanel extends Div {

    public MeetingNotesPanel(MeetingNotes notes) {
        addClassName("meeting-notes");
        setId("meeting-notes");
        add(new H3(getTranslation("meeting-notes.title")));
        if (notes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("meeting-notes.none"));
            none.addClassName("summary-note");
            add(none);
            return;
        }
        if (!notes.askNextTime().isEmpty()) {
            UnorderedList ask = new UnorderedList();
            ask.setId("ask-next-list");
            for (AnswerField field : AnswerField.values()) {
                if (notes.askNextTime().contains(field)) {
                    ask.add(new ListItem(getTranslation("field." + field.name() + ".gap")));
                }
            }
            add(new H4(getTranslation("meeting-notes.ask-next")), ask);
        }
        for (Question question : Question.values()) {
            String note = notes.notes().get(question);
            if (note != null) {
                Paragraph text = new Paragraph(note);
                text.addClassName("meeting-note");
                add(new H4(getTranslation("notes.label-of", getTranslation("question." + question.name() + ".title"))),
                        text);
            }
        }
    }
}
