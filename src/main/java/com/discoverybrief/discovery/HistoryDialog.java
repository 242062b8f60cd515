package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.accounts.People;
import com.discoverybrief.base.UserTime;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The history of one field, opened from the field: its versions with author and time (newest first,
 * the first is what is stored now), a word-level diff between the chosen version and another one,
 * and — for someone who may change the session — <i>restore this version</i>, which hands the old
 * value to the editor to save as any other change. Never edits the history itself.
 */
public class HistoryDialog extends Dialog {

    private final Grid<Change> versions = new Grid<>();
    private final Select<Change> compareWith = new Select<>();
    private final Div diff = new Div();
    private final Button restore = new Button();
    private final FieldKey field;
    private final Change before;

    /**
     * @param restorer receives the chosen version's stored value; null when the reader may not
     *                 change the session
     */
    public HistoryDialog(SessionHistory history, Supplier<Actor> actor, People people, long sessionId, FieldKey field,
            Consumer<String> restorer) {
        this.field = field;
        setId("history-dialog");
        String label = getTranslation(field.labelKey());
        setHeaderTitle(getTranslation("history.title", label));
        setWidth("min(56rem, 100vw)");
        List<Change> all = history.versions(actor.get(), sessionId, field);
        // The value before the first kept change: usually nothing.
        this.before = all.isEmpty() ? null
                : new Change(0, field, all.get(all.size() - 1).author(), all.get(all.size() - 1).at(), null,
                        all.get(all.size() - 1).before());
        Map<String, String> names = people.displayNames(all.stream().map(Change::author).distinct().toList());
        DateTimeFormatter time = UserTime.dateTime(locale());

        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("history.none"));
            none.setId("history-none");
            add(none);
        } else {
            versions.setId("history-versions");
            versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            versions.addColumn(change -> time.format(change.at())).setHeader(getTranslation("history.when"))
                    .setAutoWidth(true).setFlexGrow(0);
            versions.addColumn(change -> names.getOrDefault(change.author(), change.author()))
                    .setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
            versions.addColumn(change -> readable(change.after())).setHeader(getTranslation("history.value"))
                    .setFlexGrow(1);
            versions.setItems(all);
            versions.setAllRowsVisible(all.size() <= 8);
            versions.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::choose));

            List<Change> choices = new ArrayList<>(all);
            choices.add(before);
            compareWith.setId("history-compare-with");
            compareWith.setLabel(getTranslation("history.compare-with"));
            compareWith.setWidth("min(24rem, 100%)");
            compareWith.setItems(choices);
            compareWith.setItemLabelGenerator(change -> change == before ? getTranslation("history.first-value")
                    : time.format(change.at()) + " · " + names.getOrDefault(change.author(), change.author()));
            compareWith.addValueChangeListener(change -> showDiff());
            diff.setId("history-diff");
            diff.addClassName("history-diff");
            add(versions, compareWith, new H4(getTranslation("history.diff")), diff);
            versions.select(all.get(0));
        }

        restore.setText(getTranslation("history.restore"));
        restore.setId("history-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.addClickListener(click -> versions.getSelectedItems().stream().findFirst().ifPresent(chosen -> {
            close();
            restorer.accept(chosen.after());
        }));
        restore.setVisible(restorer != null);
        restore.setEnabled(false);
        Button close = new Button(getTranslation("history.close"), click -> close());
        close.setId("history-close");
        getFooter().add(close, restore);
        if (!all.isEmpty()) {
            choose(all.get(0));
        }
    }

    private void choose(Change chosen) {
        List<Change> items = versions.getGenericDataView().getItems().toList();
        int index = items.indexOf(chosen);
        // The newest version against the one before it (what the last change did); an older one
        // against what is stored now (what restoring it would change).
        Change other = index > 0 ? items.get(0) : index + 1 < items.size() ? items.get(index + 1) : before;
        compareWith.setValue(other);
        // The newest version is what is stored: restoring it would change nothing.
        restore.setEnabled(index > 0);
        showDiff();
    }

    private void showDiff() {
        diff.removeAll();
        Change chosen = versions.getSelectedItems().stream().findFirst().orElse(null);
        if (chosen == null) {
            return;
        }
        Change other = compareWith.getValue();
        String older = other == null ? null : other.after();
        for (WordDiff.Segment segment : WordDiff.between(readable(older), readable(chosen.after()))) {
            Span span = new Span();
            span.getElement().appendChild(element(segment));
            diff.add(span);
        }
        if (Objects.equals(older, chosen.after())) {
            diff.add(new Span(getTranslation("history.no-difference")));
        }
    }

    private static Element element(WordDiff.Segment segment) {
        return switch (segment.kind()) {
            case SAME -> new Element("span").setText(segment.text());
            case ADDED -> new Element("ins").setText(segment.text());
            case REMOVED -> new Element("del").setText(segment.text());
        };
    }

    /** A choice, a number or a channel list as the user knows it, not its stored form. */
    private String readable(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (field.kind()) {
            case ANSWER -> AdviceViews.answer(field.answerField(), stored, locale());
            case NOTE, HEADER, AGENCY -> stored;
        };
    }

    private Locale locale() {
        return UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
    }
}
