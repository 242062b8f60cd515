package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.base.Translations;
import com.discoverybrief.base.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A session's timeline in one place: when it was started, every change of a field (bursts of typing
 * as one), status changes, comments and brief exports, oldest first. Read-only.
 */
public class TimelineDialog extends Dialog {

    public TimelineDialog(SessionHistory history, Supplier<Actor> actor, People people, long sessionId) {
        setId("timeline-dialog");
        setHeaderTitle(getTranslation("timeline.title"));
        setWidth("min(60rem, 100vw)");
        List<TimelineEntry> entries = history.timeline(actor.get(), sessionId);
        Map<String, String> names = people.displayNames(entries.stream().map(TimelineEntry::actor).distinct().toList());
        Locale locale = UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
        DateTimeFormatter time = UserTime.dateTime(locale);
        Grid<TimelineEntry> grid = new Grid<>();
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> time.format(entry.at())).setHeader(getTranslation("history.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> names.getOrDefault(entry.actor(), entry.actor())).setHeader(getTranslation("history.who"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> describe(entry, locale)).setHeader(getTranslation("timeline.what")).setFlexGrow(1);
        grid.setItems(entries);
        grid.setHeight("min(32rem, 70vh)");
        add(grid);
        Button close = new Button(getTranslation("history.close"), click -> close());
        close.setId("timeline-close");
        getFooter().add(close);
    }

    private String describe(TimelineEntry entry, Locale locale) {
        return switch (entry.kind()) {
            case STARTED -> getTranslation("timeline.started");
            case CHANGE -> getTranslation("timeline.change", getTranslation(entry.change().field().labelKey()),
                    shorten(readable(entry.change(), locale)));
            case STATUS -> getTranslation("timeline.status",
                    getTranslation(Translations.enumKey(SessionStatus.valueOf(entry.detail()))));
            case COMMENT -> getTranslation("timeline.comment", shorten(entry.detail()));
            case BRIEF_EXPORT -> getTranslation("timeline.brief-export");
            case ADJUSTED -> getTranslation("timeline.adjusted", AdjustmentText.what(entry.adjustment(), locale),
                    shorten(entry.detail()));
            case ADJUSTMENT_WITHDRAWN -> getTranslation("timeline.adjustment-withdrawn",
                    AdjustmentText.what(entry.adjustment(), locale));
        };
    }

    private static String readable(Change change, Locale locale) {
        if (change.after() == null) {
            return "—";
        }
        return change.field().kind() == FieldKey.Kind.ANSWER
                ? AdviceViews.answer(change.field().answerField(), change.after(), locale) : change.after();
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
