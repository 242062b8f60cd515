package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.AdviceViews;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The same answer changed elsewhere while the user was typing: shows both versions side by side
 * and lets the user keep theirs or take the other one. Nothing is overwritten until they choose.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(AnswerField field, String mine, String theirs, Runnable keepMine, Runnable takeTheirs) {
        setHeaderTitle(getTranslation("conflict.title", getTranslation(DiscoverySession.labelKey(field))));
        add(new Paragraph(getTranslation("conflict.text")));
        add(version("conflict.theirs", readable(field, theirs)), version("conflict.mine", readable(field, mine)));
        Button keep = new Button(getTranslation("conflict.keep-mine"), click -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button take = new Button(getTranslation("conflict.take-theirs"), click -> {
            close();
            takeTheirs.run();
        });
        getFooter().add(take, keep);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setMaxWidth("48rem");
    }

    /** A choice, a number or a channel list as the user knows it, not its stored form. */
    private String readable(AnswerField field, String stored) {
        return stored == null ? null : AdviceViews.answer(field, stored, getLocale());
    }

    private Div version(String titleKey, String value) {
        Paragraph text = new Paragraph(value == null || value.isBlank() ? getTranslation("conflict.empty") : value);
        text.addClassName("conflict-version");
        return new Div(new H4(getTranslation(titleKey)), text);
    }
}
