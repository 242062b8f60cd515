package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.Limits;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The client and the meeting: the first step of the wizard. A {@link BeanValidationBinder} over the
 * {@link SessionHeader} record shows each problem on its field. A field that is not valid (an empty
 * client name) never holds the others back: they are saved, and the invalid one keeps its last good
 * value in the database until it is fixed.
 */
class HeaderStep extends VerticalLayout {

    /** What the wizard does with the header as the user edits it. */
    interface Listener {

        /** The header to save: every valid field as edited, an invalid one as it was last valid. */
        void changed(SessionHeader after);

        /** A field is not valid (message) or valid again (null). */
        void validity(String elementId, String message);
    }

    private final TextField clientCompany = name("clientCompany");
    private final TextField contactPerson = name("contactPerson");
    private final TextField industry = name("industry");
    private final RadioButtonGroup<BusinessModel> businessModel = new RadioButtonGroup<>();
    private final Select<Geography> geography = choice("geography", Geography.values());
    private final Select<CompanySize> companySize = choice("companySize", CompanySize.values());
    private final Select<BudgetRange> budget = choice("budget", BudgetRange.values());
    private final DatePicker meetingDate = new DatePicker();
    private final Select<Locale> briefLanguage = new Select<>();
    private final BeanValidationBinder<SessionHeader> binder = new BeanValidationBinder<>(SessionHeader.class);
    private final Set<String> focused = new HashSet<>();
    private final Set<String> invalid = new HashSet<>();
    private SessionHeader lastValid;

    HeaderStep(SessionHeader header, Listener listener) {
        setPadding(false);
        H2 title = new H2(getTranslation("header.title"));
        title.setId("step-title");
        add(title);
        businessModel.setLabel(getTranslation("header.businessModel"));
        businessModel.setItems(BusinessModel.values());
        businessModel.setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        meetingDate.setLabel(getTranslation("header.meetingDate"));
        meetingDate.setLocale(getLocale());
        briefLanguage.setLabel(getTranslation("header.briefLanguage"));
        briefLanguage.setItems(Translations.LANGUAGES);
        briefLanguage.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        bind();

        FormLayout form = new FormLayout(clientCompany, contactPerson, industry, businessModel, geography,
                companySize, budget, meetingDate, briefLanguage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(businessModel, 2);
        add(form);

        lastValid = header;
        binder.readRecord(header);
        binder.getFields().forEach(field -> field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                changed(listener);
            }
        }));
    }

    /** The id of the input for one header property, e.g. {@code header-contactPerson}. */
    static String elementId(String property) {
        return "header-" + property;
    }

    private void bind() {
        // Spaces alone are no name: stripped first, so the app's own message says what is missing.
        binder.forField(clientCompany).withConverter(String::strip, value -> value == null ? "" : value)
                .asRequired(getTranslation("validation.required")).bind("clientCompany");
        binder.forField(contactPerson).withNullRepresentation("").bind("contactPerson");
        binder.forField(industry).withNullRepresentation("").bind("industry");
        binder.bind(businessModel, "businessModel");
        binder.bind(geography, "geography");
        binder.bind(companySize, "companySize");
        binder.bind(budget, "budget");
        binder.bind(meetingDate, "meetingDate");
        binder.forField(briefLanguage)
                .withConverter(locale -> locale == null ? null : locale.getLanguage(),
                        language -> language == null ? null : Translations.supported(Locale.forLanguageTag(language)))
                .bind("briefLanguage");
        // Always set, from a list without an empty choice: no "required" mark (on a select it would
        // also put aria-required on a role that does not allow it).
        briefLanguage.setRequiredIndicatorVisible(false);
        for (String property : List.of("clientCompany", "contactPerson", "industry", "businessModel", "geography",
                "companySize", "budget", "meetingDate", "briefLanguage")) {
            binder.getBinding(property).ifPresent(binding -> ((Component) binding.getField()).setId(elementId(property)));
        }
    }

    /**
     * Validates every field (each shows its own message), then hands on the header with the invalid
     * fields as they were last valid, so nothing valid waits for them.
     */
    private void changed(Listener listener) {
        SessionHeader edited;
        // Every field's value, converted but not validated; writing a record reports "all fine" to the
        // fields, so the validation that shows the messages runs after it.
        binder.setValidatorsDisabled(true);
        try {
            edited = binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("a header that cannot be converted even without validators", e);
        } finally {
            binder.setValidatorsDisabled(false);
        }
        Set<String> nowInvalid = new LinkedHashSet<>();
        for (BindingValidationStatus<?> status : binder.validate().getFieldValidationErrors()) {
            String id = ((Component) status.getField()).getId().orElseThrow();
            nowInvalid.add(id.substring("header-".length()));
            listener.validity(id, status.getMessage().orElse(getTranslation("validation.required")));
        }
        for (String property : invalid) {
            if (!nowInvalid.contains(property)) {
                listener.validity(elementId(property), null);
            }
        }
        invalid.clear();
        invalid.addAll(nowInvalid);
        lastValid = edited.withPropertiesOf(lastValid, nowInvalid);
        listener.changed(lastValid);
    }

    /** Shows newer values of these properties (someone else changed them), leaving the rest alone. */
    void show(SessionHeader header, Set<String> properties) {
        lastValid = lastValid.withPropertiesOf(header, properties);
        for (String property : properties) {
            binder.getBinding(property).ifPresent(binding -> binding.read(header));
        }
    }

    /** Whether the user is in this field right now (focus on a text field). */
    boolean isInUse(String elementId) {
        return focused.contains(elementId);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    private TextField name(String property) {
        TextField field = new TextField(getTranslation("header." + property));
        field.setMaxLength(Limits.NAME);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(AnswerEditor.SAVE_EVERY_MS);
        field.addFocusListener(event -> focused.add(elementId(property)));
        field.addBlurListener(event -> focused.remove(elementId(property)));
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String property, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation("header." + property));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(Translations.enumKey(value)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("choice.not-asked"));
        return select;
    }
}
