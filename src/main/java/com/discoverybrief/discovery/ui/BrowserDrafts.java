package com.discoverybrief.discovery.ui;

import com.vaadin.flow.component.Component;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The server's side of the browser's copy of typed text (see {@link WizardScript}): tells it whose
 * session is open, which texts the database now holds, and reads back what it still keeps.
 */
final class BrowserDrafts {

    private final Component wizard;

    BrowserDrafts(Component wizard) {
        this.wizard = wizard;
    }

    /** The browser keeps texts for this user and session from now on. */
    void open(String username, long sessionId, String savingText) {
        wizard.getElement().executeJs("this.__db && this.__db.open($0, $1, $2)", username, String.valueOf(sessionId),
                savingText);
    }

    /** The database holds {@code value} for this input: the browser forgets its copy if it is the same. */
    void confirm(String elementId, String value) {
        wizard.getElement().executeJs("this.__db && this.__db.confirm($0, $1)", elementId, value);
    }

    void discard(List<String> elementIds) {
        if (elementIds.isEmpty()) {
            return;
        }
        // Element ids hold no line breaks.
        wizard.getElement().executeJs("this.__db && this.__db.discard($0.split('\\n'))", String.join("\n", elementIds));
    }

    /** The session is gone: everything the browser kept for it goes too. */
    void forget() {
        wizard.getElement().executeJs("this.__db && this.__db.forget()");
    }

    /** Reads the texts the browser still keeps for the open session. */
    void read(Consumer<List<Draft>> receiver) {
        wizard.getElement().executeJs("return this.__db ? this.__db.drafts() : '{}'")
                .then(String.class, json -> receiver.accept(parse(json)));
    }

    static List<Draft> parse(String json) {
        List<Draft> drafts = new ArrayList<>();
        JsonValue parsed;
        try {
            parsed = Json.instance().parse(json == null || json.isBlank() ? "{}" : json);
        } catch (RuntimeException e) {
            return drafts;
        }
        if (parsed instanceof JsonObject all) {
            for (String id : all.keys()) {
                if (all.get(id) instanceof JsonObject draft && draft.hasKey("value")) {
                    drafts.add(new Draft(id, draft.getString("value"),
                            draft.hasKey("base") ? draft.getString("base") : "",
                            draft.hasKey("at") ? (long) draft.getNumber("at") : 0));
                }
            }
        }
        return drafts;
    }
}
