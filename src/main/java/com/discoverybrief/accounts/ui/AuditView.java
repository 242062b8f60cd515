package com.discoverybrief.accounts.ui;

import com.discoverybrief.accounts.internal.AuditAction;
import com.discoverybrief.accounts.internal.AuditEntry;
import com.discoverybrief.accounts.internal.AuditFilter;
import com.discoverybrief.accounts.internal.AuditTrail;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The audit trail for administrators: who signed in or failed to, who was refused what, who changed
 * which account, deleted sessions, purges and backups — from every node, newest first, filtered by
 * user, action and dates.
 */
@Route("audit")
@Menu(order = 10, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final ZoneId zone;

    private final TextField user = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.zone = clock.getZone();
        addClassName("audit-view");
        setSizeFull();
        add(new H2(getTranslation("audit.title")), filters(), grid);
        configureGrid();
        trail.flush();
        grid.setItems(query -> trail.search(filter(), zone, query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(filter(), zone));
    }

    private HorizontalLayout filters() {
        user.setLabel(getTranslation("audit.filter.user"));
        user.setClearButtonVisible(true);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setId("audit-user");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setId("audit-to");
        user.addValueChangeListener(change -> refresh());
        action.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, action, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);
        grid.addColumn(entry -> time.format(entry.occurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("audit.user")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation(Translations.enumKey(entry.action())))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(3);
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("audit-grid");
        grid.setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(user.getValue(), action.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        trail.flush();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
