package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.Geography;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import com.discoverybrief.strategy.Question;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an adversary found in the meeting screens after issues 11 and 12, kept fixed. */
class WizardAdversaryFindingsTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;

    @BeforeEach
    void signInAsSalesperson() {
        signIn(Role.SALES);
    }

    @Test
    void aNumberRefusedAsOutOfRangeIsNotReportedAsSaved() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("new-session")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-session-client")), "Кофейня");
        _click(_get(Button.class, spec -> spec.withId("start-session")));
        _click(_get(Button.class, spec -> spec.withId("step-" + Question.OFFER.number())));
        NumberAnswerField check = _get(NumberAnswerField.class, spec -> spec.withId("answer-AVERAGE_CHECK"));
        TextField input = _get(check, TextField.class, spec -> { });
        Span indicator = _get(Span.class, spec -> spec.withId("autosave-indicator"));

        _setValue(input, "0");

        assertThat(check.isInvalid()).isTrue();
        assertThat(check.getErrorMessage()).isEqualTo("Введите число от 1 до 1\u00A0000\u00A0000\u00A0000.");
        assertThat(indicator.getText()).isEqualTo("Не сохранено — исправьте отмеченное поле");
        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("refused");

        _setValue(input, "1 200");

        assertThat(check.isInvalid()).isFalse();
        assertThat(indicator.getElement().getAttribute("data-state")).isEqualTo("saved");
        assertThat(indicator.getText()).startsWith("Сохранено");
    }

    @Test
    void doubleTappingNewSessionOpensOneDialog() {
        UI.getCurrent().navigate("");
        Button newSession = _get(Button.class, spec -> spec.withId("new-session"));

        // Two taps that reach the server before the dialog is on screen.
        newSession.click();
        newSession.click();

        assertThat(_find(NewSessionDialog.class)).hasSize(1);
    }

    @Test
    void afterTheDialogIsClosedNewSessionOpensItAgain() {
        UI.getCurrent().navigate("");
        Button newSession = _get(Button.class, spec -> spec.withId("new-session"));
        newSession.click();
        _get(NewSessionDialog.class).close();

        newSession.click();

        assertThat(_find(NewSessionDialog.class)).hasSize(1);
        assertThat(_get(NewSessionDialog.class).isOpened()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConflictOnAChoiceOfTheClientStepDoesNotBlockSavingTheOtherClientFields() {
        Actor me = signIn(Role.SALES);
        DiscoverySession session = as(me, () -> discovery.start(me, "Кофейня", Locale.forLanguageTag("ru")));
        UI.getCurrent().navigate("session/" + session.getId());
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveHeader(manager, session.getId(), session.getVersion(), session.getHeader(),
                session.getHeader().with("geography", Geography.COUNTRY)));

        _setValue(_get(Select.class, spec -> spec.withId("header-geography")), Geography.CITY);
        _setValue(_get(TextField.class, spec -> spec.withId("header-contactPerson")), "Мария Петровна");
        _setValue(_get(TextField.class, spec -> spec.withId("header-industry")), "Кофейни");

        SessionHeader stored = as(me, () -> discovery.open(me, session.getId()).getHeader());
        assertThat(stored.geography()).as("the colleague's choice is not overwritten").isEqualTo(Geography.COUNTRY);
        assertThat(stored.contactPerson()).isEqualTo("Мария Петровна");
        assertThat(stored.industry()).isEqualTo("Кофейни");
    }
}
