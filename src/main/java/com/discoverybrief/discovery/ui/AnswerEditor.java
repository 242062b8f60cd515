package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.AnswerValues;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.Limits;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.SeasonMonth;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The input for one answer field, chosen by the field's type: a text area for the client's words, a
 * radio group for a choice (a select for a month), the channel table for channels in use. Reports every change in the
 * stored form of {@link AnswerValues}.
 */
final class AnswerEditor {

    /**
     * Text reaches the server at most this long after a keystroke, also while the user types without
     * pausing ({@link ValueChangeMode#TIMEOUT}): a crash or a lost connection costs at most this much.
     */
    static final int SAVE_EVERY_MS = 500;

    private final AnswerField field;
    private final HasValue<?, Object> input;
    private boolean focused;
    private Div beside;

    @SuppressWarnings("unchecked")
    private AnswerEditor(AnswerField field, HasValue<?, ?> input) {
        this.field = field;
        this.input = (HasValue<?, Object>) input;
    }

    static AnswerEditor create(AnswerField field, Component context, Consumer<String> onChange) {
        HasValue<?, ?> input;
        if (field.isText()) {
            input = textArea(field, context);
        } else if (field.type() == ChannelUse.class) {
            input = new ChannelsEditor(context.getTranslation(DiscoverySession.labelKey(field)));
        } else if (field.type() == ChannelRequest.class) {
            input = new ChannelRequestsEditor(context.getTranslation(DiscoverySession.labelKey(field)));
        } else if (field.isNumber()) {
            input = new NumberAnswerField(field);
        } else if (field.type() == SeasonMonth.class) {
            input = monthSelect(field, context);
        } else {
            input = choice(field, context);
        }
        ((Component) input).setId(elementId(field));
        AnswerEditor editor = new AnswerEditor(field, input);
        editor.input.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onChange.accept(AnswerValues.format(event.getValue()));
            }
        });
        if (input instanceof TextArea area) {
            area.addFocusListener(event -> editor.focused = true);
            area.addBlurListener(event -> editor.focused = false);
        }
        return editor;
    }

    /** The id of a field's input, which the browser-side draft store also keys on. */
    static String elementId(AnswerField field) {
        return "answer-" + field.name();
    }

    /**
     * Whether the user is in this field right now: newer data from a colleague is then not shown in
     * it, so a keystroke still on its way is never overwritten.
     */
    boolean isInUse() {
        return focused;
    }

    void setReadOnly(boolean readOnly) {
        input.setReadOnly(readOnly);
    }

    AnswerField field() {
        return field;
    }

    Component component() {
        return beside == null ? (Component) input : beside;
    }

    /** Who hears that the text in a number field was refused (its message) or is fine again (null). */
    void onRefusal(Consumer<String> listener) {
        if ((Object) input instanceof NumberAnswerField number) {
            number.onRefusal(listener);
        }
    }

    /** Puts the evidence tag beside the input: where the answer comes from, one tap. */
    AnswerEditor withEvidence(EvidenceTag tag) {
        beside = new Div((Component) input, tag);
        beside.addClassName("answer-with-evidence");
        return this;
    }

    /** Shows a stored value without reporting it as a change. */
    void show(String stored) {
        Object value = AnswerValues.parse(field, stored);
        input.setValue(value == null ? input.getEmptyValue() : value);
    }

    private static TextArea textArea(AnswerField field, Component context) {
        TextArea area = new TextArea(context.getTranslation(DiscoverySession.labelKey(field)));
        String hint = context.getTranslation("field." + field.name() + ".hint");
        area.setHelperText(hint);
        area.setMaxLength(Limits.ANSWER);
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(SAVE_EVERY_MS);
        area.addValueChangeListener(event -> area.setHelperText(event.getValue().length() >= Limits.ANSWER
                ? context.getTranslation("validation.limit-reached", Limits.ANSWER)
                : hint));
        return area;
    }

    /**
     * Twelve months and "the client does not know" are too many radio buttons for a tablet's screen:
     * one select, opened with a tap, its months in the language of the screen.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Select<Object> monthSelect(AnswerField field, Component context) {
        Select<Object> select = new Select<>();
        select.setLabel(context.getTranslation(DiscoverySession.labelKey(field)));
        select.setItems((List) List.of(SeasonMonth.values()));
        select.setItemLabelGenerator(value -> value == null ? ""
                : context.getTranslation(Translations.enumKey((Enum<?>) value)));
        select.setPlaceholder(context.getTranslation("wizard.season-month.placeholder"));
        select.setHelperText(context.getTranslation("field." + field.name() + ".hint"));
        select.addClassName("season-month");
        return select;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RadioButtonGroup<Object> choice(AnswerField field, Component context) {
        RadioButtonGroup<Object> group = new RadioButtonGroup<>(context.getTranslation(DiscoverySession.labelKey(field)));
        group.setItems((List) List.of(field.type().getEnumConstants()));
        group.setItemLabelGenerator(value -> context.getTranslation(Translations.enumKey((Enum<?>) value)));
        group.setHelperText(context.getTranslation("field." + field.name() + ".hint"));
        group.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
        return group;
    }
}
