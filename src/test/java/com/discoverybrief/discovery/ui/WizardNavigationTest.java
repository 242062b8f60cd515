package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionReviews;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Moving through the wizard: one step per press, whatever the browser sends twice. */
class WizardNavigationTest extends KaribuTest {

    private static final String TARGET = "element.getAttribute('data-target')";

    @Autowired
    DiscoveryService discovery;

    @Autowired
    SessionReviews review;

    private Actor me;

    @BeforeEach
    void signInAsSalesperson() {
        me = signIn(Role.SALES);
    }

    /**
     * Browsers sometimes send a second navigation to the address just shown. It used to rebuild the
     * wizard and add a second listener to Next, so every later press moved two steps.
     */
    @Test
    void aRepeatedNavigationToTheSameAddressChangesNothingAndNextThenMovesExactlyOneStep() {
        String path = startSession("Кофейня");
        SessionWizardView wizard = _get(SessionWizardView.class);
        TextField contact = _get(TextField.class, spec -> spec.withId("header-contactPerson"));
        _setValue(contact, "Анна Петрова");

        UI.getCurrent().navigate(path, QueryParameters.of("step", "0"));
        UI.getCurrent().navigate(path);

        assertThat(_get(SessionWizardView.class)).isSameAs(wizard);
        assertThat(_get(TextField.class, spec -> spec.withId("header-contactPerson"))).isSameAs(contact);
        assertThat(contact.getValue()).isEqualTo("Анна Петрова");
        _click(next());
        assertThat(stepTitle()).isEqualTo("1. Кто наш клиент?");
        _click(next());
        assertThat(stepTitle()).isEqualTo("2. Что мы продаём?");
    }

    /** A double tap: both presses leave the browser before the new step arrives, with the same target. */
    @Test
    void twoPressesOfNextSentBeforeTheStepChangedLandOneStepOn() {
        startSession("Кофейня");

        pressAsTheBrowserShowedIt(next(), "1");
        pressAsTheBrowserShowedIt(next(), "1");

        assertThat(stepTitle()).isEqualTo("1. Кто наш клиент?");
        pressAsTheBrowserShowedIt(previous(), "0");
        pressAsTheBrowserShowedIt(previous(), "0");
        assertThat(stepTitle()).isEqualTo("Клиент и встреча");
    }

    @Test
    void aStepButtonPressedTwiceStaysOnItsStepAndKeepsWhatIsTyped() {
        startSession("Кофейня");
        _click(_get(Button.class, spec -> spec.withId("step-2")));
        TextArea usp = _get(TextArea.class, spec -> spec.withId("answer-USP"));

        _click(_get(Button.class, spec -> spec.withId("step-2")));

        assertThat(_get(TextArea.class, spec -> spec.withId("answer-USP"))).isSameAs(usp);
    }

    /** Clearing the client's name used to hold back every later change on the client step. */
    @Test
    void anEmptyClientNameIsShownOnItsFieldAndTheOtherFieldsStillSave() {
        String path = startSession("Автосервис");
        long id = Long.parseLong(path.substring("session/".length()));
        TextField client = _get(TextField.class, spec -> spec.withId("header-clientCompany"));

        _setValue(client, "");
        _setValue(_get(TextField.class, spec -> spec.withId("header-contactPerson")), "Анна Петрова");

        assertThat(client.isInvalid()).isTrue();
        assertThat(client.getErrorMessage()).isEqualTo("Заполните, пожалуйста.");
        DiscoverySession stored = discovery.open(me, id);
        assertThat(stored.getHeader().contactPerson()).isEqualTo("Анна Петрова");
        assertThat(stored.getHeader().clientCompany()).isEqualTo("Автосервис");
        Span indicator = _get(Span.class, spec -> spec.withId("autosave-indicator"));
        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("refused");

        _setValue(client, "Автосервис «Колесо»");

        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(discovery.open(me, id).getHeader().clientCompany()).isEqualTo("Автосервис «Колесо»");
    }

