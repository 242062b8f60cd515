package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.review.ReviewRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Go to date" puts the list in newest-change-first order (whatever was sorted before), in Russian. */
class GoToDateTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void goingToADaySortsByTheLastChangeNewestFirst() {
        signIn(Role.LEAD);
        UI.getCurrent().navigate("review");
        Grid<ReviewRow> grid = _get(Grid.class, spec -> spec.withId("review-grid"));
        grid.sort(GridSortOrder.asc(grid.getColumns().get(0)).build());
        DatePicker goTo = _get(DatePicker.class, spec -> spec.withId("go-to-date"));

        _setValue(goTo, LocalDate.of(2026, 1, 15));

        assertThat(goTo.getLabel()).isEqualTo("Перейти к дате");
        assertThat(grid.getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getSortOrder(SortDirection.DESCENDING).findFirst().orElseThrow().getSorted())
                    .isEqualTo("UPDATED");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
    }
}
