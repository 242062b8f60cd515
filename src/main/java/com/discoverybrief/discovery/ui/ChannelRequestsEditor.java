package com.discoverybrief.discovery.ui;

import com.discoverybrief.base.Translations;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.ChannelRequest;
import com.discoverybrief.strategy.RequestMotive;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The channels the client asks for, each with why: one row per channel a client may name. Every
 * ticked channel gets a verdict in the brief.
 */
class ChannelRequestsEditor extends CustomField<List<ChannelRequest>> {

    private final Map<Channel, Checkbox> asked = new EnumMap<>(Channel.class);
    private final Map<Channel, Select<RequestMotive>> motives = new EnumMap<>(Channel.class);

    ChannelRequestsEditor(String label) {
        setLabel(label);
        setHelperText(getTranslation("field.REQUESTED_CHANNELS.hint"));
        Div rows = new Div();
        rows.addClassName("channel-rows");
        Arrays.stream(Channel.values()).filter(Channel::isRequestable).forEach(channel -> rows.add(row(channel)));
        add(rows);
        setWidthFull();
    }

    private Div row(Channel channel) {
        Checkbox box = new Checkbox(getTranslation(Translations.enumKey(channel)));
        Select<RequestMotive> motive = new Select<>();
        motive.setItems(RequestMotive.values());
        motive.setItemLabelGenerator(value -> getTranslation(Translations.enumKey(value)));
        motive.setAriaLabel(getTranslation("channels.motive-of", getTranslation(Translations.enumKey(channel))));
        motive.setValue(RequestMotive.UNKNOWN);
        motive.setEnabled(false);
        box.addValueChangeListener(event -> {
            motive.setEnabled(event.getValue());
            if (event.isFromClient()) {
                updateValue();
            }
        });
        motive.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                updateValue();
            }
        });
        asked.put(channel, box);
        motives.put(channel, motive);
        Div row = new Div(box, motive);
        row.addClassName("channel-row");
        return row;
    }

    @Override
    protected List<ChannelRequest> generateModelValue() {
        List<ChannelRequest> requests = new ArrayList<>();
        asked.forEach((channel, box) -> {
            if (box.getValue()) {
                requests.add(new ChannelRequest(channel, motives.get(channel).getValue()));
            }
        });
        return requests;
    }

    @Override
    protected void setPresentationValue(List<ChannelRequest> requests) {
        asked.forEach((channel, box) -> {
            box.setValue(false);
            motives.get(channel).setValue(RequestMotive.UNKNOWN);
        });
        for (ChannelRequest request : requests == null ? List.<ChannelRequest>of() : requests) {
            asked.get(request.channel()).setValue(true);
            motives.get(request.channel()).setValue(request.motive());
        }
    }

    @Override
    public List<ChannelRequest> getEmptyValue() {
        return List.of();
    }
}
