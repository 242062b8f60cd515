package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.InvalidInputException;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.strategy.AnswerField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves every change as it happens and says so in a visible indicator. A change that cannot reach
 * the database stays pending and is retried every few seconds; a change someone else made to the
 * same answer in between is never overwritten silently — the conflict handler decides.
 */
class Autosave {

    /** How often a change that failed to save is retried. */
    static final int RETRY_EVERY_MS = 3_000;

    private static final Logger log = LoggerFactory.getLogger(Autosave.class);
    private static final Object HEADER = "header";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the view does when an answer changed elsewhere: show both and let the user choose. */
    interface ConflictHandler {
        void onConflict(AnswerField field, String mine, EditConflictException conflict);

        void onHeaderConflict(EditConflictException conflict);
    }

    private final DiscoveryService discovery;
    private final Actor actor;
    private final long sessionId;
    private final Span indicator = new Span();
    private final Map<AnswerField, String> savedAnswers = new EnumMap<>(AnswerField.class);
    /** What the user sees: saved values overlaid with changes still pending. */
    private final Map<AnswerField, String> currentAnswers = new EnumMap<>(AnswerField.class);
    private SessionHeader currentHeader;
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private final ConflictHandler conflicts;
    private SessionHeader savedHeader;
    private long version;
    private Registration retryPoll;
    /** What the server last said in the indicator, and how often it has spoken. */
    private String lastText;
    private String lastState;
    private int shown;

    Autosave(DiscoveryService discovery, Actor actor, DiscoverySession session, ConflictHandler conflicts) {
        this.discovery = discovery;
        this.actor = actor;
        this.sessionId = session.getId();
        this.version = session.getVersion();
        this.savedHeader = session.getHeader();
        this.currentHeader = savedHeader;
        this.conflicts = conflicts;
        for (AnswerField field : AnswerField.values()) {
            savedAnswers.put(field, session.storedAnswer(field));
            currentAnswers.put(field, session.storedAnswer(field));
        }
        indicator.setId("autosave-indicator");
        indicator.addClassName("autosave-indicator");
        indicator.getElement().setAttribute("role", "status");
        indicator.getElement().setAttribute("aria-live", "polite");
        show(indicator.getTranslation("autosave.all-saved"), "saved");
    }

    Span indicator() {
        return indicator;
    }

    /** Text the browser shows the moment the user types, before the server has the change. */
    String savingText() {
        return indicator.getTranslation("autosave.saving");
    }

    void answer(AnswerField field, String after) {
        currentAnswers.put(field, after);
        pending.put(field, () -> saveAnswer(field, after));
        flush();
    }

    void header(SessionHeader after, Consumer<InvalidInputException> onInvalid) {
        currentHeader = after;
        pending.put(HEADER, () -> {
            try {
                Saved saved = discovery.saveHeader(actor, sessionId, version, savedHeader, after);
                savedHeader = after;
                confirm(saved);
            } catch (InvalidInputException e) {
                onInvalid.accept(e);
            } catch (EditConflictException conflict) {
                markConflict();
                conflicts.onHeaderConflict(conflict);
            }
        });
        flush();
    }

    /** The user chose their own text over the other version: save it on top of what is there now. */
    void overwrite(AnswerField field, String mine, EditConflictException conflict) {
        savedAnswers.put(field, conflict.theirs());
        version = conflict.currentVersion();
        answer(field, mine);
    }

    /** The user took the other version: it is what is saved now. */
    void accept(EditConflictException conflict, AnswerField field) {
        savedAnswers.put(field, conflict.theirs());
        currentAnswers.put(field, conflict.theirs());
        version = conflict.currentVersion();
        show(indicator.getTranslation("autosave.all-saved"), "saved");
    }

    /** The header as the user last edited it. */
    SessionHeader header() {
        return currentHeader;
    }

    /** An answer as the user last edited it (stored form). */
    String answerOf(AnswerField field) {
        return currentAnswers.get(field);
    }

    int answeredCount(List<AnswerField> fields) {
        return (int) fields.stream().map(currentAnswers::get).filter(v -> v != null && !v.isBlank()).count();
    }

    void confirmExternal(Saved saved) {
        confirm(saved);
    }

    /** Whether a change is still waiting for the database. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    private void saveAnswer(AnswerField field, String after) {
        if (Objects.equals(savedAnswers.get(field), after)) {
            return;
        }
        try {
            Saved saved = discovery.saveAnswer(actor, sessionId, version, field, savedAnswers.get(field), after);
            savedAnswers.put(field, after);
            confirm(saved);
        } catch (EditConflictException conflict) {
            markConflict();
            conflicts.onConflict(field, after, conflict);
        } catch (InvalidInputException e) {
            Notification.show(indicator.getTranslation(e.messageKey(), e.limit()), 5_000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Tries the pending changes again; the retry poll calls it every {@link #RETRY_EVERY_MS}. */
    void retryNow() {
        flush();
    }

    private void flush() {
        int shownBefore = shown;
        var iterator = pending.entrySet().iterator();
        while (iterator.hasNext()) {
            var change = iterator.next();
            try {
                change.getValue().run();
                iterator.remove();
            } catch (RuntimeException e) {
                // The database is unreachable or the row is locked: keep the change and try again.
                log.warn("Autosave of session {} failed, will retry: {}", sessionId, e.toString());
                markRetrying();
                return;
            }
        }
        stopRetrying();
        if (shown == shownBefore) {
            // Nothing was saved (the text is what is stored, or it was refused): the browser said
            // "Saving…" on its own, so it hears the last word again.
            show(lastText, lastState);
        }
    }

    private void confirm(Saved saved) {
        version = saved.version();
        show(indicator.getTranslation("autosave.saved", TIME.format(saved.savedAt().atZone(ZoneId.systemDefault()))),
                "saved");
    }

    private void markConflict() {
        show(indicator.getTranslation("autosave.conflict"), "conflict");
    }

    private void markRetrying() {
        show(indicator.getTranslation("autosave.retrying"), "retrying");
        UI ui = UI.getCurrent();
        if (ui != null && retryPoll == null) {
            ui.setPollInterval(RETRY_EVERY_MS);
            retryPoll = ui.addPollListener(event -> retryNow());
        }
    }

    /**
     * The browser says "Saving…" on its own as the user types, behind the server's back; so the
     * server's word is pushed every time, even when it equals what the server sent last (two saves
     * in the same second).
     */
    private void show(String text, String state) {
        shown++;
        lastText = text;
        lastState = state;
        indicator.setText(text);
        indicator.getElement().setAttribute("data-state", state);
        indicator.getElement().executeJs("this.textContent = $0; this.setAttribute('data-state', $1)", text, state);
    }

    private void stopRetrying() {
        if (retryPoll != null) {
            retryPoll.remove();
            retryPoll = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }
}
