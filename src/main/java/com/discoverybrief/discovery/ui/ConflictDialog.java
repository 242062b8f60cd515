package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.AdviceViews;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;

/**
 * The same answer changed elsewhere while the user was typing: shows both versions side by side
 * and lets the user keep theirs or take the other one. Nothing is overwritten until they choose.
 */
class ConflictDialog extends Dialog {

    private final Paragraph mine = new Paragraph();

    ConflictDialog(String label, String theirs, String mine, Runnable keepMine, Runnable takeTheirs) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title", label));
        add(new Paragraph(getTranslation("conflict.text")));
        this.mine.setId("conflict-mine");
        showMine(mine);
        add(version("conflict.theirs", new Paragraph(), theirs), version("conflict.mine", this.mine, mine));
        Button keep = new Button(getTranslation("conflict.keep-mine"), click -> {
            close();
            keepMine.run();
        });
        keep.setId("conflict-keep-mine");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button take = new Button(getTranslation("conflict.take-theirs"), click -> {
            close();
            takeTheirs.run();
        });
        take.setId("conflict-take-theirs");
        getFooter().add(take, keep);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        // Not modal: a modal dialog makes the server ignore the field behind it, and the keystrokes
        // still on their way from that field would be dropped. The user's text keeps arriving and the
        // dialog shows the latest.
        setModal(false);
        setMaxWidth("48rem");
    }

    /** A choice, a number or a channel list as the user knows it, not its stored form. */
    static String readable(Component context, Slot slot, String stored) {
        if (!(slot instanceof Slot.Answer answer) || stored == null) {
            return stored;
        }
        Locale locale = context.getUI().map(UI::getLocale).orElseGet(Locale::getDefault);
        return AdviceViews.answer(answer.field(), stored, locale);
    }

    /** The user typed on while the dialog was open: it shows what would be kept. */
    void showMine(String text) {
        mine.setText(text == null || text.isBlank() ? getTranslation("conflict.empty") : text);
    }

    private Div version(String titleKey, Paragraph paragraph, String value) {
        paragraph.setText(value == null || value.isBlank() ? getTranslation("conflict.empty") : value);
        paragraph.addClassName("conflict-version");
        return new Div(new H4(getTranslation(titleKey)), paragraph);
    }
}