    /** Issue 11, defect 3: what a colleague saved shows up, so nobody types over words they never saw. */
    @Test
    void aColleaguesAnswerAppearsWithTheNextSaveSoItIsNeverOverwrittenUnseen() {
        String path = startSession("Кофейня");
        long id = Long.parseLong(path.substring("session/".length()));
        _click(next());
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveAnswer(manager, id, 0, AnswerField.SEGMENTS, null, "Слова коллеги"));

        _setValue(_get(TextArea.class, spec -> spec.withId("answer-PAINS")), "Очереди");

        assertThat(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")).getValue()).isEqualTo("Слова коллеги");
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")), "Слова коллеги и мои");
        assertThat(discovery.open(me, id).storedAnswer(AnswerField.SEGMENTS)).isEqualTo("Слова коллеги и мои");
    }

    @Test
    void aReturnedSessionOpensWithTheLeadsCommentAndAWayToTheSummary() {
        String path = startSession("Кофейня");
        long id = Long.parseLong(path.substring("session/".length()));
        discovery.complete(me, id);
        Actor lead = AccountFixtures.user(context, Role.LEAD);
        as(lead, () -> review.returnToOwner(lead, id, review.open(lead, id).updatedAt(), "Уточните бюджет"));

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path);

        Div banner = _get(Div.class, spec -> spec.withId("returned-banner"));
        assertThat(banner.getElement().getTextRecursively()).contains("Уточните бюджет", lead.displayName());
        _click(_get(Button.class, spec -> spec.withId("returned-open-step")));
        assertThat(stepTitle()).isEqualTo("Итог");
    }

    @Test
    void meetingModeFoldsTheCoachingAwayAndIsRememberedForTheUser() {
        String path = startSession("Кофейня");
        _click(next());
        assertThat(_get(Details.class, spec -> spec.withId("coaching")).isOpened()).isTrue();

        _click(_get(Button.class, spec -> spec.withId("meeting-mode")));

        assertThat(_get(Details.class, spec -> spec.withId("coaching")).isOpened()).isFalse();
        assertThat(_get(SessionWizardView.class).getClassNames()).contains("meeting-mode");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(path, QueryParameters.of("step", "1"));
        assertThat(_get(SessionWizardView.class).getClassNames()).contains("meeting-mode");
        assertThat(_get(Details.class, spec -> spec.withId("coaching")).isOpened()).isFalse();
    }

    @Test
    void notesAndQuestionsMarkedForTheNextMeetingShowInTheSummary() {
        startSession("Кофейня");
        _click(_get(Button.class, spec -> spec.withId("step-4")));

        _click(_get(Button.class, spec -> spec.withId("ask-next-REPEAT_SHARE")));
        _setValue(_get(TextArea.class, spec -> spec.withId("note-RETENTION")), "Есть таблица клиентов в Excel");
        _click(_get(Button.class, spec -> spec.withId("step-" + SessionWizardView.SUMMARY_STEP)));

        String notes = _get(Div.class, spec -> spec.withId("meeting-notes")).getElement().getTextRecursively();
        assertThat(notes).contains("Сколько ваших клиентов покупают повторно?", "Есть таблица клиентов в Excel");
    }

    @Test
    void aLeadStartsOnAllSessionsAndReadsASessionInTheReviewScreen() {
        String path = startSession("Кофейня");
        signIn(Role.LEAD);

        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("review");

        UI.getCurrent().navigate(path);
        assertThat(currentPath()).isEqualTo(path.replace("session/", "review/"));
        _assertNone(SessionWizardView.class);
    }

    private static Button next() {
        return _get(Button.class, spec -> spec.withId("wizard-next"));
    }

    private static Button previous() {
        return _get(Button.class, spec -> spec.withId("wizard-previous"));
    }

    private static String stepTitle() {
        return _get(H2.class, spec -> spec.withId("step-title")).getText();
    }

    /** The click a browser sends: with the target the button showed when it was pressed. */
    private static void pressAsTheBrowserShowedIt(Button button, String target) {
        JsonObject data = Json.createObject();
        data.put(TARGET, target);
        button.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(button.getElement(), "click", data));
    }
}
