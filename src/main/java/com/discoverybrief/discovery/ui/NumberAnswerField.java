package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A number the client names — an average check, a margin, enquiries a month — with its unit beside it
 * and its sane range under it. Spaces and a decimal comma are fine ("12 000", "2,5"); anything else
 * keeps the text as typed, says on the field what is wrong and saves nothing, so no keystroke is lost
 * and no nonsense is stored. Clearing the field clears the answer.
 */
class NumberAnswerField extends CustomField<BigDecimal> {

    private final AnswerField field;
    private final TextField input = new TextField();
    /** Told the field's message when typed text is refused, and null when the text is fine again. */
    private Consumer<String> refusals = message -> { };

    NumberAnswerField(AnswerField field) {
        this.field = field;
        setLabel(getTranslation(DiscoverySession.labelKey(field)));
        AnswerField.Range range = field.range();
        String unit = getTranslation(Translations.enumKey(range.unit()));
        setHelperText(getTranslation("field." + field.name() + ".hint") + " · "
                + getTranslation("number.range", format(range.min()), format(range.max()), unit));
        input.setSuffixComponent(new Span(unit));
        input.setValueChangeMode(ValueChangeMode.TIMEOUT);
        input.setValueChangeTimeout(AnswerEditor.SAVE_EVERY_MS);
        input.setMaxLength(24);
        input.getElement().setAttribute("inputmode", range.decimals() > 0 ? "decimal" : "numeric");
        input.setAriaLabel(getLabel());
        input.setWidth("14rem");
        input.addValueChangeListener(event -> updateValue());
        add(input);
    }

    /**
     * Who hears that typed text was refused (its message) or is fine again (null): autosave, so that
     * its indicator never says "Saved" while the field holds text that was not saved.
     */
    void onRefusal(Consumer<String> listener) {
        refusals = listener;
    }

    @Override
    protected BigDecimal generateModelValue() {
        String typed = input.getValue().strip();
        if (typed.isEmpty()) {
            setInvalid(false);
            refusals.accept(null);
            return null;
        }
        String problem = problem(typed);
        if (problem != null) {
            setErrorMessage(problem);
            setInvalid(true);
            refusals.accept(problem);
            return getValue(); // unchanged: nothing is saved, the text stays as typed
        }
        setInvalid(false);
        refusals.accept(null);
        return parse(typed);
    }

    @Override
    protected void setPresentationValue(BigDecimal value) {
        setInvalid(false);
        input.setValue(value == null ? "" : format(value));
    }

    /** The message for text that is no number of this field, or {@code null} when it is one. */
    private String problem(String typed) {
        AnswerField.Range range = field.range();
        BigDecimal value = parse(typed);
        if (value == null) {
            return getTranslation("validation.not-a-number", format(BigDecimal.valueOf(Math.max(range.min(), 1) * 10)));
        }
        if (value.compareTo(BigDecimal.valueOf(range.min())) < 0 || value.compareTo(BigDecimal.valueOf(range.max())) > 0) {
            return getTranslation("validation.out-of-range", format(range.min()), format(range.max()));
        }
        if (!range.contains(value)) {
            return range.decimals() == 0 ? getTranslation("validation.whole-number")
                    : getTranslation("validation.decimals", range.decimals());
        }
        return null;
    }

    /** "12 000", "12000" and "2,5" are numbers; so is "2.5". */
    static BigDecimal parse(String typed) {
        String plain = typed.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    private String format(long value) {
        return format(BigDecimal.valueOf(value));
    }

    private String format(BigDecimal value) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(field.range().decimals());
        return format.format(value).replace('\u202F', '\u00A0');
    }
}
