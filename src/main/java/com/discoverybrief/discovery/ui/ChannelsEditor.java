package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.ChannelUse;
import com.discoverybrief.strategy.CurrentChannel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Channels the client uses today, each with what it brings: one row per channel. */
class ChannelsEditor extends CustomField<List<ChannelUse>> {

    private final Map<CurrentChannel, Checkbox> inUse = new EnumMap<>(CurrentChannel.class);
    private final Map<CurrentChannel, Select<ChannelOutcome>> outcomes = new EnumMap<>(CurrentChannel.class);

    ChannelsEditor(String label) {
        setLabel(label);
        setHelperText(getTranslation("field.CHANNELS.hint"));
        Div rows = new Div();
        rows.addClassName("channel-rows");
        for (CurrentChannel channel : CurrentChannel.values()) {
            rows.add(row(channel));
        }
        add(rows);
        setWidthFull();
    }

    private Div row(CurrentChannel channel) {
        Checkbox box = new Checkbox(getTranslation(Translations.enumKey(channel)));
        Select<ChannelOutcome> outcome = new Select<>();
        outcome.setItems(ChannelOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        outcome.setAriaLabel(getTranslation("channels.outcome-of", getTranslation(Translations.enumKey(channel))));
        outcome.setValue(ChannelOutcome.UNKNOWN);
        outcome.setEnabled(false);
        box.addValueChangeListener(event -> outcome.setEnabled(event.getValue()));
        inUse.put(channel, box);
        outcomes.put(channel, outcome);
        Div row = new Div(box, outcome);
        row.addClassName("channel-row");
        return row;
    }

    @Override
    protected List<ChannelUse> generateModelValue() {
        List<ChannelUse> uses = new ArrayList<>();
        inUse.forEach((channel, box) -> {
            if (box.getValue()) {
                uses.add(new ChannelUse(channel, outcomes.get(channel).getValue()));
            }
        });
        return uses;
    }

    @Override
    protected void setPresentationValue(List<ChannelUse> uses) {
        inUse.forEach((channel, box) -> {
            box.setValue(false);
            outcomes.get(channel).setValue(ChannelOutcome.UNKNOWN);
        });
        for (ChannelUse use : uses == null ? List.<ChannelUse>of() : uses) {
            inUse.get(use.channel()).setValue(true);
            outcomes.get(use.channel()).setValue(use.outcome());
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        inUse.values().forEach(box -> box.setReadOnly(readOnly));
        outcomes.values().forEach(outcome -> outcome.setReadOnly(readOnly));
    }

    @Override
    public List<ChannelUse> getEmptyValue() {
        return List.of();
    }
}
