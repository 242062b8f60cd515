package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.Adjustment;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The plan as the client will see it, with the account manager's adjustments (issue 19): each
 * recommendation with "adjusted by … : reason" under it, the recommendations left out, the adjustments
 * that no longer apply since the engine's output changed (flagged for review), and the agency note.
 * An account manager adjusts here — hide, up, down, stage, add from the catalogue, each with a
 * required reason — and writes the note; everyone else who sees the session reads it. Shown on the
 * wizard's summary and on the review screen.
 */
public class PlanPanel extends Div {

    private final PlanAdjustments plans;
    private final Supplier<Actor> actor;
    private final long sessionId;
    private final boolean mayAdjust;
    private AdjustedPlan plan;
    private TextArea note;
    /** The note as stored when it was last shown or saved: what the author started from. */
    private String noteSeen;

    public PlanPanel(PlanAdjustments plans, Supplier<Actor> actor, long sessionId, boolean mayAdjust) {
        this.plans = plans;
        this.actor = actor;
        this.sessionId = sessionId;
        this.mayAdjust = mayAdjust;
        addClassName("plan-panel");
        setId("plan-panel");
        show(plans.plan(actor.get(), sessionId));
    }

    /** The plan as it is now. */
    public AdjustedPlan plan() {
        return plan;
    }

