package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.Limits;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.BusinessModel;
import com.discoverybrief.strategy.CompanySize;
import com.discoverybrief.strategy.Geography;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;

/** The client and the meeting: the first step of the wizard. */
class HeaderStep extends VerticalLayout {

    private final TextField clientCompany = name("header.clientCompany");
    private final TextField contactPerson = name("header.contactPerson");
    private final TextField industry = name("header.industry");
    private final RadioButtonGroup<BusinessModel> businessModel = new RadioButtonGroup<>();
    private final Select<Geography> geography = choice("header.geography", Geography.values());
    private final Select<CompanySize> companySize = choice("header.companySize", CompanySize.values());
    private final Select<BudgetRange> budget = choice("header.budget", BudgetRange.values());
    private final DatePicker meetingDate = new DatePicker();
    private final Select<Locale> briefLanguage = new Select<>();

    HeaderStep(SessionHeader header, Consumer<SessionHeader> onChange) {
        add(new H2(getTranslation("header.title")));
        businessModel.setLabel(getTranslation("header.businessModel"));
        businessModel.setId("header-businessModel");
        businessModel.setItems(BusinessModel.values());
        businessModel.setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        meetingDate.setLabel(getTranslation("header.meetingDate"));
        meetingDate.setId("header-meetingDate");
        meetingDate.setLocale(getLocale());
        briefLanguage.setLabel(getTranslation("header.briefLanguage"));
        briefLanguage.setId("header-briefLanguage");
        briefLanguage.setItems(Translations.LANGUAGES);
        briefLanguage.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        clientCompany.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(clientCompany, contactPerson, industry, businessModel, geography,
                companySize, budget, meetingDate, briefLanguage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(businessModel, 2);
        add(form);

        show(header);
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {clientCompany, contactPerson, industry, businessModel,
                geography, companySize, budget, meetingDate, briefLanguage}) {
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed(onChange);
                }
            });
        }
    }

    private void changed(Consumer<SessionHeader> onChange) {
        clientCompany.setInvalid(false);
        if (clientCompany.getValue().isBlank()) {
            clientCompany.setInvalid(true);
            clientCompany.setErrorMessage(getTranslation("validation.required"));
            return;
        }
        onChange.accept(header());
    }

    private SessionHeader header() {
        return new SessionHeader(clientCompany.getValue().strip(), blankToNull(contactPerson),
                blankToNull(industry), businessModel.getValue(), geography.getValue(), companySize.getValue(),
                budget.getValue(), meetingDate.getValue(), briefLanguage.getValue().getLanguage());
    }

    private void show(SessionHeader header) {
        clientCompany.setValue(header.clientCompany());
        contactPerson.setValue(nullToEmpty(header.contactPerson()));
        industry.setValue(nullToEmpty(header.industry()));
        businessModel.setValue(header.businessModel());
        geography.setValue(header.geography());
        companySize.setValue(header.companySize());
        budget.setValue(header.budget());
        meetingDate.setValue(header.meetingDate());
        briefLanguage.setValue(Translations.supported(header.language()));
    }

    private TextField name(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(Limits.NAME);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(AnswerEditor.SAVE_AFTER_PAUSE_MS);
        field.setId(labelKey.replace('.', '-'));
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String labelKey, E[] values) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setId(labelKey.replace('.', '-'));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(Translations.enumKey(value)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("choice.not-asked"));
        return select;
    }

    private static String blankToNull(TextField field) {
        String value = field.getValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
