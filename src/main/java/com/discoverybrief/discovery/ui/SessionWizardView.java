package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.Translations;
import com.discoverybrief.brief.SummaryParagraph;
import com.discoverybrief.discovery.AnswerValues;
import com.discoverybrief.discovery.BriefDownload;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.BriefSharing;
import com.discoverybrief.discovery.Comment;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.FieldKey;
import com.discoverybrief.discovery.HistoryDialog;
import com.discoverybrief.discovery.JsonDownload;
import com.discoverybrief.discovery.SessionTransfer;
import com.discoverybrief.discovery.SessionHistory;
import com.discoverybrief.discovery.TimelineDialog;
import com.discoverybrief.discovery.InvalidTransitionException;
import com.discoverybrief.discovery.MeetingNotesPanel;
import com.discoverybrief.discovery.PlanAdjustments;
import com.discoverybrief.discovery.PlanPanel;
import com.discoverybrief.discovery.SessionAssessment;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.discovery.WizardPreferences;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.FollowUps;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The discovery session wizard: the client header, one step per key question, and the summary.
 * Previous/next, a step bar to jump anywhere, and a progress bar; every change is saved as typed.
 *
 * <p>Built once per view instance: every child, listener and shortcut is made in the constructor;
 * {@link #beforeEnter} only loads a session and shows it. A repeated navigation to the session already
 * shown (browsers send one now and then right after the wizard appeared) changes nothing on screen,
 * so it can neither double a listener nor drop typed text. Next and Previous carry the step they lead
 * to, so a second press while the first is on its way lands on the same step, not one further.
 */
@Route("session/:id(\\d+)")
@PermitAll
public class SessionWizardView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    /** Header, five questions, summary. */
    static final int STEP_COUNT = Question.values().length + 2;
    static final int SUMMARY_STEP = STEP_COUNT - 1;
    /** After this pause in typing the browser asks the server for the indicator's last word. */
    static final int SETTLE_AFTER_MS = AnswerEditor.SAVE_EVERY_MS + 200;
    private static final String TARGET = "element.getAttribute('data-target')";

    private final DiscoveryService discovery;
    private final BriefExports briefs;
    private final CurrentActor currentActor;
    private final People people;
    private final WizardPreferences preferences;
    private final SessionHistory history;
    private final SessionTransfer transfer;
    private final PlanAdjustments plans;

    private final H1 title = new H1();
    private final Button meetingMode = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final StepBar stepBar = new StepBar(this::goTo, this::isAsked);
    private final Div banners = new Div();
    private final Div stepContent = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Map<AnswerField, AnswerEditor> editors = new EnumMap<>(AnswerField.class);
    private final Map<AnswerField, EvidenceTag> tags = new EnumMap<>(AnswerField.class);
    private final Map<AnswerField, AskNextMark> marks = new EnumMap<>(AnswerField.class);
    private final Map<Slot, ConflictDialog> openConflicts = new HashMap<>();
    private final Autosave autosave;
    private final BrowserDrafts browserDrafts = new BrowserDrafts(this);
    private final DraftOffer draftOffer;
    /** Where each answer comes from, as last tapped. */
    private final Map<AnswerField, Evidence> evidence = new EnumMap<>(AnswerField.class);

    private DiscoverySession session;
    private String shownTo;
    private Component shownStep;
    private NoteField note;
    private int step = -1;
    private boolean editable;
    private boolean meeting;

    public SessionWizardView(DiscoveryService discovery, BriefExports briefs, CurrentActor currentActor,
            People people, WizardPreferences preferences, SessionHistory history, SessionTransfer transfer,
            PlanAdjustments plans) {
        this.plans = plans;
        this.discovery = discovery;
        this.transfer = transfer;
        this.history = history;
        this.briefs = briefs;
        this.currentActor = currentActor;
        this.people = people;
        this.preferences = preferences;
        this.autosave = new Autosave(discovery, currentActor::get, new Events(), this::isInUse);
        this.draftOffer = new DraftOffer(this, autosave, browserDrafts);
        addClassName("session-wizard");
        setPadding(false);

        meetingMode.setId("meeting-mode");
        meetingMode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        meetingMode.addClickListener(click -> toggleMeetingMode());
        HorizontalLayout top = new HorizontalLayout(title, autosave.indicator(), meetingMode);
        top.addClassName("wizard-title-row");
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(title);

        progress.setId("wizard-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("wizard.progress"));
        Div bar = new Div(top, stepBar, progress);
        bar.addClassName("wizard-bar");

        stepButton(previous, "wizard-previous", "wizard.previous", VaadinIcon.ARROW_LEFT);
        stepButton(next, "wizard-next", "wizard.next", VaadinIcon.ARROW_RIGHT);
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(previous, next);
        buttons.addClassName("wizard-buttons");

        banners.addClassName("wizard-banners");
        stepContent.addClassName("step-content");
        stepContent.setWidthFull();
        add(bar, banners, stepContent, buttons);

        getElement().addEventListener("db-settle", event -> autosave.settle());
        // Nothing to do: the event only carries along the text the browser still held.
        getElement().addEventListener("db-flush", event -> { });
        getElement().executeJs(WizardScript.INSTALL, autosave.indicator().getElement(), SETTLE_AFTER_MS);
    }

    /**
     * Previous and Next lead to the step in their {@code data-target}, which the server sets with
     * each step. The browser disables them on click until the new step arrives; a press that still
     * gets through carries the same target and changes nothing.
     */
    private void stepButton(Button button, String id, String textKey, VaadinIcon icon) {
        button.setText(getTranslation(textKey));
        button.setIcon(icon.create());
        button.setId(id);
        button.setDisableOnClick(true);
        button.getElement().addEventListener("click", event -> {
            // The target the browser showed when it was pressed; a click made on the server (a test)
            // carries none and takes the current one.
            String target = event.getEventData().hasKey(TARGET) ? event.getEventData().getString(TARGET)
                    : button.getElement().getAttribute("data-target");
            goTo(target == null || target.isEmpty() ? step : Integer.parseInt(target));
        }).addEventData(TARGET);
    }

    /** Opens a session at its first step. */
    static void open(long id) {
        UI.getCurrent().navigate(SessionWizardView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElseThrow());
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Actor actor = currentActor.get();
        DiscoverySession opened;
        try {
            // Read on every navigation, a repeated one too: access follows the database, not the screen.
            opened = discovery.open(actor, id);
        } catch (SessionNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (session != null && session.getId() == id && actor.username().equals(shownTo)) {
            // The session on screen, once more: nothing changes, the address keeps the step shown.
            if (!String.valueOf(step).equals(stepParameter(event).orElse("0"))) {
                updateAddress();
            }
            return;
        }
        if (!actor.mayEdit(opened.getOwner()) && actor.seesAllSessions()) {
            // A lead reads sessions in the review screen, which is made for reading.
            event.forwardTo("review/" + id);
            return;
        }
        load(actor, opened);
        show(stepParameter(event).map(SessionWizardView::parseStep).orElse(0));
    }

    private void load(Actor actor, DiscoverySession opened) {
        session = opened;
        shownTo = actor.username();
        editable = actor.mayEdit(opened.getOwner());
        meeting = preferences.meetingMode(actor);
        autosave.load(opened);
        evidence.clear();
        for (AnswerField field : AnswerField.values()) {
            evidence.put(field, opened.evidence(field));
        }
        title.setText(opened.getHeader().clientCompany());
        showMeetingMode();
        banners.removeAll();
        if (opened.getStatus() == SessionStatus.RETURNED) {
            returnedBanner(actor);
        }
        step = -1;
        browserDrafts.open(actor.username(), opened.getId(), autosave.savingText());
        if (editable) {
            browserDrafts.read(kept -> draftOffer.banner(kept, this::showAgain).ifPresent(banners::add));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!autosave.hasPending()) {
            return;
        }
        // The database has not taken everything yet: the text stays in this browser either way.
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("wizard.leave.title"),
                getTranslation("wizard.leave.text"), getTranslation("wizard.leave.confirm"), click -> leave.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("wizard.leave.stay"));
        confirm.setId("leave-confirm");
        confirm.open();
    }

    private static Optional<String> stepParameter(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("step");
    }

    /** One step per activation: going to the step already shown changes nothing. */
    private void goTo(int target) {
        int clamped = Math.max(0, Math.min(SUMMARY_STEP, target));
        if (clamped == step) {
            updateButtons();
            getElement().executeJs("this.__db && this.__db.idle()");
            return;
        }
        try {
            show(clamped);
        } catch (RuntimeException e) {
            // the step could not be read (the database did not answer): the wizard stays on the step
            // on screen, with Previous/Next pointing from it and usable again; the error handler says why
            updateButtons();
            getElement().executeJs("this.__db && this.__db.idle()");
            throw e;
        }
        updateAddress();
    }

    private void show(int index) {
        int target = Math.max(0, Math.min(SUMMARY_STEP, index));
        // Who may change the session is decided at each step, not when the page opened: an account
        // manager demoted meanwhile only reads from the next step on.
        boolean editableBefore = editable;
        editable = currentActor.get().mayEdit(session.getOwner());
        // What the summary shows is read before anything on screen changes, so a read that fails
        // leaves the step on screen, its editors and the step counter as they were.
        Component built;
        try {
            built = target == SUMMARY_STEP ? summaryStep() : null;
        } catch (RuntimeException e) {
            editable = editableBefore;
            throw e;
        }
        step = target;
        autosave.indicator().setVisible(editable);
        editors.clear();
        tags.clear();
        marks.clear();
        note = null;
        shownStep = built != null ? built : stepView(step);
        stepContent.removeAll();
        if (!editable) {
            Span readOnly = new Span(getTranslation("wizard.read-only"));
            readOnly.setId("wizard-read-only");
            readOnly.addClassName("wizard-read-only");
            stepContent.add(readOnly);
        }
        stepContent.add(shownStep);
        stepBar.current(step);
        updateProgress();
        updateButtons();
        getElement().executeJs("this.__db && this.__db.stepShown()");
    }

    private void updateButtons() {
        previous.setEnabled(step > 0);
        next.setEnabled(step < SUMMARY_STEP);
        previous.getElement().setAttribute("data-target", String.valueOf(Math.max(0, step - 1)));
        next.getElement().setAttribute("data-target", String.valueOf(Math.min(SUMMARY_STEP, step + 1)));
    }

    /** The address follows the screen, without a navigation the browser could answer with another. */
    private void updateAddress() {
        String location = "session/" + session.getId() + "?"
                + QueryParameters.of("step", String.valueOf(step)).getQueryString();
        UI.getCurrent().getPage().executeJs(
                "window.history.replaceState(window.history.state, '', new URL($0, document.baseURI))", location);
    }

    private Component stepView(int index) {
        if (index == 0) {
            HeaderStep header = new HeaderStep(autosave.header(), new HeaderChanges());
            header.setReadOnly(!editable || autosave.isStopped());
            return header;
        }
        if (index == SUMMARY_STEP) {
            return summaryStep();
        }
        Question question = Question.values()[index - 1];
        note = noteField(question);
        return new QuestionStep(question, this::editor, this::markButton, note, meeting);
    }

    private SummaryStep summaryStep() {
        Actor actor = currentActor.get();
        SessionAssessment result = discovery.assessment(actor, session.getId());
        boolean returned = discovery.open(actor, session.getId()).getStatus() == SessionStatus.RETURNED;
        List<Component> actions = new ArrayList<>();
        if (editable && !autosave.isStopped()) {
            if (!result.kept() || returned) {
                Button complete = new Button(getTranslation("wizard.complete"), click -> complete(click.getSource()));
                complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                complete.setId("complete-session");
                complete.setDisableOnClick(true);
                actions.add(complete);
            } else {
                Button recompute = new Button(getTranslation("wizard.recompute"), click -> recompute(click.getSource()));
                recompute.setId("recompute");
                recompute.setDisableOnClick(true);
                actions.add(recompute);
            }
        }
        actions.add(briefDownload());
        Button timeline = new Button(getTranslation("timeline.open"), VaadinIcon.CLOCK.create(),
                click -> new TimelineDialog(history, currentActor::get, people, session.getId()).open());
        timeline.setId("open-timeline");
        timeline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(timeline);
        Anchor json = JsonDownload.link(transfer, currentActor::get, () -> List.of(session.getId()),
                JsonDownload.fileName(session.getHeader().clientCompany(), session.getId()),
                getTranslation("transfer.export"));
        json.setId("export-json");
        actions.add(json);
        SummaryStep summary = new SummaryStep(result, SummaryParagraph.of(result.assessment().summary(), getLocale()),
                actions);
        summary.getChildren().filter(child -> child.getElement().getTag().equals("h2")).findFirst()
                .ifPresent(heading -> heading.setId("step-title"));
        summary.showPlan(new PlanPanel(plans, currentActor::get, session.getId(),
                actor.has(Role.ACCOUNT_MANAGER) && !autosave.isStopped()));
        summary.add(new MeetingNotesPanel(discovery.meetingNotes(actor, session.getId())));
        summary.add(BriefSharing.of(currentActor::get, session.getId()));
        List<Comment> comments = discovery.comments(actor, session.getId());
        if (!comments.isEmpty()) {
            summary.add(new CommentThread(comments, people.displayNames(comments.stream().map(Comment::author).toList())));
        }
        return summary;
    }

    private Component briefDownload() {
        return BriefDownload.withChangesChoice(briefs, currentActor::get, session.getId(), getTranslation("wizard.download"),
                getTranslation("brief.download.changes"), "download-brief");
    }

    private AnswerEditor editor(AnswerField field) {
        Slot slot = new Slot.Answer(field);
        AnswerEditor editor = AnswerEditor.create(field, this, value -> {
            autosave.change(slot, value);
            updateProgress();
        });
        editor.show(autosave.valueOf(slot));
        editor.onRefusal(message -> {
            if (message == null) {
                autosave.clearRefusal(slot.elementId());
            } else {
                autosave.refuse(slot.elementId(), message);
            }
        });
        EvidenceTag tag = new EvidenceTag(field, evidence.get(field), chosen -> saveEvidence(field, chosen));
        tags.put(field, tag);
        tag.setReadOnly(!editable || autosave.isStopped());
        editor.withEvidence(tag);
        editor.setReadOnly(!editable || autosave.isStopped());
        editors.put(field, editor);
        return editor;
    }

    /**
     * One tap on where an answer comes from, saved like an answer: under the conflict rule, retried
     * while the database is away, and a deleted session or lost access said in words.
     */
    private void saveEvidence(AnswerField field, Evidence tag) {
        evidence.put(field, tag);
        autosave.tag(field, tag);
    }

    private void showTag(AnswerField field, Evidence tag) {
        evidence.put(field, tag);
        EvidenceTag shown = tags.get(field);
        if (shown != null) {
            shown.show(tag);
        }
    }

    /** "Ask at the next meeting": a toggle beside each answer, and the answer's history. */
    private Component markButton(AnswerField field) {
        AskNextMark mark = new AskNextMark(field, () -> autosave.isMarked(field),
                () -> autosave.mark(field, !autosave.isMarked(field)));
        mark.setEnabled(editable && !autosave.isStopped());
        marks.put(field, mark);
        Button open = new Button(getTranslation("history.open"), VaadinIcon.TIME_BACKWARD.create(),
                click -> openHistory(new Slot.Answer(field), FieldKey.answer(field)));
        open.setId("history-" + field.name());
        open.addClassName("history-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY); // full height: a tablet's touch target (44 px)
        open.getElement().setAttribute("aria-label",
                getTranslation("history.open-of", getTranslation(DiscoverySession.labelKey(field))));
        Div actions = new Div(open, mark);
        actions.addClassName("answer-actions");
        return actions;
    }

    /**
     * The field's versions; restoring one is a change like typing it, saved over what this editor
     * last saved, so a colleague's newer change meanwhile is a conflict as always.
     */
    private void openHistory(Slot slot, FieldKey key) {
        boolean mayRestore = editable && !autosave.isStopped() && currentActor.get().mayEdit(session.getOwner());
        new HistoryDialog(history, currentActor::get, people, session.getId(), key, mayRestore ? value -> {
            autosave.change(slot, value);
            showValue(slot);
            updateProgress();
            Notification.show(getTranslation("history.restored"), 3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } : null).open();
    }

    private NoteField noteField(Question question) {
        Slot.Note slot = new Slot.Note(question);
        NoteField field = new NoteField(slot, autosave.valueOf(slot), value -> autosave.change(slot, value));
        field.setReadOnly(!editable || autosave.isStopped());
        return field;
    }

    /** Whether the user is in the input with this id right now, so newer data must not replace it. */
    private boolean isInUse(String elementId) {
        if (shownStep instanceof HeaderStep header && header.isInUse(elementId)) {
            return true;
        }
        if (note != null && note.getId().orElse("").equals(elementId)) {
            return note.isInUse();
        }
        return editors.values().stream()
                .anyMatch(editor -> AnswerEditor.elementId(editor.field()).equals(elementId) && editor.isInUse());
    }

    private void complete(Button pressed) {
        try {
            autosave.confirmExternal(discovery.complete(currentActor.get(), session.getId()));
            Notification.show(getTranslation("wizard.completed"), 3_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidTransitionException e) {
            error(getTranslation(e.messageKey(), getTranslation(Translations.enumKey(e.status()))));
        } catch (RuntimeException e) {
            // not completed (the database did not answer): the button is there to press again
            pressed.setEnabled(true);
            throw e;
        }
        banners.getChildren().filter(banner -> banner.getId().orElse("").equals("returned-banner")).toList()
                .forEach(banners::remove);
        show(SUMMARY_STEP);
    }

    private void recompute(Button pressed) {
        try {
            autosave.confirmExternal(discovery.recompute(currentActor.get(), session.getId()));
        } catch (RuntimeException e) {
            pressed.setEnabled(true);
            throw e;
        }
        Notification.show(getTranslation("wizard.recomputed"), 3_000, Notification.Position.BOTTOM_START);
        show(SUMMARY_STEP);
    }

    /** The progress bar, the step bar's "answered/asked" counts and the follow-ups shown follow every change. */
    private void updateProgress() {
        List<Slot> answers = Slot.all().stream()
                .filter(slot -> slot instanceof Slot.Answer answer && isAsked(answer.field())).toList();
        progress.setValue((double) autosave.answeredCount(answers) / answers.size());
        stepBar.counts(autosave::answeredCount);
        if (shownStep instanceof QuestionStep question) {
            question.showAsked(this::isAsked);
        }
    }

    /**
     * Whether a field is asked, by the answers as the user sees them: the season's months only once
     * "in a season" is chosen. A field not asked is hidden and counts neither as answered nor as missing.
     */
    private boolean isAsked(AnswerField field) {
        return FollowUps.shown(field, of -> AnswerValues.parseOrNull(of, autosave.valueOf(new Slot.Answer(of))));
    }

    private void toggleMeetingMode() {
        meeting = !meeting;
        preferences.meetingMode(currentActor.get(), meeting);
        showMeetingMode();
    }

    /** Meeting mode folds the coaching away and hides the team's own jargon from the client. */
    private void showMeetingMode() {
        if (meeting) {
            addClassName("meeting-mode");
        } else {
            removeClassName("meeting-mode");
        }
        meetingMode.setText(getTranslation("meeting-mode.label"));
        meetingMode.setIcon((meeting ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE).create());
        meetingMode.getElement().setAttribute("aria-pressed", String.valueOf(meeting));
        meetingMode.setTooltipText(getTranslation(meeting ? "meeting-mode.on" : "meeting-mode.off"));
        if (shownStep instanceof QuestionStep question) {
            question.meetingMode(meeting);
        }
    }

    /** A returned session opens with the lead's comment: who, when, and a way to the summary. */
    private void returnedBanner(Actor actor) {
        List<Comment> comments = discovery.comments(actor, session.getId());
        if (comments.isEmpty()) {
            return;
        }
        Comment latest = comments.get(comments.size() - 1);
        banners.add(new ReturnedBanner(latest, people.displayName(latest.author()),
                stepBar.label(SUMMARY_STEP, autosave::answeredCount), () -> goTo(SUMMARY_STEP)));
    }

    /** The step on screen, built again from what autosave holds now (after restoring drafts). */
    private void showAgain() {
        int shown = step;
        step = -1;
        show(shown);
        title.setText(autosave.header().clientCompany());
    }

    private static int parseStep(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void error(String message) {
        Notification.show(message, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        String client = session == null ? "" : session.getHeader().clientCompany() + " · ";
        return client + getTranslation("app.name");
    }

    /** The header step's edits, to autosave; its invalid fields, on the indicator too. */
    private final class HeaderChanges implements HeaderStep.Listener {

        @Override
        public void changed(SessionHeader after) {
            autosave.header(after);
            title.setText(after.clientCompany());
        }

        @Override
        public void validity(String elementId, String message) {
            if (message == null) {
                autosave.clearRefusal(elementId);
            } else {
                autosave.refuse(elementId, message);
            }
        }
    }

    /** What autosave learned, shown where the user is. */
    private final class Events implements Autosave.Listener {

        @Override
        public void onConflict(Slot slot, String mine, EditConflictException conflict) {
            ConflictDialog dialog = new ConflictDialog(getTranslation(slot.labelKey()),
                    ConflictDialog.readable(SessionWizardView.this, slot, conflict.theirs()),
                    ConflictDialog.readable(SessionWizardView.this, slot, mine),
                    () -> {
                        openConflicts.remove(slot);
                        autosave.overwrite(slot, conflict);
                    },
                    () -> {
                        openConflicts.remove(slot);
                        autosave.accept(slot, conflict);
                        browserDrafts.discard(List.of(slot.elementId()));
                        showValue(slot);
                    });
            openConflicts.put(slot, dialog);
            dialog.open();
        }

        @Override
        public void onConflictUpdated(Slot slot, String mine) {
            ConflictDialog dialog = openConflicts.get(slot);
            if (dialog != null) {
                dialog.showMine(ConflictDialog.readable(SessionWizardView.this, slot, mine));
            }
        }

        @Override
        public void onHeaderConflict(EditConflictException conflict) {
            Notification notification = Notification.show(getTranslation("conflict.header"), 0,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.add(new Button(getTranslation("conflict.reload"),
                    click -> UI.getCurrent().getPage().reload()));
        }

        @Override
        public void onRefused(String elementId, String message) {
            findField(elementId).ifPresent(field -> {
                field.setInvalid(message != null);
                field.setErrorMessage(message);
            });
        }

        @Override
        public void onStopped(String message, boolean gone) {
            banners.add(new StoppedBanner(message, !gone));
            if (gone) {
                browserDrafts.forget();
            }
            editors.values().forEach(editor -> editor.setReadOnly(true));
            tags.values().forEach(tag -> tag.setReadOnly(true));
            marks.values().forEach(mark -> mark.setEnabled(false));
            if (note != null) {
                note.setReadOnly(true);
            }
            if (shownStep instanceof HeaderStep header) {
                header.setReadOnly(true);
            }
        }

        @Override
        public void onConfirmed(String elementId, String value) {
            browserDrafts.confirm(elementId, value);
        }

        @Override
        public void onNewerTags(Map<AnswerField, Evidence> newer) {
            newer.forEach(SessionWizardView.this::showTag);
        }

        @Override
        public void onTagConflict(AnswerField field, Evidence theirs) {
            showTag(field, theirs);
            Notification.show(getTranslation("evidence.changed-elsewhere",
                    getTranslation("field." + field.name() + ".label"), getTranslation(Translations.enumKey(theirs))),
                    8_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }

        @Override
        public void onNewerData(Set<Slot> slots, Set<String> headerProperties) {
            slots.forEach(SessionWizardView.this::showValue);
            if (shownStep instanceof HeaderStep header && !headerProperties.isEmpty()) {
                header.show(autosave.header(), headerProperties);
            }
            marks.values().forEach(AskNextMark::refresh);
            title.setText(autosave.header().clientCompany());
            updateProgress();
        }
    }

    private void showValue(Slot slot) {
        if (slot instanceof Slot.Answer answer && editors.containsKey(answer.field())) {
            editors.get(answer.field()).show(autosave.valueOf(slot));
        } else if (slot instanceof Slot.Note && note != null && note.getId().orElse("").equals(slot.elementId())) {
            String value = autosave.valueOf(slot);
            note.setValue(value == null ? "" : value);
        }
    }

    private Optional<HasValidation> findField(String elementId) {
        return findIn(stepContent, elementId).filter(HasValidation.class::isInstance).map(HasValidation.class::cast);
    }

    private static Optional<Component> findIn(Component parent, String id) {
        if (parent.getId().orElse("").equals(id)) {
            return Optional.of(parent);
        }
        return parent.getChildren().map(child -> findIn(child, id)).flatMap(Optional::stream).findFirst();
    }
}
