package com.discoverybrief.discovery.ui;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Every step in one row, the current one marked: the client, a button per key question with its
 * number, name and "answered/asked", and the summary. A step button leads to its own step, so a second
 * press of it changes nothing.
 */
class StepBar extends Nav {

    private final List<Button> buttons = new ArrayList<>();
    /** The labels on screen, so that a keystroke that changes no count changes nothing here. */
    private final String[] shown = new String[SessionWizardView.STEP_COUNT];
    /**
     * The counts behind {@link #shown}: a keystroke compares counts (a few integers) and formats a
     * label only for a step whose count moved, not every label on every save.
     */
    private final int[] shownCounts = new int[SessionWizardView.STEP_COUNT];
    /** How many questions each step asked when its label was made: a follow-up shown or hidden moves it. */
    private final int[] shownTotals = new int[SessionWizardView.STEP_COUNT];
    /** Whether a field is asked now: a follow-up whose condition is not met is neither asked nor missing. */
    private final Predicate<AnswerField> asked;

    StepBar(IntConsumer goTo, Predicate<AnswerField> asked) {
        this.asked = asked;
        addClassName("step-bar");
        getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        for (int i = 0; i < SessionWizardView.STEP_COUNT; i++) {
            int target = i;
            Button button = new Button("", click -> goTo.accept(target));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setId("step-" + i);
            buttons.add(button);
            add(button);
        }
    }

    void current(int step) {
        for (int i = 0; i < buttons.size(); i++) {
            if (i == step) {
                buttons.get(i).getElement().setAttribute("aria-current", "step");
            } else {
                buttons.get(i).getElement().removeAttribute("aria-current");
            }
        }
    }

    /**
     * A question's button shows its number, its name and "answered/asked"; the name folds away when
     * the bar is narrow. The whole label is the button's accessible name and tooltip.
     */
    void counts(ToIntFunction<List<Slot>> answered) {
        for (int i = 0; i < buttons.size(); i++) {
            boolean fixed = i == 0 || i == SessionWizardView.SUMMARY_STEP;
            List<Slot> ofStep = fixed ? List.of() : fields(Question.values()[i - 1]);
            int count = answered.applyAsInt(ofStep);
            if (shown[i] != null && shownCounts[i] == count && shownTotals[i] == ofStep.size()) {
                continue;
            }
            shownCounts[i] = count;
            shownTotals[i] = ofStep.size();
            Element button = buttons.get(i).getElement();
            String label = label(i, answered);
            if (label.equals(shown[i])) {
                continue;
            }
            shown[i] = label;
            button.setAttribute("aria-label", label);
            button.setAttribute("title", label);
            button.removeAllChildren();
            if (i == 0 || i == SessionWizardView.SUMMARY_STEP) {
                button.appendChild(span("step-fixed", label));
                continue;
            }
            Question question = Question.values()[i - 1];
            List<Slot> fields = fields(question);
            button.appendChild(span("step-number", question.number() + "."),
                    span("step-name", " " + getTranslation("question." + question.name() + ".title")),
                    span("step-count", answered.applyAsInt(fields) + "/" + fields.size()));
        }
    }

    /** "2. What do we sell? (1/5)", "Client", "Summary". */
    String label(int step, ToIntFunction<List<Slot>> answered) {
        if (step == 0) {
            return getTranslation("wizard.step.header");
        }
        if (step == SessionWizardView.SUMMARY_STEP) {
            return getTranslation("wizard.step.summary");
        }
        Question question = Question.values()[step - 1];
        List<Slot> fields = fields(question);
        return getTranslation("wizard.step.question", question.number(),
                getTranslation("question." + question.name() + ".title"), answered.applyAsInt(fields), fields.size());
    }

    private static final Map<Question, List<Slot>> FIELDS = fieldsByQuestion();

    private static Map<Question, List<Slot>> fieldsByQuestion() {
        Map<Question, List<Slot>> fields = new EnumMap<>(Question.class);
        for (Question question : Question.values()) {
            fields.put(question, AnswerField.of(question).stream().<Slot>map(Slot.Answer::new).toList());
        }
        return fields;
    }

    /** The question's fields asked now. */
    private List<Slot> fields(Question question) {
        return FIELDS.get(question).stream().filter(slot -> asked.test(((Slot.Answer) slot).field())).toList();
    }

    private static Element span(String className, String text) {
        Element span = new Element("span");
        span.setAttribute("class", className);
        span.setText(text);
        return span;
    }
}
