package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.discovery.ErasureCandidate;
import com.discoverybrief.discovery.PersonalDataErasure;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The administrators' way to erase a client's personal data (the review screen is the account
 * managers'): the session's number, then its client, salesperson and dates to be sure it is the
 * right one, then a confirmation that says what is erased and what stays.
 */
@Route("erase-personal-data")
@Menu(order = 12, icon = "vaadin:eraser", title = "erasure.admin.menu")
@RolesAllowed("ADMIN")
public class ErasureView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalDataErasure erasure;
    private final CurrentActor currentActor;
    private final People people;
    private final ZoneId zone;

    private final TextField number = new TextField();
    private final Div candidateArea = new Div();
    private ErasureCandidate candidate;

    public ErasureView(PersonalDataErasure erasure, CurrentActor currentActor, People people, Clock clock) {
        this.erasure = erasure;
        this.currentActor = currentActor;
        this.people = people;
        this.zone = clock.getZone();
        addClassName("erasure-view");
        number.setLabel(getTranslation("erasure.admin.number"));
        number.setId("erasure-number");
        number.setAllowedCharPattern("[0-9 ]");
        number.setClearButtonVisible(true);
        number.addValueChangeListener(change -> {
            number.setInvalid(false);
            show(null);
        });
        Button find = new Button(getTranslation("erasure.admin.find"), VaadinIcon.SEARCH.create(), click -> find());
        find.setId("erasure-find");
        find.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(number, find);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setWrap(true);
        candidateArea.setId("erasure-candidate");
        add(new H2(getTranslation("erasure.admin.title")), new Paragraph(getTranslation("erasure.admin.hint")), search,
                candidateArea);
    }

    private void find() {
        String typed = number.getValue().replace(" ", "");
        long id;
        try {
            id = Long.parseLong(typed);
        } catch (NumberFormatException e) {
            refuse(getTranslation("erasure.admin.not-a-number"));
            return;
        }
        if (id <= 0) {
            refuse(getTranslation("erasure.admin.not-a-number"));
            return;
        }
        try {
            show(erasure.candidate(currentActor.get(), id));
        } catch (SessionNotFoundException e) {
            refuse(getTranslation("erasure.admin.not-found", typed));
        }
    }

    private void refuse(String message) {
        show(null);
        number.setErrorMessage(message);
        number.setInvalid(true);
        number.focus();
    }

    private void show(ErasureCandidate found) {
        candidate = found;
        candidateArea.removeAll();
        if (found == null) {
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        FormLayout details = new FormLayout();
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        details.addFormItem(value(found.clientCompany(), "erasure-client"), getTranslation("erasure.admin.client"));
        details.addFormItem(value(people.displayName(found.owner()), "erasure-salesperson"),
                getTranslation("erasure.admin.salesperson"));
        details.addFormItem(value(found.meetingDate() == null ? getTranslation("erasure.admin.no-date")
                : date.format(found.meetingDate()), "erasure-meeting"), getTranslation("erasure.admin.meeting"));
        details.addFormItem(value(date.format(found.startedAt().atZone(zone)), "erasure-started"),
                getTranslation("erasure.admin.started"));
        Button erase = new Button(getTranslation("erasure.admin.erase"), VaadinIcon.ERASER.create(),
                click -> confirm());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setId("erase-personal-data");
        candidateArea.add(new Paragraph(getTranslation("erasure.admin.found", String.valueOf(found.id()))), details,
                erase);
    }

    private static Span value(String text, String id) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    private void confirm() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("erasure.confirm.title"),
                getTranslation("erasure.confirm.text", candidate.clientCompany()),
                getTranslation("erasure.confirm.button"), event -> erase());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("erasure.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("erasure-confirm");
        confirm.open();
    }

    private void erase() {
        ErasureCandidate erased = candidate;
        erasure.erase(currentActor.get(), erased.id());
        number.clear();
        show(null);
        Notification.show(getTranslation("erasure.admin.done", String.valueOf(erased.id()), erased.clientCompany()),
                5_000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("erasure.admin.title") + " · " + getTranslation("app.name");
    }
}
