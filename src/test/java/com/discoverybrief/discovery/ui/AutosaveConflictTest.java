package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people edit the same answer: nobody's text is overwritten without them choosing. */
class AutosaveConflictTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;

    private Actor me;

    @BeforeEach
    void signInAsSalesperson() {
        me = signIn(Role.SALES);
    }

    @Test
    void aConflictingEditShowsBothVersionsAndKeepsTheOtherUntilTheUserChooses() {
        DiscoverySession session = as(me, () -> discovery.start(me, "Кофейня", Locale.forLanguageTag("ru")));
        UI.getCurrent().navigate("session/" + session.getId(), QueryParameters.of("step", "1"));
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveAnswer(manager, session.getId(), session.getVersion(),
                AnswerField.PAINS, null, "Версия менеджера"));

        _setValue(_get(TextArea.class, spec -> spec.withId("answer-PAINS")), "Версия продавца");

        assertThat(_get(Span.class, spec -> spec.withId("autosave-indicator")).getText())
                .isEqualTo("Изменено в другом месте — выберите версию");
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Версия менеджера", "Версия продавца");
        assertThat(storedPains(session)).isEqualTo("Версия менеджера");

        _click(_get(Button.class, spec -> spec.withText("Оставить мою")));

        assertThat(storedPains(session)).isEqualTo("Версия продавца");
    }

    @Test
    void takingTheOtherVersionShowsItInTheField() {
        DiscoverySession session = as(me, () -> discovery.start(me, "Кофейня", Locale.forLanguageTag("ru")));
        UI.getCurrent().navigate("session/" + session.getId(), QueryParameters.of("step", "1"));
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveAnswer(manager, session.getId(), session.getVersion(),
                AnswerField.PAINS, null, "Версия менеджера"));
        TextArea pains = _get(TextArea.class, spec -> spec.withId("answer-PAINS"));

        _setValue(pains, "Версия продавца");
        _click(_get(Button.class, spec -> spec.withText("Взять другую версию")));

        assertThat(pains.getValue()).isEqualTo("Версия менеджера");
        assertThat(storedPains(session)).isEqualTo("Версия менеджера");
        // The choice is made: the indicator no longer asks for one.
        assertThat(_get(Span.class, spec -> spec.withId("autosave-indicator")).getText())
                .isEqualTo("Все изменения сохранены");
    }

    private String storedPains(DiscoverySession session) {
        return as(me, () -> discovery.open(me, session.getId()).storedAnswer(AnswerField.PAINS));
    }
}
