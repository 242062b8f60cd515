package com.discoverybrief.review.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.BriefDownload;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.BriefVersionsPanel;
import com.discoverybrief.discovery.HistoryDialog;
import com.discoverybrief.discovery.JsonDownload;
import com.discoverybrief.discovery.PersonalDataErasure;
import com.discoverybrief.discovery.SessionTransfer;
import com.discoverybrief.discovery.SessionHistory;
import com.discoverybrief.discovery.TimelineDialog;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.InvalidInputException;
import com.discoverybrief.discovery.PlanAdjustments;
import com.discoverybrief.discovery.PlanPanel;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.InvalidTransitionException;
import com.discoverybrief.discovery.MeetingNotesPanel;
import com.discoverybrief.discovery.ReviewedSession;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.discovery.SessionReviews;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.review.ReviewFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One session read-only for a reviewer: header, answers by level, the assessment, the brief, and the
 * review workflow (mark reviewed, return with a comment, comment, and for account managers delete).
 * Another salesperson or an unknown id gets the not-found page.
 */
@Route("review/:id(\\d+)")
@RolesAllowed({"LEAD", "ACCOUNT_MANAGER"})
public class ReviewSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionReviews reviews;
    private final DiscoveryService discovery;
    private final BriefExports briefs;
    private final CurrentActor currentActor;
    private final People people;
    private final SessionHistory history;
    private final SessionTransfer transfer;
    private final PersonalDataErasure erasure;
    private final PlanAdjustments plans;

    private final Anchor back = new Anchor(ReviewSessionsView.ROUTE, "");
    private final H1 title = new H1();
    private final Div statusLine = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div body = new Div();

    private ReviewedSession session;
    /** A comment is being added: the field starts empty when the screen is drawn again. */
    private boolean posting;
    private QueryParameters backTo = QueryParameters.empty();

    public ReviewSessionView(SessionReviews reviews, DiscoveryService discovery, BriefExports briefs,
            CurrentActor currentActor, People people, SessionHistory history, SessionTransfer transfer,
            PersonalDataErasure erasure, PlanAdjustments plans) {
        this.plans = plans;
        this.reviews = reviews;
        this.transfer = transfer;
        this.erasure = erasure;
        this.history = history;
        this.discovery = discovery;
        this.briefs = briefs;
        this.currentActor = currentActor;
        this.people = people;
        addClassName("review-session");
        actions.setWrap(true);
        actions.addClassName("review-actions");
        body.addClassName("review-body");
        body.setWidthFull();
        back.setText(getTranslation("review.back"));
        back.setId("review-back");
        add(back, title, statusLine, actions, body);
    }

    /** Opens a session; "back" returns to the list as it was filtered. */
    static void open(long id, ReviewFilter filter) {
        // The list's filter travels in the URL, so "back" works after a reload or from a shared link too.
        UI.getCurrent().navigate(ReviewSessionView.class, new RouteParameters("id", String.valueOf(id)),
                FilterParameters.toQuery(filter));
    }

    private void rememberList(QueryParameters filter) {
        backTo = filter;
        String query = backTo.getQueryString();
        back.setHref(ReviewSessionsView.ROUTE + (query.isEmpty() ? "" : "?" + query));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            session = reviews.open(currentActor.get(), Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
        } catch (SessionNotFoundException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        rememberList(event.getLocation().getQueryParameters());
        render();
    }

    private void render() {
        Actor actor = currentActor.get();
        title.setText(session.header().clientCompany());
        Map<String, String> names = people.displayNames(peopleIn(session));
        statusLine.removeAll();
        statusLine.addClassName("review-status-line");
        statusLine.add(StatusBadge.of(session.status()),
                new Span(getTranslation("review.session.owner", names.get(session.owner()))));

        actions.removeAll();
        actions.add(briefDownload());
        boolean completed = session.status() == SessionStatus.COMPLETED;
        Button reviewed = new Button(getTranslation("review.action.reviewed"), VaadinIcon.CHECK.create(),
                click -> markReviewed());
        reviewed.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reviewed.setId("mark-reviewed");
        reviewed.setEnabled(completed);
        Button returned = new Button(getTranslation("review.action.return"), VaadinIcon.REPLY.create(),
                click -> new ReturnDialog(this::returnToSalesperson).open());
        returned.setId("return-session");
        returned.setEnabled(completed);
        Button timeline = new Button(getTranslation("timeline.open"), VaadinIcon.CLOCK.create(),
                click -> new TimelineDialog(history, currentActor::get, people, session.id()).open());
        timeline.setId("open-timeline");
        Anchor json = JsonDownload.link(transfer, currentActor::get, () -> List.of(session.id()),
                JsonDownload.fileName(session.header().clientCompany(), session.id()), getTranslation("transfer.export"));
        json.setId("review-export-json");
        actions.add(reviewed, returned, timeline, json);
        if (!completed) {
            Span hint = new Span(getTranslation("review.action.only-completed"));
            hint.addClassName("review-hint");
            actions.add(hint);
        }
        if (actor.has(Role.ACCOUNT_MANAGER)) {
            Button delete = new Button(getTranslation("review.action.delete"), VaadinIcon.TRASH.create(),
                    click -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("delete-session");
            Button erase = new Button(getTranslation("erasure.button"), VaadinIcon.ERASER.create(),
                    click -> confirmErasure());
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            erase.setId("erase-personal-data");
            actions.add(erase, delete);
        }

        // a comment typed and not yet added survives the screen being drawn again (a review step, a
        // refusal that shows the session as it is now); one just added starts the field empty
        String draft = posting ? "" : commentDraft();
        body.removeAll();
        body.add(new SessionDetails(session,
                        field -> new HistoryDialog(history, currentActor::get, people, session.id(), field, null).open()),
                new PlanPanel(plans, currentActor::get, session.id(), actor.has(Role.ACCOUNT_MANAGER)),
                new AssessmentPanel(discovery.assessment(actor, session.id())),
                new MeetingNotesPanel(discovery.meetingNotes(actor, session.id())),
                new BriefVersionsPanel(briefs.versions(actor, session.id()), briefs.changesSinceLastBrief(actor, session.id())),
                new CommentsPanel(session, names, this::comment, draft));
    }

    /** The salesperson and everybody in the history and the comments. */
    private static Set<String> peopleIn(ReviewedSession session) {
        Set<String> usernames = new HashSet<>();
        usernames.add(session.owner());
        session.history().forEach(change -> usernames.add(change.actor()));
        session.comments().forEach(comment -> usernames.add(comment.author()));
        return usernames;
    }

    private Component briefDownload() {
        return BriefDownload.withChangesChoice(briefs, currentActor::get, session.id(), getTranslation("wizard.download"),
                getTranslation("brief.download.changes"), "review-download-brief");
    }

    private void markReviewed() {
        if (change(() -> reviews.markReviewed(currentActor.get(), session.id(), session.updatedAt()))) {
            notice("review.done.reviewed");
        }
    }

    private boolean returnToSalesperson(String comment) {
        boolean done = change(() -> reviews.returnToOwner(currentActor.get(), session.id(), session.updatedAt(), comment));
        if (done) {
            notice("review.done.returned");
        }
        return done;
    }

    private boolean comment(String text) {
        posting = true;
        try {
            return change(() -> reviews.comment(currentActor.get(), session.id(), text));
        } finally {
            posting = false;
        }
    }

    /** The comment typed on screen and not yet added. */
    private String commentDraft() {
        return body.getChildren().filter(CommentsPanel.class::isInstance).findFirst()
                .flatMap(panel -> panel.getChildren().filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst())
                .map(TextArea::getValue).orElse("");
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("review.delete.title"),
                getTranslation("review.delete.text", session.header().clientCompany()),
                getTranslation("review.delete.confirm"), event -> delete());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("review.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("delete-confirm");
        confirm.open();
    }

    private void confirmErasure() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("erasure.confirm.title"),
                getTranslation("erasure.confirm.text", session.header().clientCompany()),
                getTranslation("erasure.confirm.button"), event -> erase());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("erasure.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("erasure-confirm");
        confirm.open();
    }

    private void erase() {
        erasure.erase(currentActor.get(), session.id());
        session = reviews.open(currentActor.get(), session.id());
        render();
        notice("erasure.done");
    }

    private void delete() {
        reviews.delete(currentActor.get(), session.id());
        notice("review.done.deleted");
        UI.getCurrent().navigate(ReviewSessionsView.ROUTE, backTo);
    }

    /** Applies a review step; a refused one says why in the user's language and changes nothing. */
    private boolean change(Supplier<ReviewedSession> step) {
        try {
            session = step.get();
            render();
            return true;
        } catch (InvalidTransitionException e) {
            error(getTranslation(e.messageKey(), getTranslation(Translations.enumKey(e.status()))));
        } catch (InvalidInputException e) {
            error(getTranslation(e.messageKey(), e.limit()));
        } catch (OptimisticLockingFailureException e) {
            error(getTranslation("review.changed-elsewhere"));
        } catch (EditConflictException e) {
            // the content changed since it was read: show it as it is now, accept nothing unread
            session = reviews.open(currentActor.get(), session.id());
            render();
            error(getTranslation("review.changed-since"));
        }
        return false;
    }

    private void notice(String key) {
        Notification.show(getTranslation(key), 3_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        String client = session == null ? "" : session.header().clientCompany() + " · ";
        return client + getTranslation("review.title") + " · " + getTranslation("app.name");
    }
}
