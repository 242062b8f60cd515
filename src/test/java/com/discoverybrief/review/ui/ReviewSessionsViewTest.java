package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Actor;
import com.discoverybrief.base.ui.NotFoundView;
import com.discoverybrief.discovery.BriefExports;
import com.discoverybrief.discovery.DiscoveryFixtures;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.SessionStatus;
import com.discoverybrief.review.ReviewRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import com.discoverybrief.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewSessionsViewTest extends KaribuTest {

    @Autowired
    private DiscoveryService discovery;

    @Autowired
    private BriefExports briefs;

    private final Actor salesperson = DiscoveryFixtures.salesperson();
    private Actor lead;

    @BeforeEach
    void signInAsLead() {
        lead = signIn(Role.LEAD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeadFiltersBySalespersonOpensTheSessionAndMarksItReviewed() {
        String client = "Кофейня " + UUID.randomUUID().toString().substring(0, 6);
        long id = completedSession(client);
        Actor colleague = DiscoveryFixtures.salesperson();
        as(colleague, () -> discovery.start(colleague, "Чужая встреча", Locale.ENGLISH));
        UI.getCurrent().navigate("review");

        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-salesperson")), salesperson.username());

        Grid<ReviewRow> grid = _get(Grid.class, spec -> spec.withId("review-grid"));
        List<ReviewRow> rows = GridKt._fetch(grid, 0, 50);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.clientCompany()).isEqualTo(client);
            assertThat(row.status()).isEqualTo(SessionStatus.COMPLETED);
        });

        GridKt._clickItem(grid, 0, 1, false, false, false, false);

        assertThat(currentPath()).isEqualTo("review/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo(client);
        _click(_get(Button.class, spec -> spec.withId("mark-reviewed")));

        assertThat(discovery.open(lead, id).getStatus()).isEqualTo(SessionStatus.REVIEWED);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("review-history")).getElement().getTextRecursively())
                .contains("Проверена");
        assertThat(_get(Button.class, spec -> spec.withId("mark-reviewed")).isEnabled()).isFalse();
    }

    /** The grid counts, then asks for its last rows: they are read from the end and come in the grid's order. */
    @Test
    @SuppressWarnings("unchecked")
    void theLastRowsOfTheGridAreTheListsLastRows() {
        Actor owner = DiscoveryFixtures.salesperson();
        List<String> started = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String client = "Клиент " + i;
            as(owner, () -> discovery.start(owner, client, Locale.forLanguageTag("ru")));
            started.add(client);
        }
        UI.getCurrent().navigate("review");
        _setValue(_get(ComboBox.class, spec -> spec.withId("filter-salesperson")), owner.username());
        Grid<ReviewRow> grid = _get(Grid.class, spec -> spec.withId("review-grid"));

        assertThat(GridKt._size(grid)).isEqualTo(7);
        List<String> all = GridKt._fetch(grid, 0, 50).stream().map(ReviewRow::clientCompany).toList();
        List<String> lastThree = GridKt._fetch(grid, 4, 3).stream().map(ReviewRow::clientCompany).toList();

        assertThat(all).containsExactlyInAnyOrderElementsOf(started);
        assertThat(lastThree).containsExactlyElementsOf(all.subList(4, 7));
    }

    @Test
    void aCommentAddedByTheLeadJoinsTheThread() {
        long id = completedSession("Автосервис");
        UI.getCurrent().navigate("review/" + id);

        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text")), "Спросите про сезонность");
        _click(_get(Button.class, spec -> spec.withId("comment-add")));

        assertThat(_get(UnorderedList.class, spec -> spec.withId("review-thread")).getElement().getTextRecursively())
                .contains("Спросите про сезонность");
    }

    @Test
    void theReviewScreenOffersWhatChangedOnceTheSalespersonExportedABrief() {
        long id = completedSession("Пекарня");
        UI.getCurrent().navigate("review/" + id);
        assertThat(_find(Checkbox.class, spec -> spec.withId("review-download-brief-changes"))).isEmpty();

        as(salesperson, () -> briefs.prepare(salesperson, id));
        UI.getCurrent().navigate("review");
        UI.getCurrent().navigate("review/" + id);

        Checkbox changes = _get(Checkbox.class, spec -> spec.withId("review-download-brief-changes"));
        assertThat(changes.getValue()).isTrue();
        assertThat(changes.getLabel()).isEqualTo("Добавить, что изменилось с прошлого брифа");
        _get(Anchor.class, spec -> spec.withId("review-download-brief"));
    }

    @Test
    void anUnknownSessionShowsTheTranslatedNotFoundPage() {
        UI.getCurrent().navigate("review/987654321");

        assertThat(_get(NotFoundView.class).getElement().getTextRecursively()).contains("Страница не найдена");
    }

    private long completedSession(String client) {
        return as(salesperson, () -> {
            long id = discovery.start(salesperson, client, Locale.ENGLISH).getId();
            discovery.complete(salesperson, id);
            return id;
        });
    }
}
