package com.discoverybrief.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.discoverybrief.KaribuTest;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.discovery.SessionFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 15: the statistics' period is at most 53 weeks, said on the field; weeks carry their dates. */
class TeamStatsPeriodTest extends KaribuTest {

    @Test
    void aPeriodOfMoreThan53WeeksIsRefusedOnTheFieldThatAskedForIt() {
        signIn(Role.LEAD);
        UI.getCurrent().navigate("review/stats");
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("stats-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("stats-to"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("stats-total"))).hasSize(1);

        _setValue(from, to.getValue().minusWeeks(60));

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getErrorMessage())
                .isEqualTo("Не больше 53 недель: выберите начало позже или конец раньше.");
        assertThat(to.isInvalid()).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withId("stats-total"))).isEmpty();

        _setValue(to, from.getValue().plusWeeks(30));

        assertThat(from.isInvalid()).isFalse();
        assertThat(to.isInvalid()).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withId("stats-total"))).hasSize(1);
    }

    @Test
    void weeksAreNamedByTheirIsoNumberAndDatesInEnglish() {
        new SessionFixtures(context).session(SessionFixtures.unique("week-label"))
                .changedAt(Instant.parse("2015-12-01T10:00:00Z")).save();
        useLocale(Locale.ENGLISH);
        signIn(Role.LEAD);
        UI.getCurrent().navigate("review/stats");
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("stats-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("stats-to"));

        _setValue(from, LocalDate.of(2015, 11, 25));
        _setValue(to, LocalDate.of(2015, 12, 2));

        List<String> titles = new ArrayList<>();
        collectTitles(_get(TeamStatsView.class).getElement(), titles);
        assertThat(titles).containsExactly("Week 48 · 23–29 Nov 2015", "Week 49 · 30 Nov – 6 Dec 2015");
    }

    private static void collectTitles(Element element, List<String> titles) {
        if (element.getClassList().contains("stats-week")) {
            titles.add(element.getAttribute("title"));
        }
        element.getChildren().forEach(child -> collectTitles(child, titles));
    }
}
