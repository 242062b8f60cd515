package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.TimelineEntry;
import com.discoverybrief.strategy.AnswerField;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review screen's timeline and its "erase the client's personal data". */
class ReviewHistoryAndErasureTest extends KaribuTest {

    @Autowired
    DiscoveryService discovery;

    @Test
    void anAccountManagerSeesTheTimelineAndErasesTheClientsPersonalData() {
        Actor manager = signIn(Role.ACCOUNT_MANAGER);
        DiscoverySession session = discovery.start(manager, "Кофейня", Locale.forLanguageTag("ru"));
        discovery.saveAnswer(manager, session.getId(), session.getVersion(), AnswerField.PAINS, null, "Иван боится очередей");
        UI.getCurrent().navigate("review/" + session.getId());

        _click(_get(Button.class, spec -> spec.withId("open-timeline")));
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(timeline.getGenericDataView().getItems().map(TimelineEntry::kind).toList())
                .containsExactly(TimelineEntry.Kind.STARTED, TimelineEntry.Kind.CHANGE);
        _click(_get(Button.class, spec -> spec.withId("timeline-close")));

        _click(_get(Button.class, spec -> spec.withId("erase-personal-data")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("erasure-confirm")));

        assertThat(discovery.open(manager, session.getId()).storedAnswer(AnswerField.PAINS)).isEqualTo("[данные удалены]");
    }
}
