package com.discoverybrief.discovery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.accounts.internal.AccountFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.PlanAdjustments;
import com.discoverybrief.review.ReviewRow;
import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 19 on screen: an account manager adjusts with a reason and writes the note; others read them. */
class PlanAdjustmentsViewTest extends KaribuTest {

    private static final int SUMMARY = 6;

    @Test
    void anAccountManagerHidesARecommendationWithAReasonAndTheReasonIsRequired() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        Actor manager = signIn(Role.ACCOUNT_MANAGER);
        long id = as(sales, () -> discovery().start(sales, "Кофейня «Зерно»", Locale.forLanguageTag("ru")).getId());
        Channel first = as(sales, () -> plans().plan(sales, id).recommendations().get(0).channel());
        openSummary(id);

        _click(_get(Button.class, spec -> spec.withId("plan-hide-" + first.name())));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("adjust-reason"));
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Заполните, пожалуйста.");
        _setValue(reason, "Клиент уже сделал это\u0007 сам");
        _click(_get(Button.class, spec -> spec.withId("adjust-save")));

        assertThat(_find(ListItem.class, spec -> spec.withId("plan-item-" + first.name()))).isEmpty();
        ListItem hidden = _get(ListItem.class, spec -> spec.withId("plan-hidden-" + first.name()));
        assertThat(hidden.getElement().getTextRecursively()).contains(
                "Скорректировал(а) " + manager.displayName() + ": Скрыто: ", "Клиент уже сделал это сам");
        assertThat(_get(Span.class, spec -> spec.withId("plan-adjusted-marker")).getText()).isEqualTo("скорректирован");
        assertThat(as(sales, () -> plans().plan(sales, id).adjustments())).hasSize(1);
    }

    @Test
    void theAgencyNoteSaysWhenItIsTooLongAndKeepsTheText() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        signIn(Role.ACCOUNT_MANAGER);
        long id = as(sales, () -> discovery().start(sales, "Кофейня", Locale.forLanguageTag("ru")).getId());
        openSummary(id);
        TextArea note = _get(TextArea.class, spec -> spec.withId("agency-note"));

        String tooLong = "я".repeat(PlanAdjustments.NOTE_LIMIT + 1);
        _setValue(note, tooLong);
        _click(_get(Button.class, spec -> spec.withId("agency-note-save")));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Слишком длинно: не больше 2\u00A0000 символов.");
        assertThat(note.getValue()).isEqualTo(tooLong);

        _setValue(note, "Начнём с выставки в марте.");
        _click(_get(Button.class, spec -> spec.withId("agency-note-save")));
        assertThat(note.isInvalid()).isFalse();
        assertThat(as(sales, () -> plans().plan(sales, id).agencyNote())).isEqualTo("Начнём с выставки в марте.");
    }

    @Test
    void theSalespersonReadsTheAdjustmentsAndCannotAdjust() {
        Actor sales = signIn(Role.SALES);
        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        long id = discovery().start(sales, "Кофейня", Locale.forLanguageTag("ru")).getId();
        List<Recommendation> plan = plans().plan(sales, id).recommendations();
        Channel second = plan.get(1).channel();
        as(manager, () -> plans().adjust(manager, id, 0, Adjustment.moveUp(second), "Клиенту это важнее"));
        as(manager, () -> plans().saveAgencyNote(manager, id, null, "Рады работать с вами."));
        openSummary(id);

        assertThat(_find(Button.class, spec -> spec.withId("plan-hide-" + second.name()))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("agency-note"))).isEmpty();
        ListItem item = _get(ListItem.class, spec -> spec.withId("plan-item-" + second.name()));
        assertThat(item.getElement().getTextRecursively()).contains("Скорректировал(а) " + manager.displayName()
                + ": Поднято выше: ", "Клиенту это важнее");
        assertThat(_get(Div.class, spec -> spec.withId("plan-panel")).getElement().getTextRecursively())
                .contains("Рады работать с вами.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeadSeesTheAdjustedMarkerInTheReviewListAndTheReasonsOnTheSession() {
        Actor sales = AccountFixtures.user(context, Role.SALES);
        Actor manager = AccountFixtures.user(context, Role.ACCOUNT_MANAGER);
        String client = "Пекарня " + System.nanoTime();
        long id = as(sales, () -> {
            DiscoverySession session = discovery().start(sales, client, Locale.forLanguageTag("ru"));
            discovery().complete(sales, session.getId());
            return session.getId();
        });
        Channel first = as(sales, () -> plans().plan(sales, id).recommendations().get(0).channel());
        as(manager, () -> plans().adjust(manager, id, 0, Adjustment.hide(first), "Уже сделано"));
        signIn(Role.LEAD);

        UI.getCurrent().navigate("review?q=" + client.replace(" ", "%20"));
        Grid<ReviewRow> grid = _get(Grid.class, spec -> spec.withId("review-grid"));
        List<ReviewRow> rows = GridKt._fetch(grid, 0, 50).stream().filter(r -> r.id() == id).toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.adjusted()).isTrue());

        UI.getCurrent().navigate("review/" + id);
        Div panel = _get(Div.class, spec -> spec.withId("plan-panel"));
        assertThat(panel.getElement().getTextRecursively()).contains("скорректирован", "Уже сделано");
        assertThat(_find(Button.class, spec -> spec.withId("plan-add"))).isEmpty();
    }

    private static void openSummary(long id) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("session/" + id);
        _click(_get(Button.class, spec -> spec.withId("step-" + SUMMARY)));
    }

    private DiscoveryService discovery() {
        return context.getBean(DiscoveryService.class);
    }

    private PlanAdjustments plans() {
        return context.getBean(PlanAdjustments.class);
    }
}
