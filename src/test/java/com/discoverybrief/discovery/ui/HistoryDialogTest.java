package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.Change;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An answer's history opened from the field: versions, a word-level diff, restore. */
class HistoryDialogTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;

    private Actor me;

    @BeforeEach
    void signInAsSalesperson() {
        me = signIn(Role.SALES);
    }

    @Test
    void anOverwrittenAnswerComesBackFromItsHistory() {
        Actor colleague = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        DiscoverySession session = discovery.start(me, "Кофейня", Locale.forLanguageTag("ru"));
        Saved first = discovery.saveAnswer(me, session.getId(), session.getVersion(), AnswerField.PAINS, null,
                "Очереди по утрам и нет парковки");
        discovery.saveAnswer(colleague, session.getId(), first.version(), AnswerField.PAINS,
                "Очереди по утрам и нет парковки", "Дорого");
        signIn(me);
        UI.getCurrent().navigate("session/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("step", "1"));

        _click(_get(Button.class, spec -> spec.withId("history-PAINS")));

        @SuppressWarnings("unchecked")
        Grid<Change> versions = _get(Grid.class, spec -> spec.withId("history-versions"));
        List<Change> shown = versions.getGenericDataView().getItems().toList();
        assertThat(shown).extracting(Change::after).containsExactly("Дорого", "Очереди по утрам и нет парковки");
        assertThat(_get(Button.class, spec -> spec.withId("history-restore")).isEnabled()).isFalse();

        versions.select(shown.get(1));
        Div diff = _get(Div.class, spec -> spec.withId("history-diff"));
        assertThat(diff.getElement().getOuterHTML()).contains("<ins>Очереди по утрам и нет парковки</ins>");
        _click(_get(Button.class, spec -> spec.withId("history-restore")));

        assertThat(_get(TextArea.class, spec -> spec.withId("answer-PAINS")).getValue())
                .isEqualTo("Очереди по утрам и нет парковки");
        assertThat(discovery.open(me, session.getId()).storedAnswer(AnswerField.PAINS))
                .isEqualTo("Очереди по утрам и нет парковки");
    }

    @Test
    void typingIntoAnAnswerShowsUpInItsHistoryAsOneVersion() {
        DiscoverySession session = discovery.start(me, "Кофейня", Locale.forLanguageTag("ru"));
        UI.getCurrent().navigate("session/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("step", "1"));
        TextArea pains = _get(TextArea.class, spec -> spec.withId("answer-PAINS"));
        _setValue(pains, "Оче");
        _setValue(pains, "Очереди");
        _setValue(pains, "Очереди утром");

        _click(_get(Button.class, spec -> spec.withId("history-PAINS")));

        @SuppressWarnings("unchecked")
        Grid<Change> versions = _get(Grid.class, spec -> spec.withId("history-versions"));
        assertThat(versions.getGenericDataView().getItems().toList()).extracting(Change::before, Change::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "Очереди утром"));
    }
}
