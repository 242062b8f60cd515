package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionReviews;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.strategy.AnswerField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Adversary (advint): a lead's review step is a judgement on the words they read. When the salesperson
 * changes an answer while the lead has the session open, "Mark reviewed" and "Return" must not accept
 * or reject words the lead never saw: nothing changes, the lead is told, the screen shows the session as
 * it is now, and a typed return comment stays in its dialog.
 */
class ReviewOnWhatWasReadTest extends KaribuTest {

    @Autowired
    private DiscoveryService discovery;
    @Autowired
    private SessionReviews reviews;

    private final Actor salesperson = DiscoveryFixtures.salesperson();
    private Actor lead;

    @BeforeEach
    void signInAsLead() {
        lead = signIn(Role.LEAD);
    }

    @Test
    void aSessionChangedWhileTheLeadReadItIsNotMarkedReviewedUnread() {
        long id = completedSession("Кофейня «Зерно»");
        UI.getCurrent().navigate("review/" + id);
        assertThat(answers()).contains("Офисные сотрудники рядом");

        as(salesperson, () -> answer(id, "Офисные сотрудники рядом", "Студенты соседнего вуза"));
        _click(_get(Button.class, spec -> spec.withId("mark-reviewed")));

        assertThat(reviews.open(lead, id).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(
                notification -> assertThat(text(notification)).contains("Пока вы читали, сессию изменили"));
        assertThat(answers()).contains("Студенты соседнего вуза").doesNotContain("Офисные сотрудники рядом");

        // now the lead has read what is there: the step goes through
        _click(_get(Button.class, spec -> spec.withId("mark-reviewed")));
        assertThat(reviews.open(lead, id).status()).isEqualTo(SessionStatus.REVIEWED);
    }

    @Test
    void aReturnOverWordsTheLeadNeverReadKeepsTheCommentInItsDialog() {
        long id = completedSession("Салон «Лён»");
        UI.getCurrent().navigate("review/" + id);

        as(salesperson, () -> answer(id, "Офисные сотрудники рядом", "Мамы в декрете"));
        _click(_get(Button.class, spec -> spec.withId("return-session")));
        _setValue(_get(TextArea.class, spec -> spec.withId("return-comment")), "Уточните сегменты");
        _click(_get(Button.class, spec -> spec.withId("return-confirm")));

        assertThat(reviews.open(lead, id).status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(reviews.open(lead, id).comments()).isEmpty();
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("return-comment")).getValue()).isEqualTo("Уточните сегменты");
        assertThat(answers()).contains("Мамы в декрете");
    }

    @Test
    void aCommentTypedButNotYetAddedSurvivesAReviewStep() {
        long id = completedSession("Пекарня «Колос»");
        UI.getCurrent().navigate("review/" + id);
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Хорошая встреча, но спросите про сезонность");

        as(salesperson, () -> answer(id, "Офисные сотрудники рядом", "Соседи по дому"));
        _click(_get(Button.class, spec -> spec.withId("mark-reviewed")));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue())
                .isEqualTo("Хорошая встреча, но спросите про сезонность");

        _click(_get(Button.class, spec -> spec.withId("mark-reviewed")));
        assertThat(reviews.open(lead, id).status()).isEqualTo(SessionStatus.REVIEWED);
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue())
                .isEqualTo("Хорошая встреча, но спросите про сезонность");

        _click(_get(Button.class, spec -> spec.withId("comment-add")));
        assertThat(reviews.open(lead, id).comments()).hasSize(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue()).isEmpty();
    }

    private long completedSession(String client) {
        return as(salesperson, () -> {
            long started = discovery.start(salesperson, client, Locale.forLanguageTag("ru")).getId();
            answer(started, null, "Офисные сотрудники рядом");
            discovery.complete(salesperson, started);
            return started;
        });
    }

    private Void answer(long id, String before, String after) {
        discovery.saveAnswer(salesperson, id, discovery.open(salesperson, id).getVersion(), AnswerField.SEGMENTS,
                before, after);
        return null;
    }

    private static String answers() {
        return _get(Div.class, spec -> spec.withId("answers-MACRO")).getElement().getTextRecursively()
                + _get(Div.class, spec -> spec.withId("answers-MESO")).getElement().getTextRecursively()
                + _get(Div.class, spec -> spec.withId("answers-MICRO")).getElement().getTextRecursively();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "") + notification.getElement().getTextRecursively();
    }
}
