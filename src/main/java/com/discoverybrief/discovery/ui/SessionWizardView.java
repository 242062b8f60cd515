package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.discovery.BriefDownload;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.Comment;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.SessionAssessment;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.brief.SummaryParagraph;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The discovery session wizard: the client header, one step per key question, and the summary.
 * Previous/next, a step bar to jump anywhere, and a progress bar; every change is saved as typed.
 */
@Route("session/:id(\\d+)")
@PermitAll
public class SessionWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Header, five questions, summary. */
    static final int STEP_COUNT = Question.values().length + 2;
    static final int SUMMARY_STEP = STEP_COUNT - 1;

    private final DiscoveryService discovery;
    private final BriefExports briefs;
    private final CurrentActor currentActor;
    private final People people;

    private final H1 title = new H1();
    private final ProgressBar progress = new ProgressBar();
    private final Nav stepBar = new Nav();
    private final Div stepContent = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Map<AnswerField, AnswerEditor> editors = new EnumMap<>(AnswerField.class);
    private final List<Button> stepButtons = new ArrayList<>();

    private DiscoverySession session;
    private Autosave autosave;
    private int step;

    public SessionWizardView(DiscoveryService discovery, BriefExports briefs, CurrentActor currentActor,
            People people) {
        this.discovery = discovery;
        this.briefs = briefs;
        this.currentActor = currentActor;
        this.people = people;
        addClassName("session-wizard");
    }

    /** Opens a session at its first step. */
    static void open(long id) {
        UI.getCurrent().navigate(SessionWizardView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentActor.get();
        try {
            session = discovery.open(actor, Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
        } catch (SessionNotFoundException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        autosave = new Autosave(discovery, actor, session, new Conflicts());
        build();
        goTo(event.getLocation().getQueryParameters().getSingleParameter("step")
                .map(SessionWizardView::parseStep).orElse(0));
    }

    private void build() {
        removeAll();
        editors.clear();
        stepButtons.clear();
        stepBar.removeAll();
        title.setText(session.getHeader().clientCompany());

        HorizontalLayout top = new HorizontalLayout(title, autosave.indicator());
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(title);

        stepBar.addClassName("step-bar");
        stepBar.getElement().setAttribute("aria-label", getTranslation("wizard.steps"));
        for (int i = 0; i < STEP_COUNT; i++) {
            int target = i;
            Button button = new Button(stepLabel(i), click -> goTo(target));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setId("step-" + i);
            stepButtons.add(button);
            stepBar.add(button);
        }
        progress.setId("wizard-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("wizard.progress"));

        previous.setText(getTranslation("wizard.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(click -> goTo(step - 1));
        previous.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT);
        previous.setId("wizard-previous");
        next.setText(getTranslation("wizard.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goTo(step + 1));
        next.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT);
        next.setId("wizard-next");
        HorizontalLayout buttons = new HorizontalLayout(previous, next);
        buttons.addClassName("wizard-buttons");

        stepContent.addClassName("step-content");
        stepContent.setWidthFull();
        add(top, stepBar, progress, stepContent, buttons);
        // Say "Saving…" the moment the user types; the server's answer then says "Saved 12:03:15".
        getElement().executeJs("""
                const indicator = $1;
                this.addEventListener('input', () => {
                    indicator.textContent = $0;
                    indicator.setAttribute('data-state', 'saving');
                });""", autosave.savingText(), autosave.indicator().getElement());
        updateProgress();
    }

    private void goTo(int target) {
        step = Math.max(0, Math.min(SUMMARY_STEP, target));
        stepContent.removeAll();
        Component view = stepView(step);
        // Who may change the session is decided now, not when the page opened: a lead only reads, and
        // so does an account manager demoted meanwhile.
        boolean mayEdit = currentActor.get().mayEdit(session.getOwner());
        autosave.indicator().setVisible(mayEdit);
        if (!mayEdit) {
            readOnly(view);
            Span note = new Span(getTranslation("wizard.read-only"));
            note.setId("wizard-read-only");
            note.addClassName("wizard-read-only");
            stepContent.add(note);
        }
        stepContent.add(view);
        for (int i = 0; i < stepButtons.size(); i++) {
            Button button = stepButtons.get(i);
            if (i == step) {
                button.getElement().setAttribute("aria-current", "step");
            } else {
                button.getElement().removeAttribute("aria-current");
            }
        }
        updateProgress();
        previous.setEnabled(step > 0);
        next.setEnabled(step < SUMMARY_STEP);
        UI.getCurrent().getPage().getHistory().replaceState(null, "session/" + session.getId()
                + "?" + QueryParameters.of("step", String.valueOf(step)).getQueryString());
    }

    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
        }
        component.getChildren().forEach(SessionWizardView::readOnly);
    }

    private Component stepView(int index) {
        if (index == 0) {
            return new HeaderStep(autosave.header(), this::saveHeader);
        }
        if (index == SUMMARY_STEP) {
            return summaryStep();
        }
        Question question = Question.values()[index - 1];
        return new QuestionStep(question, this::editor);
    }

    private SummaryStep summaryStep() {
        Actor actor = currentActor.get();
        SessionAssessment result = discovery.assessment(actor, session.getId());
        boolean returned = discovery.open(actor, session.getId()).getStatus() == SessionStatus.RETURNED;
        List<Component> actions = new ArrayList<>();
        if (actor.mayEdit(session.getOwner())) {
            if (!result.kept() || returned) {
                Button complete = new Button(getTranslation("wizard.complete"), click -> complete());
                complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                complete.setId("complete-session");
                actions.add(complete);
            } else {
                Button recompute = new Button(getTranslation("wizard.recompute"), click -> recompute());
                recompute.setId("recompute");
                actions.add(recompute);
            }
        }
        actions.add(briefDownload());
        SummaryStep summary = new SummaryStep(result, SummaryParagraph.of(result.assessment().summary(), getLocale()),
                actions);
        List<Comment> comments = discovery.comments(actor, session.getId());
        if (!comments.isEmpty()) {
            summary.add(new CommentThread(comments, people.displayNames(comments.stream().map(Comment::author).toList())));
        }
        return summary;
    }

    private Anchor briefDownload() {
        Anchor link = BriefDownload.link(briefs, currentActor::get, session.getId(), getTranslation("wizard.download"));
        link.setId("download-brief");
        return link;
    }

    private AnswerEditor editor(AnswerField field) {
        AnswerEditor editor = AnswerEditor.create(field, this, value -> {
            autosave.answer(field, value);
            updateProgress();
        });
        editor.show(autosave.answerOf(field));
        editors.put(field, editor);
        return editor;
    }

    private void saveHeader(com.discoverybrief.discovery.SessionHeader header) {
        autosave.header(header, invalid -> Notification.show(getTranslation(invalid.messageKey(), invalid.limit()),
                5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        title.setText(header.clientCompany());
    }

    private void complete() {
        autosave.confirmExternal(discovery.complete(currentActor.get(), session.getId()));
        Notification.show(getTranslation("wizard.completed"), 3_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        goTo(SUMMARY_STEP);
    }

    /** The progress bar and the step bar's "answered/asked" counts follow every change. */
    private void recompute() {
        autosave.confirmExternal(discovery.recompute(currentActor.get(), session.getId()));
        Notification.show(getTranslation("wizard.recomputed"), 3_000, Notification.Position.BOTTOM_START);
        goTo(SUMMARY_STEP);
    }

    private void updateProgress() {
        progress.setValue((double) autosave.answeredCount(List.of(AnswerField.values())) / AnswerField.values().length);
        for (int i = 0; i < stepButtons.size(); i++) {
            stepButtons.get(i).setText(stepLabel(i));
        }
    }

    private String stepLabel(int index) {
        if (index == 0) {
            return getTranslation("wizard.step.header");
        }
        if (index == SUMMARY_STEP) {
            return getTranslation("wizard.step.summary");
        }
        Question question = Question.values()[index - 1];
        List<AnswerField> fields = AnswerField.of(question);
        return getTranslation("wizard.step.question", question.number(),
                getTranslation("question." + question.name() + ".title"),
                autosave.answeredCount(fields), fields.size());
    }

    private static int parseStep(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        String client = session == null ? "" : session.getHeader().clientCompany() + " · ";
        return client + getTranslation("app.name");
    }

    /** Shows a conflict and applies the user's choice; nothing is overwritten before they choose. */
    private final class Conflicts implements Autosave.ConflictHandler {

        @Override
        public void onConflict(AnswerField field, String mine, EditConflictException conflict) {
            new ConflictDialog(field, mine, conflict.theirs(),
                    () -> autosave.overwrite(field, mine, conflict),
                    () -> {
                        autosave.accept(conflict, field);
                        AnswerEditor editor = editors.get(field);
                        if (editor != null) {
                            editor.show(conflict.theirs());
                        }
                    }).open();
        }

        @Override
        public void onHeaderConflict(EditConflictException conflict) {
            Notification notification = Notification.show(getTranslation("conflict.header"), 0,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.add(new Button(getTranslation("conflict.reload"),
                    click -> UI.getCurrent().getPage().reload()));
        }
    }
}
