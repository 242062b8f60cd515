package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;

/**
 * One tap beside an answer: did the client say it, is it our assumption, or was it checked with data?
 * Advice resting on an assumption then says what to verify first. "The client said" is the default.
 */
class EvidenceTag extends RadioButtonGroup<Evidence> {

    EvidenceTag(AnswerField field, Evidence current, Consumer<Evidence> onChange) {
        addClassName("evidence-tag");
        getElement().getThemeList().add("evidence-tag");
        setId("evidence-" + field.name());
        setItems(Evidence.values());
        setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        setAriaLabel(getTranslation("evidence.label") + ": " + getTranslation("field." + field.name() + ".label"));
        setValue(current == null ? Evidence.CLIENT_SAID : current);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                onChange.accept(event.getValue());
            }
        });
    }

    /** Shows a tag without reporting it as a change (for example, after a failed save). */
    void show(Evidence evidence) {
        setValue(evidence == null ? Evidence.CLIENT_SAID : evidence);
    }
}
