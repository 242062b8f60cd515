package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.SessionReviews;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evidence tags follow the conflict rule of answers: a colleague's tag is never silently overwritten,
 * and it appears to whoever has the same step open; a tag tapped in a deleted session says the session
 * is gone, like any other save.
 */
class EvidenceTagConflictTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;
    @Autowired
    SessionReviews reviews;

    private Actor me;
    private DiscoverySession session;

    @BeforeEach
    void aSessionOpenOnTheFirstQuestionStep() {
        me = signIn(Role.SALES);
        session = as(me, () -> discovery.start(me, "Кофейня", Locale.forLanguageTag("ru")));
        UI.getCurrent().navigate("session/" + session.getId(), QueryParameters.of("step", "1"));
    }

    @Test
    void aTagTappedOverAColleaguesTagDoesNotOverwriteItAndShowsTheirs() {
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveEvidence(manager, session.getId(), AnswerField.PAINS, Evidence.CHECKED_WITH_DATA));

        _setValue(tag(AnswerField.PAINS), Evidence.ASSUMPTION);

        assertThat(storedTag(AnswerField.PAINS)).isEqualTo(Evidence.CHECKED_WITH_DATA);
        assertThat(tag(AnswerField.PAINS).getValue()).isEqualTo(Evidence.CHECKED_WITH_DATA);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(notification -> assertThat(
                text(notification)).contains("Проверено данными"));

        // Now that the user has seen it, a tap of theirs is their choice and is saved.
        _setValue(tag(AnswerField.PAINS), Evidence.ASSUMPTION);
        assertThat(storedTag(AnswerField.PAINS)).isEqualTo(Evidence.ASSUMPTION);
    }

    @Test
    void aColleaguesTagAppearsOnTheOpenStepWhenTheUserSavesSomething() {
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> discovery.saveEvidence(manager, session.getId(), AnswerField.PAINS, Evidence.CHECKED_WITH_DATA));

        _setValue(_get(TextArea.class, spec -> spec.withId("answer-SEGMENTS")), "Студенты рядом");

        assertThat(tag(AnswerField.PAINS).getValue()).isEqualTo(Evidence.CHECKED_WITH_DATA);
    }

    @Test
    void aTagTappedInADeletedSessionSaysTheSessionIsGone() {
        Actor manager = DiscoveryFixtures.accountManager();
        as(manager, () -> {
            reviews.delete(manager, session.getId());
            return null;
        });

        _setValue(tag(AnswerField.PAINS), Evidence.ASSUMPTION);

        assertThat(_get(Span.class, spec -> spec.withId("autosave-indicator")).getText())
                .isEqualTo("Не сохранено: эту сессию удалили.");
        assertThat(NotificationsKt.getNotifications()).noneSatisfy(notification -> assertThat(
                text(notification)).contains("нажмите ещё раз"));
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Evidence> tag(AnswerField field) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("evidence-" + field.name()));
    }

    private Evidence storedTag(AnswerField field) {
        return as(me, () -> discovery.open(me, session.getId()).evidence(field));
    }
}
