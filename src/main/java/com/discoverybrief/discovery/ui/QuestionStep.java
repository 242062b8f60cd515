package com.discoverybrief.discovery.ui;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;

/**
 * One key question: what to ask, what to listen for and the seed's coaching tip beside the inputs
 * for each of its answer fields.
 */
class QuestionStep extends Div {

    private final List<AnswerEditor> editors;

    QuestionStep(Question question, Function<AnswerField, AnswerEditor> editorFor) {
        addClassName("question-step");
        editors = AnswerField.of(question).stream().map(editorFor).toList();

        VerticalLayout inputs = new VerticalLayout();
        inputs.addClassName("question-inputs");
        inputs.setPadding(false);
        inputs.add(new H2(getTranslation("question.number-title", question.number(),
                getTranslation("question." + question.name() + ".title"))));
        editors.forEach(editor -> inputs.add(editor.component()));

        add(inputs, coaching(question));
    }

    List<AnswerEditor> editors() {
        return editors;
    }

    private Aside coaching(Question question) {
        String prefix = "question." + question.name();
        Aside aside = new Aside(
                new H3(getTranslation("coaching.ask")), new Paragraph(getTranslation(prefix + ".ask")),
                new H3(getTranslation("coaching.listen")), new Paragraph(getTranslation(prefix + ".listen")),
                new H3(getTranslation("coaching.tip")), new Paragraph(getTranslation(prefix + ".tip")));
        aside.addClassName("coaching");
        aside.getElement().setAttribute("aria-label", getTranslation("coaching.label"));
        return aside;
    }
}
