package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.UserTime;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.discovery.SessionSummary;
import com.discoverybrief.base.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/** The salesperson's own sessions, newest first, with a search by client and "New session". */
@Route("")
@Menu(order = 1, icon = "vaadin:clipboard-text", title = "nav.my-sessions")
@PermitAll
public class MySessionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DiscoveryService discovery;
    private final Button newSession;
    /** The new-session dialog while it is open. */
    private NewSessionDialog newSessionDialog;
    private final CurrentActor currentActor;

    private final TextField search = new TextField();
    private final Grid<SessionSummary> grid = new Grid<>();

    public MySessionsView(DiscoveryService discovery, CurrentActor currentActor) {
        this.discovery = discovery;
        this.currentActor = currentActor;
        addClassName("my-sessions");
        setSizeFull();

        newSession = new Button(getTranslation("sessions.new"), VaadinIcon.PLUS.create(), click -> startSession());
        // A double tap opens one dialog: the button waits until the dialog is closed again.
        newSession.setDisableOnClick(true);
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.setId("new-session");
        newSession.setVisible(currentActor.get().mayStartSessions());

        search.setPlaceholder(getTranslation("sessions.search"));
        search.setAriaLabel(getTranslation("sessions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("sessions.title")), search, newSession);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);

        configureGrid();
        add(toolbar, grid);
    }

    /**
     * A lead runs no sessions of their own: their start page is All sessions. An administrator who
     * works with no sessions starts on Users.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentActor.get();
        if (!actor.mayStartSessions() && actor.seesAllSessions()) {
            event.forwardTo("review");
        } else if (!actor.mayStartSessions() && !actor.seesAllSessions() && actor.has(Role.ADMIN)) {
            event.forwardTo("admin");
        }
    }

    private void configureGrid() {
        DateTimeFormatter format = UserTime.dateTime(getLocale());
        grid.addColumn(SessionSummary::clientCompany).setHeader(getTranslation("sessions.client")).setFlexGrow(3);
        grid.addColumn(SessionSummary::industry).setHeader(getTranslation("header.industry")).setFlexGrow(2);
        grid.addComponentColumn(this::status).setHeader(getTranslation("sessions.status"));
        grid.addColumn(s -> s.status() == SessionStatus.RETURNED ? s.latestComment() : null)
                .setHeader(getTranslation("sessions.comment")).setFlexGrow(3).setTooltipGenerator(SessionSummary::latestComment);
        grid.addColumn(s -> format.format(s.updatedAt())).setHeader(getTranslation("sessions.updated"));
        // The lead's comment is read in full, not cut off.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("my-sessions-grid");
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.setItems(query -> discovery.mySessions(currentActor.get(), search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(click -> SessionWizardView.open(click.getItem().id()));
        grid.setSizeFull();
    }

    /** A returned session stands out: the lead's comment says what to work on. */
    private Span status(SessionSummary summary) {
        Span status = new Span(getTranslation(Translations.enumKey(summary.status())));
        if (summary.status() == SessionStatus.RETURNED) {
            status.getElement().getThemeList().add("badge error");
        }
        return status;
    }

    /** Opens the dialog for a new session, unless it is open already (a second tap changes nothing). */
    private void startSession() {
        if (newSessionDialog != null) {
            return;
        }
        NewSessionDialog dialog = new NewSessionDialog(clientCompany -> {
            long id = discovery.start(currentActor.get(), clientCompany, Translations.supported(getLocale())).getId();
            SessionWizardView.open(id);
        });
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                newSessionDialog = null;
                newSession.setEnabled(true);
            }
        });
        newSessionDialog = dialog;
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " · " + getTranslation("app.name");
    }
}