    private void show(AdjustedPlan shown) {
        this.plan = shown;
        removeAll();
        H3 title = new H3(getTranslation("plan.title"));
        add(title);
        if (shown.adjusted()) {
            Span marker = new Span(getTranslation("plan.adjusted-marker"));
            marker.getElement().getThemeList().add("badge contrast");
            marker.addClassNames("internal", "plan-adjusted-marker");
            marker.setId("plan-adjusted-marker");
            title.add(new Span(" "), marker);
        }
        Paragraph intro = new Paragraph(getTranslation(mayAdjust ? "plan.intro.adjust" : "plan.intro.read"));
        intro.addClassName("summary-note");
        add(intro);
        OrderedList list = new OrderedList();
        list.setId("plan-recommendations");
        List<Recommendation> final_ = shown.recommendations();
        for (int i = 0; i < final_.size(); i++) {
            list.add(item(final_.get(i), i == 0, i == final_.size() - 1));
        }
        add(list);
        if (mayAdjust) {
            Button add = new Button(getTranslation("plan.add"), VaadinIcon.PLUS.create(), click -> addDialog());
            add.setId("plan-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(add);
        }
        hidden(shown);
        toReview(shown);
        agencyNote(shown);
    }

    private ListItem item(Recommendation recommendation, boolean first, boolean last) {
        Channel channel = recommendation.channel();
        ListItem item = new ListItem();
        item.addClassName("plan-item");
        item.setId("plan-item-" + channel.name());
        Span name = new Span(label(channel));
        name.addClassName("recommendation-channel");
        Span stage = new Span(label(recommendation.stage()));
        stage.getElement().getThemeList().add("badge");
        Div line = new Div(name, new Span(" "), stage);
        line.addClassName("plan-line");
        if (mayAdjust) {
            Div tools = new Div();
            tools.addClassName("plan-tools");
            tools.add(tool(VaadinIcon.ARROW_UP, "plan.up", channel, "up", !first,
                    () -> adjustDialog(Adjustment.moveUp(channel), null)));
            tools.add(tool(VaadinIcon.ARROW_DOWN, "plan.down", channel, "down", !last,
                    () -> adjustDialog(Adjustment.moveDown(channel), null)));
            tools.add(tool(VaadinIcon.FLAG_O, "plan.stage", channel, "stage", true,
                    () -> adjustDialog(null, recommendation)));
            tools.add(tool(VaadinIcon.EYE_SLASH, "plan.hide", channel, "hide", true,
                    () -> adjustDialog(Adjustment.hide(channel), null)));
            line.add(tools);
        }
        item.add(line);
        for (PlanAdjustment adjustment : plan.on(channel)) {
            item.add(byLine(adjustment));
            if (mayAdjust) {
                item.add(withdrawButton(adjustment));
            }
        }
        return item;
    }

    private Button tool(VaadinIcon icon, String key, Channel channel, String id, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setId("plan-" + id + "-" + channel.name());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", getTranslation(key + ".of", label(channel)));
        button.setTooltipText(getTranslation(key + ".of", label(channel)));
        button.setEnabled(enabled);
        return button;
    }

    /** "Adjusted by Anna Petrova: moved up — the client's season starts in March". */
    private Paragraph byLine(PlanAdjustment adjustment) {
        Paragraph by = new Paragraph(getTranslation("plan.adjusted-by", adjustment.author(),
                AdjustmentText.what(adjustment.adjustment(), getLocale()), adjustment.reason()));
        by.addClassNames("plan-adjusted-by", "internal");
        return by;
    }

    private void hidden(AdjustedPlan shown) {
        List<Recommendation> hidden = shown.hidden();
        if (hidden.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("plan-hidden");
        for (Recommendation recommendation : hidden) {
            ListItem item = new ListItem(new Span(label(recommendation.channel())));
            item.addClassName("plan-hidden-item");
            item.setId("plan-hidden-" + recommendation.channel().name());
            shown.on(recommendation.channel()).stream().filter(a -> a.adjustment().kind() == Adjustment.Kind.HIDE)
                    .forEach(a -> {
                        item.add(byLine(a));
                        if (mayAdjust) {
                            item.add(withdrawButton(a));
                        }
                    });
            list.add(item);
        }
        add(new H4(getTranslation("plan.hidden")), list);
    }

    /** Adjustments whose recommendation changed since: shown, never dropped, until someone withdraws them. */
    private void toReview(AdjustedPlan shown) {
        List<PlanAdjustment> stale = shown.toReview();
        if (stale.isEmpty()) {
            return;
        }
        Div box = new Div();
        box.setId("plan-to-review");
        box.addClassNames("plan-to-review", "internal");
        box.add(new H4(getTranslation("plan.to-review")));
        Paragraph why = new Paragraph(getTranslation("plan.to-review.why"));
        why.addClassName("summary-note");
        box.add(why);
        UnorderedList list = new UnorderedList();
        for (PlanAdjustment adjustment : stale) {
            ListItem item = new ListItem(byLine(adjustment));
            item.addClassName("plan-stale");
            if (mayAdjust) {
                item.add(withdrawButton(adjustment));
            }
            list.add(item);
        }
        box.add(list);
        add(box);
    }

    private void agencyNote(AdjustedPlan shown) {
        // words typed but not yet saved survive any refresh of the plan (an adjustment, a withdrawal, a
        // colleague's conflict): they stay in the field, and their author still started from the note
        // they saw, so saving them over a colleague's newer note is a conflict, never a silent overwrite
        String typed = note != null && mayAdjust
                && !Objects.equals(note.getValue(), Objects.requireNonNullElse(noteSeen, "")) ? note.getValue() : null;
        if (typed == null) {
            noteSeen = shown.agencyNote();
        }
        if (!mayAdjust) {
            add(new H4(getTranslation("agency-note.label")));
            Paragraph text = new Paragraph(shown.agencyNote() == null ? getTranslation("agency-note.none")
                    : shown.agencyNote());
            text.setId("agency-note-text");
            text.addClassName(shown.agencyNote() == null ? "summary-note" : "agency-note-text");
            add(text);
            return;
        }
        note = new TextArea(getTranslation("agency-note.label"));
        note.addClassName("agency-note-field");
        note.setId("agency-note");
        note.setWidthFull();
        note.setHelperText(getTranslation("agency-note.helper"));
        note.setValue(typed != null ? typed : Objects.requireNonNullElse(shown.agencyNote(), ""));
        Button save = new Button(getTranslation("agency-note.save"), click -> saveNote());
        save.setId("agency-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(note, save);
    }

    private void saveNote() {
        String mine = note.getValue();
        if (mine.strip().length() > PlanAdjustments.NOTE_LIMIT) {
            note.setErrorMessage(getTranslation("validation.too-long", PlanAdjustments.NOTE_LIMIT));
            note.setInvalid(true);
            return;
        }
        try {
            AdjustedPlan saved = plans.saveAgencyNote(actor.get(), sessionId, noteSeen, mine);
            note.setInvalid(false);
            noteSeen = saved.agencyNote();
            plan = saved;
            notice("agency-note.saved");
        } catch (InvalidInputException e) {
            note.setErrorMessage(getTranslation(e.messageKey(), e.limit()));
            note.setInvalid(true);
        } catch (EditConflictException e) {
            // the colleague's note is shown beside; ours stays in the field, nothing is lost
            noteSeen = e.theirs();
            note.setErrorMessage(getTranslation("agency-note.conflict", e.theirs() == null ? "—" : e.theirs()));
            note.setInvalid(true);
        }
    }

    private Button withdrawButton(PlanAdjustment adjustment) {
        Button withdraw = new Button(getTranslation("plan.withdraw"), click -> withdraw(adjustment));
        withdraw.setId("plan-withdraw-" + adjustment.id());
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return withdraw;
    }

    private void withdraw(PlanAdjustment adjustment) {
        try {
            show(plans.withdraw(actor.get(), sessionId, plan.revision(), adjustment.id()));
            notice("plan.withdrawn");
        } catch (EditConflictException e) {
            show(plans.plan(actor.get(), sessionId));
            error(getTranslation("plan.conflict"));
        }
    }

    /**
     * Asks for the reason (and, for a stage change, the new stage) before an adjustment is made;
     * {@code fixed} is the adjustment, or null for a stage change of {@code restage}.
     */
    private void adjustDialog(Adjustment fixed, Recommendation restage) {
        Dialog dialog = new Dialog();
        dialog.setId("adjust-dialog");
        Select<Stage> stage = new Select<>();
        if (fixed == null) {
            dialog.setHeaderTitle(getTranslation("plan.stage.of", label(restage.channel())));
            stage.setId("adjust-stage");
            stage.setLabel(getTranslation("plan.stage.label"));
            stage.setItems(Arrays.stream(Stage.values()).filter(s -> s != restage.stage()).toList());
            stage.setItemLabelGenerator(this::label);
            dialog.add(stage);
        } else {
            dialog.setHeaderTitle(AdjustmentText.what(fixed, getLocale()));
        }
        TextArea reason = reasonField();
        dialog.add(reason);
        open(dialog, reason, () -> {
            if (fixed == null && stage.getValue() == null) {
                stage.setErrorMessage(getTranslation("validation.required"));
                stage.setInvalid(true);
                return null;
            }
            return fixed != null ? fixed : Adjustment.stage(restage.channel(), stage.getValue());
        });
    }

    /** Adds a channel from the catalogue that the plan does not have, with its stage and the reason. */
    private void addDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("adjust-dialog");
        dialog.setHeaderTitle(getTranslation("plan.add"));
        ComboBox<Channel> channel = new ComboBox<>(getTranslation("plan.add.channel"));
        channel.setId("adjust-channel");
        channel.setItems(Arrays.stream(Channel.values())
                .filter(c -> plan.recommendations().stream().noneMatch(r -> r.channel() == c)).toList());
        channel.setItemLabelGenerator(this::label);
        channel.setWidthFull();
        Select<Stage> stage = new Select<>();
        stage.setId("adjust-stage");
        stage.setLabel(getTranslation("plan.stage.label"));
        stage.setItems(Stage.values());
        stage.setItemLabelGenerator(this::label);
        stage.setValue(Stage.TEST);
        int size = plan.recommendations().size();
        Select<Integer> place = new Select<>();
        place.setId("adjust-place");
        place.setLabel(getTranslation("plan.add.place"));
        place.setItems(java.util.stream.IntStream.rangeClosed(1, size + 1).boxed().toList());
        place.setItemLabelGenerator(n -> n == size + 1 ? getTranslation("plan.add.place.last", n)
                : getTranslation("plan.add.place.step", n));
        place.setValue(size + 1);
        TextArea reason = reasonField();
        Div choices = new Div(stage, place);
        choices.addClassName("plan-add-choices");
        dialog.add(new Div(channel), choices, reason);
        open(dialog, reason, () -> {
            if (channel.getValue() == null) {
                channel.setErrorMessage(getTranslation("validation.required"));
                channel.setInvalid(true);
                return null;
            }
            return Adjustment.add(channel.getValue(), stage.getValue(), place.getValue());
        });
    }

    /**
     * Opens an adjustment dialog with Cancel and Save; Save submits what {@code adjustment} makes of the
     * dialog's fields with the reason, or nothing when it returns null (a field already says why).
     */
    private void open(Dialog dialog, TextArea reason, Supplier<Adjustment> adjustment) {
        Button save = new Button(getTranslation("plan.save"), click -> {
            Adjustment made = adjustment.get();
            if (made != null && submit(dialog, made, reason)) {
                dialog.close();
            }
        });
        save.setId("adjust-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("plan.cancel"), click -> dialog.close());
        cancel.setId("adjust-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private TextArea reasonField() {
        TextArea reason = new TextArea(getTranslation("plan.reason"));
        reason.setId("adjust-reason");
        reason.setWidthFull();
        reason.setHelperText(getTranslation("plan.reason.helper"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(PlanAdjustments.REASON_LIMIT);
        return reason;
    }

    /** Makes the adjustment; a refusal is said on the field and keeps the dialog (and the reason) open. */
    private boolean submit(Dialog dialog, Adjustment adjustment, TextArea reason) {
        try {
            show(plans.adjust(actor.get(), sessionId, plan.revision(), adjustment, reason.getValue()));
            notice("plan.adjusted");
            return true;
        } catch (InvalidInputException e) {
            if (e.fieldKey().equals("adjustment.reason")) {
                reason.setErrorMessage(getTranslation(e.messageKey(), e.limit()));
                reason.setInvalid(true);
            } else {
                // the plan moved under the dialog (a colleague's answer changed it): shown as it is now;
                // the reason the account manager typed stays in the open dialog, with why it was not saved
                show(plans.plan(actor.get(), sessionId));
                reason.setErrorMessage(getTranslation(e.messageKey()));
                reason.setInvalid(true);
            }
        } catch (EditConflictException e) {
            // a colleague adjusted meanwhile: the plan underneath is shown as it is now, the reason stays
            show(plans.plan(actor.get(), sessionId));
            reason.setErrorMessage(getTranslation("plan.conflict"));
            reason.setInvalid(true);
        }
        return false;
    }

    private String label(Enum<?> value) {
        return Translations.text(getLocale(), Translations.enumKey(value));
    }

    private void notice(String key) {
        Notification.show(getTranslation(key), 3_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String message) {
        Notification.show(message, 5_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
