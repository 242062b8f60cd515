package com.discoverybrief.review.ui;

import com.discoverybrief.accounts.CurrentActor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.accounts.Role;
import com.discoverybrief.base.Translations;
import com.discoverybrief.review.ChannelCount;
import com.discoverybrief.review.ReviewService;
import com.discoverybrief.review.TeamStatistics;
import com.discoverybrief.strategy.Level;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The team over a chosen period, for leads: sessions per salesperson per week, readiness per level,
 * the channels recommended first most often, the share that led to a brief. Charts are plain
 * elements styled in the theme; the numbers are in tables next to them.
 */
@Route("review/stats")
@Menu(order = 3, icon = "vaadin:chart", title = "nav.stats")
@RolesAllowed("LEAD")
public class TeamStatsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A period a lead looks back on by default: a quarter. */
    private static final int DEFAULT_WEEKS = 12;

    private final ReviewService review;
    private final CurrentActor currentActor;

    private final People people;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div content = new Div();

    public TeamStatsView(ReviewService review, CurrentActor currentActor, People people, Clock clock) {
        this.review = review;
        this.currentActor = currentActor;
        this.people = people;
        addClassName("team-stats");
        LocalDate today = LocalDate.now(clock);
        from.setId("stats-from");
        from.setLabel(getTranslation("stats.from"));
        from.setValue(today.minusWeeks(DEFAULT_WEEKS));
        to.setId("stats-to");
        to.setLabel(getTranslation("stats.to"));
        to.setValue(today);
        // Issue 15: at most 53 weeks; more is refused with the message on the field that asked for it.
        Binder<Period> binder = new Binder<>();
        Binder.Binding<Period, LocalDate> fromBinding = binder.forField(from)
                .withValidator(day -> fits(day, to.getValue()), tooLong())
                .bind(Period::from, Period::from);
        Binder.Binding<Period, LocalDate> toBinding = binder.forField(to)
                .withValidator(day -> fits(from.getValue(), day), tooLong())
                .bind(Period::to, Period::to);
        binder.setBean(new Period(from.getValue(), to.getValue()));
        from.addValueChangeListener(event -> periodChanged(fromBinding, toBinding));
        to.addValueChangeListener(event -> periodChanged(toBinding, fromBinding));
        HorizontalLayout period = new HorizontalLayout(new H2(getTranslation("stats.title")), from, to);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        content.addClassName("stats-content");
        content.setWidthFull();
        add(period, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentActor.get().has(Role.LEAD)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showStatistics();
    }

    private String tooLong() {
        return getTranslation("stats.period-too-long", ReviewService.STATISTICS_MAX_WEEKS);
    }

    private static boolean fits(LocalDate from, LocalDate to) {
        return from == null || to == null || ReviewService.statisticsCover(from, to);
    }

    /** The changed field says what is wrong with it; the other one's stale message goes once it fits. */
    private void periodChanged(Binder.Binding<Period, LocalDate> changed, Binder.Binding<Period, LocalDate> other) {
        if (!changed.validate().isError()) {
            other.validate();
        }
        showStatistics();
    }

    private void showStatistics() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null || !fits(from.getValue(), to.getValue())) {
            return;
        }
        TeamStatistics stats = review.statistics(currentActor.get(), from.getValue(), to.getValue());
        Paragraph total = new Paragraph(getTranslation("stats.total", stats.sessions()));
        total.setId("stats-total");
        content.add(total, perWeek(stats), readiness(stats), channels(stats), exported(stats));
    }

    private Div perWeek(TeamStatistics stats) {
        Div section = section("stats.per-week");
        long max = stats.perWeek().values().stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(0);
        Element table = table("stats-per-week");
        Element head = new Element("tr");
        head.appendChild(cell("th", getTranslation("stats.salesperson")));
        stats.weeks().forEach(monday -> head.appendChild(weekCell(monday)));
        head.appendChild(cell("th", getTranslation("stats.sum")));
        table.appendChild(head);
        Map<String, String> names = people.displayNames(stats.perWeek().keySet());
        for (Map.Entry<String, List<Long>> row : stats.perWeek().entrySet()) {
            Element line = new Element("tr");
            line.appendChild(cell("th", names.get(row.getKey())));
            for (long count : row.getValue()) {
                Element td = cell("td", count == 0 ? "" : String.valueOf(count));
                // A cell's background grows with the count: the table is its own chart (a heat map).
                td.getStyle().set("--share", String.valueOf(max == 0 ? 0 : (double) count / max));
                td.getClassList().add("heat");
                line.appendChild(td);
            }
            line.appendChild(cell("td", String.valueOf(row.getValue().stream().mapToLong(Long::longValue).sum())));
            table.appendChild(line);
        }
        if (stats.perWeek().isEmpty()) {
            section.add(new Paragraph(getTranslation("stats.none")));
        } else {
            section.getElement().appendChild(wrap(table));
        }
        return section;
    }

    private Div readiness(TeamStatistics stats) {
        Div section = section("stats.readiness");
        section.setId("stats-readiness");
        for (Level level : Level.values()) {
            double value = stats.readiness().get(level);
            section.add(Bars.bar(getTranslation(Translations.enumKey(level)), value, 100,
                    getTranslation("review.readiness-value", Math.round(value))));
        }
        return section;
    }

    private Div channels(TeamStatistics stats) {
        Div section = section("stats.channels");
        section.setId("stats-channels");
        long max = stats.channels().stream().mapToLong(ChannelCount::sessions).max().orElse(0);
        for (ChannelCount count : stats.channels()) {
            section.add(Bars.bar(getTranslation(Translations.enumKey(count.channel())), count.sessions(), max,
                    String.valueOf(count.sessions())));
        }
        if (stats.channels().isEmpty()) {
            section.add(new Paragraph(getTranslation("stats.none")));
        }
        return section;
    }

    private Div exported(TeamStatistics stats) {
        Div section = section("stats.exported");
        section.setId("stats-exported");
        section.add(Bars.bar(getTranslation("stats.exported.label"), stats.exportedShare(), 100,
                getTranslation("stats.exported.value", Math.round(stats.exportedShare()), stats.exported(),
                        stats.sessions())));
        return section;
    }

    private Div section(String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.addClassName("stats-section");
        return section;
    }

    private static Element table(String id) {
        Element table = new Element("table");
        table.setAttribute("id", id);
        table.getClassList().add("stats-table");
        return table;
    }

    private static Element wrap(Element table) {
        Element scroller = new Element("div");
        scroller.getClassList().add("stats-table-scroller");
        // Scrollable with the keyboard too.
        scroller.setAttribute("tabindex", "0");
        scroller.appendChild(table);
        return scroller;
    }

    /** "Week 48 · 23–29 Nov 2026": the ISO week number over its dates, the whole label as the title. */
    private Element weekCell(LocalDate monday) {
        WeekLabel label = WeekLabel.of(monday, getLocale());
        String number = getTranslation("stats.week", label.number());
        Element th = new Element("th");
        th.setAttribute("title", number + " · " + label.dates());
        th.getClassList().add("stats-week");
        th.appendChild(new Element("span").setText(number), new Element("br"), new Element("span").setText(label.dates()));
        return th;
    }

    /** What the binder holds: the two days as the fields last had them. */
    private static final class Period {
        private LocalDate from;
        private LocalDate to;

        Period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        LocalDate from() {
            return from;
        }

        void from(LocalDate day) {
            from = day;
        }

        LocalDate to() {
            return to;
        }

        void to(LocalDate day) {
            to = day;
        }
    }

    private static Element cell(String tag, String text) {
        Element cell = new Element(tag);
        cell.setText(text);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.title") + " · " + getTranslation("app.name");
    }
}
