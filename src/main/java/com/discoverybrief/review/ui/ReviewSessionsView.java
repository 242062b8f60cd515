package com.discoverybrief.review.ui;

import com.discoverybrief.base.Downloads;
import com.discoverybrief.discovery.JsonDownload;
import com.discoverybrief.discovery.SessionTransfer;
import com.discoverybrief.base.UserTime;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.review.ReviewFilter;
import com.discoverybrief.review.ReviewRow;
import com.discoverybrief.review.ReviewService;
import com.discoverybrief.review.ReviewSort;
import com.discoverybrief.strategy.BusinessModel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All stored sessions for leads and account managers: a lazy grid whose scrollbar is true (the
 * filtered list is counted once per filter) and which jumps to a day in one step, filters kept in the
 * URL so a link shows the same list, sorting, and the filtered list as CSV.
 */
@Route("review")
@Menu(order = 2, icon = "vaadin:search", title = "nav.review")
@RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
public class ReviewSessionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "review";
    private static final int MAX_SALESPEOPLE = 1_000;

    private final ReviewService review;
    private final CurrentActor currentActor;
    private final People people;
    private final SessionTransfer transfer;
    /** Display names of the salespeople seen so far, by username. */
    private final Map<String, String> names = new HashMap<>();

    private final ComboBox<String> salesperson = new ComboBox<>();
    private final Select<SessionStatus> status = new Select<>();
    private final DatePicker changedFrom = new DatePicker();
    private final DatePicker changedTo = new DatePicker();
    private final ComboBox<String> industry = new ComboBox<>();
    private final Select<BusinessModel> model = new Select<>();
    private final TextField text = new TextField();
    private final Select<Character> separator = new Select<>();
    private final Grid<ReviewRow> grid = new Grid<>();
    private final DatePicker goToDate = new DatePicker();
    private Grid.Column<ReviewRow> updatedColumn;

    /** What the grid and the CSV show; the download runs outside the UI lock, so it reads this copy. */
    private volatile ReviewFilter filter = ReviewFilter.NONE;
    private boolean applyingLink;
    /** The filtered list's length at the grid's last count (0 before the first). */
    private long counted;

    public ReviewSessionsView(ReviewService review, CurrentActor currentActor, People people,
            SessionTransfer transfer) {
        this.review = review;
        this.transfer = transfer;
        this.currentActor = currentActor;
        this.people = people;
        addClassName("review-sessions");
        setSizeFull();
        configureFilters();
        configureGrid();
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("review.title")), csvExport());
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(top, filters(), grid);
    }

    /** Opens the list with a filter already applied, e.g. from a session's "back" link. */
    static void open(ReviewFilter filter) {
        UI.getCurrent().navigate(ROUTE, FilterParameters.toQuery(filter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentActor.get().seesAllSessions()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(FilterParameters.fromQuery(event.getLocation().getQueryParameters()));
    }

    private void configureFilters() {
        salesperson.setId("filter-salesperson");
        salesperson.setLabel(getTranslation("review.filter.salesperson"));
        salesperson.setClearButtonVisible(true);
        // A team's salespeople fit in the list; typing matches the display name or the username.
        List<String> salespeople = review.salespeople(currentActor.get(), "", 0, MAX_SALESPEOPLE);
        names.putAll(people.displayNames(salespeople));
        salesperson.setItems((username, typed) -> salespersonLabel(username).toLowerCase(getLocale())
                .contains(typed.toLowerCase(getLocale())), salespeople);
        salesperson.setItemLabelGenerator(this::salespersonLabel);

        status.setId("filter-status");
        status.setLabel(getTranslation("review.filter.status"));
        status.setItems(SessionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("review.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("review.filter.any")
                : getTranslation(Translations.enumKey(value)));

        changedFrom.setId("filter-from");
        changedFrom.setLabel(getTranslation("review.filter.from"));
        changedFrom.setClearButtonVisible(true);
        changedTo.setId("filter-to");
        changedTo.setLabel(getTranslation("review.filter.to"));
        changedTo.setClearButtonVisible(true);

        industry.setId("filter-industry");
        industry.setLabel(getTranslation("review.filter.industry"));
        industry.setClearButtonVisible(true);
        industry.setItems(query -> review.industries(currentActor.get(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());

        model.setId("filter-model");
        model.setLabel(getTranslation("review.filter.model"));
        model.setItems(BusinessModel.values());
        model.setEmptySelectionAllowed(true);
        model.setEmptySelectionCaption(getTranslation("review.filter.any"));
        model.setItemLabelGenerator(value -> value == null ? getTranslation("review.filter.any")
                : getTranslation("review.model." + value.name()));

        text.setId("filter-text");
        text.setLabel(getTranslation("review.filter.text"));
        text.setPlaceholder(getTranslation("review.filter.text-hint"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        salesperson.addValueChangeListener(event -> applyFilters());
        status.addValueChangeListener(event -> applyFilters());
        changedFrom.addValueChangeListener(event -> applyFilters());
        changedTo.addValueChangeListener(event -> applyFilters());
        industry.addValueChangeListener(event -> applyFilters());
        model.addValueChangeListener(event -> applyFilters());
        text.addValueChangeListener(event -> applyFilters());
    }

    private FlexLayout filters() {
        Button clear = new Button(getTranslation("review.filter.clear"), VaadinIcon.CLOSE_SMALL.create(),
                click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");
        goToDate.setId("go-to-date");
        goToDate.setLabel(getTranslation("review.go-to-date"));
        goToDate.setHelperText(getTranslation("review.go-to-date.hint"));
        goToDate.setClearButtonVisible(true);
        goToDate.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                goTo(event.getValue());
            }
        });
        FlexLayout filters = new FlexLayout(text, salesperson, status, changedFrom, changedTo, industry, model, goToDate,
                clear);
        filters.addClassName("review-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        return filters;
    }

    /** The engine's top channel, and the internal marker when an account manager adjusted the plan. */
    private Span topChannel(ReviewRow row) {
        Span cell = new Span(row.topChannel() == null ? "" : getTranslation(Translations.enumKey(row.topChannel())));
        if (row.adjusted()) {
            Span marker = new Span(getTranslation("plan.adjusted-marker"));
            marker.getElement().getThemeList().add("badge contrast small");
            marker.addClassName("review-adjusted");
            cell.add(new Span(" "), marker);
        }
        return cell;
    }

    private void configureGrid() {
        DateTimeFormatter format = UserTime.dateTime(getLocale());
        grid.setId("review-grid");
        grid.addColumn(ReviewRow::clientCompany).setHeader(getTranslation("review.column.client"))
                .setSortProperty(ReviewSort.Column.CLIENT.name()).setFlexGrow(3).setTooltipGenerator(ReviewRow::clientCompany);
        grid.addColumn(ReviewRow::industry).setHeader(getTranslation("review.column.industry"))
                .setSortProperty(ReviewSort.Column.INDUSTRY.name()).setFlexGrow(2);
        grid.addColumn(row -> name(row.owner())).setHeader(getTranslation("review.column.salesperson"))
                .setSortProperty(ReviewSort.Column.SALESPERSON.name()).setFlexGrow(1);
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader(getTranslation("review.column.status"))
                .setSortProperty(ReviewSort.Column.STATUS.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("review.readiness-value", row.readiness()))
                .setHeader(getTranslation("review.column.readiness"))
                .setSortProperty(ReviewSort.Column.READINESS.name()).setWidth("9rem").setFlexGrow(0)
                .setPartNameGenerator(row -> "numeric");
        grid.addComponentColumn(this::topChannel)
                .setHeader(getTranslation("review.column.top-channel"))
                .setSortProperty(ReviewSort.Column.TOP_CHANNEL.name()).setFlexGrow(2);
        updatedColumn = grid.addColumn(row -> format.format(row.updatedAt())).setHeader(getTranslation("review.column.updated"))
                .setSortProperty(ReviewSort.Column.UPDATED.name()).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("review.empty"));
        // One statement per page; the count (once per filter) makes the scrollbar true, so dragging it
        // reaches any row in one step, and lets a page past the middle be read from the list's end.
        grid.setItems(query -> review.sessions(currentActor.get(), filter, sort(query.getSortOrders()),
                query.getOffset(), query.getLimit(), counted).stream(),
                query -> {
                    counted = review.count(currentActor.get(), filter);
                    return (int) Math.min(Integer.MAX_VALUE, counted);
                });
        grid.addItemClickListener(click -> ReviewSessionView.open(click.getItem().id(), filter));
        grid.setSizeFull();
    }

    private String name(String username) {
        return names.computeIfAbsent(username, people::displayName);
    }

    /** "Иван Петров (ivan)": the name people know, and the username the filter link carries. */
    private String salespersonLabel(String username) {
        String name = name(username);
        return name.equals(username) ? username : name + " (" + username + ")";
    }

    private Span csvExport() {
        separator.setId("csv-separator");
        separator.setAriaLabel(getTranslation("review.csv.separator"));
        separator.setItems(';', ',');
        separator.setValue(';');
        separator.setItemLabelGenerator(value -> getTranslation(value == ';' ? "review.csv.semicolon" : "review.csv.comma"));
        separator.addClassName("csv-separator");
        Locale locale = getLocale();
        DownloadHandler csv = event -> {
            event.setFileName("sessions.csv");
            event.setContentType("text/csv; charset=UTF-8");
            Character chosen = separator.getValue();
            review.exportCsv(currentActor.get(), filter, chosen == null ? ';' : chosen, locale, event.getOutputStream());
        };
        Anchor download = Downloads.link(csv, getTranslation("review.csv.download"));
        download.setId("csv-download");
        download.addClassName("download-brief");
        Anchor json = JsonDownload.link(transfer, currentActor::get, () -> review.ids(currentActor.get(), filter),
                "sessions.json", getTranslation("transfer.export"));
        json.setId("json-download");
        json.getElement().setAttribute("title", getTranslation("transfer.export-filtered"));
        Span export = new Span(separator, download, json);
        export.addClassName("csv-export");
        return export;
    }

    private void show(ReviewFilter shown) {
        applyingLink = true;
        try {
            salesperson.setValue(shown.owner());
            status.setValue(shown.status());
            changedFrom.setValue(shown.changedFrom());
            changedTo.setValue(shown.changedTo());
            industry.setValue(shown.industry());
            model.setValue(shown.businessModel());
            text.setValue(shown.text() == null ? "" : shown.text());
        } finally {
            applyingLink = false;
        }
        filter = shown;
        grid.getDataProvider().refreshAll();
    }

    private void applyFilters() {
        if (applyingLink) {
            return;
        }
        filter = new ReviewFilter(salesperson.getValue(), status.getValue(), changedFrom.getValue(),
                changedTo.getValue(), industry.getValue(), model.getValue(), text.getValue());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, FilterParameters.toQuery(filter)));
        grid.getDataProvider().refreshAll();
    }

    /**
     * Scrolls to the first session changed on {@code day} or before, newest change first (the order
     * is switched to that one if another was chosen): old sessions are one step away.
     */
    private void goTo(java.time.LocalDate day) {
        List<GridSortOrder<ReviewRow>> newestFirst = GridSortOrder.desc(updatedColumn).build();
        if (!grid.getSortOrder().equals(newestFirst)) {
            grid.sort(newestFirst);
        }
        grid.scrollToIndex((int) Math.min(Integer.MAX_VALUE, review.positionOf(currentActor.get(), filter, day)));
    }

    private void clearFilters() {
        show(ReviewFilter.NONE);
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE));
    }

    private static ReviewSort sort(List<QuerySortOrder> orders) {
        return orders.stream().findFirst()
                .map(order -> new ReviewSort(ReviewSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .orElse(ReviewSort.DEFAULT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
