package com.discoverybrief.discovery.ui;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One key question: its answer fields, each with an "ask at the next meeting" mark, a note for
 * anything else the client said, and the seed's coaching — what to ask, what to listen for, a tip —
 * beside the inputs, or folded away behind one tap in meeting mode.
 */
class QuestionStep extends Div {

    private final List<AnswerEditor> editors;
    private final Map<AnswerField, Div> rows = new EnumMap<>(AnswerField.class);
    private final Details coaching;

    QuestionStep(Question question, Function<AnswerField, AnswerEditor> editorFor,
            Function<AnswerField, Component> markFor, Component note, boolean meetingMode) {
        addClassName("question-step");
        editors = AnswerField.of(question).stream().map(editorFor).toList();

        VerticalLayout inputs = new VerticalLayout();
        inputs.addClassName("question-inputs");
        inputs.setPadding(false);
        H2 title = new H2(getTranslation("question.number-title", question.number(),
                getTranslation("question." + question.name() + ".title")));
        title.setId("step-title");
        inputs.add(title);
        for (AnswerEditor editor : editors) {
            Div answer = new Div(editor.component(), markFor.apply(editor.field()));
            answer.addClassName("answer-row");
            rows.put(editor.field(), answer);
            inputs.add(answer);
        }
        inputs.add(note);

        coaching = coaching(question);
        meetingMode(meetingMode);
        add(inputs, coaching);
    }

    List<AnswerEditor> editors() {
        return editors;
    }

    /** Shows the answers asked now and hides the follow-ups that are not (see {@code FollowUps}). */
    void showAsked(Predicate<AnswerField> asked) {
        rows.forEach((field, row) -> row.setVisible(asked.test(field)));
    }

    /** In meeting mode the coaching is folded away: the client may be looking at the screen. */
    void meetingMode(boolean on) {
        coaching.setOpened(!on);
    }

    private Details coaching(Question question) {
        String prefix = "question." + question.name();
        Div content = new Div(
                new H3(getTranslation("coaching.ask")), new Paragraph(getTranslation(prefix + ".ask")),
                new H3(getTranslation("coaching.listen")), new Paragraph(getTranslation(prefix + ".listen")),
                new H3(getTranslation("coaching.tip")), new Paragraph(getTranslation(prefix + ".tip")));
        Details details = new Details(getTranslation("coaching.label"), content);
        details.addClassName("coaching");
        details.setId("coaching");
        return details;
    }
}
