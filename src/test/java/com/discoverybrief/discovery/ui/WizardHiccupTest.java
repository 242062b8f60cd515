package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Adversary (advint): the database does not answer for a moment while the salesperson presses Next
 * into the summary, or Complete. Karibu hands the failure to the test (in the app the error handler
 * says "the database is unavailable"); what matters is what is left on screen: the wizard must stay on
 * the step it shows — not believe it is on the summary while the last question is on screen — and the
 * buttons must be usable again, so the same press works once the database is back. It used to leave
 * Next disabled, the step bar's Summary doing nothing ("already there"), and Complete disabled for good.
 */
class WizardHiccupTest extends KaribuTest {

    @MockitoSpyBean
    DiscoveryService discovery;

    private Actor me;

    @BeforeEach
    void signInAsSalesperson() {
        me = signIn(Role.SALES);
    }

    @Test
    void aHiccupWhileTheSummaryOpensLeavesTheLastQuestionOnScreenAndNextUsable() {
        long id = discovery.start(me, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId();
        UI.getCurrent().navigate("session/" + id);
        for (int i = 0; i < SessionWizardView.SUMMARY_STEP - 1; i++) {
            _click(next());
        }
        String lastQuestion = stepTitle();

        doThrow(new DataAccessResourceFailureException("the database does not answer"))
                .when(discovery).assessment(any(), anyLong());
        assertThatThrownBy(() -> _click(next())).isInstanceOf(DataAccessResourceFailureException.class);
        doCallRealMethod().when(discovery).assessment(any(), anyLong());

        assertThat(stepTitle()).isEqualTo(lastQuestion);
        assertThat(next().isEnabled()).isTrue();
        assertThat(next().getElement().getAttribute("data-target")).isEqualTo(String.valueOf(SessionWizardView.SUMMARY_STEP));
        // the words typed on the step still on screen are saved as ever
        TextArea anyAnswer = _find(TextArea.class).stream()
                .filter(area -> area.getId().orElse("").startsWith("answer-")).findFirst().orElseThrow();
        AnswerField field = AnswerField.valueOf(anyAnswer.getId().orElseThrow().substring("answer-".length()));
        _setValue(anyAnswer, "Сказали после сбоя");
        assertThat(discovery.open(me, id).storedAnswer(field)).isEqualTo("Сказали после сбоя");

        // the step bar's Summary opens it once the database is back
        _click(_get(Button.class, spec -> spec.withId("step-" + SessionWizardView.SUMMARY_STEP)));
        assertThat(_get(Button.class, spec -> spec.withId("complete-session")).isEnabled()).isTrue();
    }

    @Test
    void aHiccupOnCompleteLeavesCompleteThereToPressAgain() {
        long id = discovery.start(me, "Салон «Лён»", Locale.forLanguageTag("ru")).getId();
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-" + SessionWizardView.SUMMARY_STEP)));

        doThrow(new DataAccessResourceFailureException("the database does not answer"))
                .when(discovery).complete(any(), anyLong());
        Button complete = _get(Button.class, spec -> spec.withId("complete-session"));
        assertThatThrownBy(() -> _click(complete)).isInstanceOf(DataAccessResourceFailureException.class);
        doCallRealMethod().when(discovery).complete(any(), anyLong());

        assertThat(complete.isEnabled()).isTrue();
        _click(complete);
        assertThat(discovery.open(me, id).getStatus()).isEqualTo(SessionStatus.COMPLETED);
    }

    private static Button next() {
        return _get(Button.class, spec -> spec.withId("wizard-next"));
    }

    private static String stepTitle() {
        return _get(H2.class, spec -> spec.withId("step-title")).getText();
    }
}
