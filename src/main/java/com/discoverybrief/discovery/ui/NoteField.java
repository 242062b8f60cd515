package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.Limits;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** "Anything else the client said" about one key question: words that fit none of its fields. */
class NoteField extends TextArea {

    private boolean inUse;

    NoteField(Slot.Note slot, String value, Consumer<String> onChange) {
        setLabel(getTranslation("notes.label"));
        setId(slot.elementId());
        addClassName("question-note");
        setHelperText(getTranslation("notes.hint"));
        setMaxLength(Limits.ANSWER);
        setWidthFull();
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(AnswerEditor.SAVE_EVERY_MS);
        setValue(value == null ? "" : value);
        addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.accept(event.getValue());
            }
        });
        addFocusListener(event -> inUse = true);
        addBlurListener(event -> inUse = false);
    }

    /** Whether the user is in the note right now: newer data from a colleague must not replace it. */
    boolean isInUse() {
        return inUse;
    }
}
