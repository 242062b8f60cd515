package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.discovery.AnswerValues;
import com.discoverybrief.strategy.ChannelUse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The same answer changed elsewhere while the user was typing: shows both versions side by side
 * and lets the user keep theirs or take the other one. Nothing is overwritten until they choose.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(String label, String theirs, String mine, Runnable keepMine, Runnable takeTheirs) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title", label));
        add(new Paragraph(getTranslation("conflict.text")));
        add(version("conflict.theirs", theirs), version("conflict.mine", mine));
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
        setMaxWidth("48rem");
    }

    /** A choice or a channel list as the user knows it, not its stored form. */
    static String readable(Component context, Slot slot, String stored) {
        if (!(slot instanceof Slot.Answer answer)) {
            return stored;
        }
        Object value = AnswerValues.parse(answer.field(), stored);
        if (value instanceof Enum<?> choice) {
            return context.getTranslation(Translations.enumKey(choice));
        }
        if (value instanceof List<?> uses) {
            return uses.stream().map(ChannelUse.class::cast)
                    .map(use -> context.getTranslation(Translations.enumKey(use.channel())) + " — "
                            + context.getTranslation(Translations.enumKey(use.outcome())))
                    .collect(Collectors.joining("; "));
        }
        return stored;
    }

    private Div version(String titleKey, String value) {
        Paragraph text = new Paragraph(value == null || value.isBlank() ? getTranslation("conflict.empty") : value);
        text.addClassName("conflict-version");
        return new Div(new H4(getTranslation(titleKey)), text);
    }
}
