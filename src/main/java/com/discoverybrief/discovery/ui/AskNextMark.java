package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.BooleanSupplier;

/** "Ask at the next meeting": a toggle beside an answer, pressed when the client could not say yet. */
class AskNextMark extends Button {

    private final AnswerField field;
    private final BooleanSupplier marked;

    AskNextMark(AnswerField field, BooleanSupplier marked, Runnable toggle) {
        this.field = field;
        this.marked = marked;
        setId("ask-next-" + field.name());
        addClassName("ask-next");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            toggle.run();
            refresh();
        });
        refresh();
    }

    /** Shows whether the field is marked now (also after a colleague changed it). */
    void refresh() {
        boolean on = marked.getAsBoolean();
        setText(getTranslation(on ? "ask-next.marked" : "ask-next.mark"));
        setIcon((on ? VaadinIcon.FLAG : VaadinIcon.FLAG_O).create());
        getElement().setAttribute("aria-pressed", String.valueOf(on));
        getElement().setAttribute("aria-label", getTranslation(on ? "ask-next.marked-of" : "ask-next.mark-of",
                getTranslation(DiscoverySession.labelKey(field))));
    }
}
