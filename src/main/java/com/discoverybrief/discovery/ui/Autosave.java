package com.discoverybrief.discovery.ui;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.base.UserTime;
import com.discoverybrief.discovery.CleanText;
import com.discoverybrief.discovery.DiscoveryService;
import com.discoverybrief.discovery.DiscoverySession;
import com.discoverybrief.discovery.EditConflictException;
import com.discoverybrief.discovery.InvalidInputException;
import com.discoverybrief.discovery.Saved;
import com.discoverybrief.discovery.SessionHeader;
import com.discoverybrief.discovery.SessionNotFoundException;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Evidence;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Saves every change as it happens and says so in a visible indicator. Made once per wizard and
 * pointed at a session with {@link #load}.
 *
 * <ul>
 * <li>A change the database cannot take right now (unreachable, timed out, busy) stays pending and is
 * retried every few seconds: "Not saved — retrying".</li>
 * <li>A value refused for good (too long, not a valid choice) is said on its field and the indicator
 * says "Not saved" until it is fixed; the other answers keep saving.</li>
 * <li>A session that was deleted or may no longer be edited stops saving with a message in words.</li>
 * <li>The same answer changed by someone else since the user last saw it is never overwritten: the
 * listener shows both versions. Whenever a save shows that someone else changed the session, the
 * "value before editing" of every answer the user is not editing is refreshed, so the next save
 * compares against what is really stored.</li>
 * </ul>
 */
class Autosave {

    /** How often a change that failed to save is retried. */
    static final int RETRY_EVERY_MS = 3_000;

    private static final Logger log = LoggerFactory.getLogger(Autosave.class);
    private static final Object HEADER = "header";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What the wizard does with what the database said. */
    interface Listener {

        /** The same answer or note changed elsewhere: show both and let the user choose. */
        void onConflict(Slot slot, String mine, EditConflictException conflict);

        /** The user typed on while the choice is open: the choice shows the latest text. */
        void onConflictUpdated(Slot slot, String mine);

        void onHeaderConflict(EditConflictException conflict);

        /** A value was refused for good: say so on its field (null message: the field is fine again). */
        void onRefused(String elementId, String message);

        /**
         * Nothing can be saved any more: say so on the page, stop editing. {@code gone}: the session
         * itself was deleted, so what the browser kept for it can never be saved either.
         */
        void onStopped(String message, boolean gone);

        /** A value reached the database: the browser may forget its own copy of it. */
        void onConfirmed(String elementId, String value);

        /** Someone else changed the session: these answers and header properties now hold newer data. */
        void onNewerData(Set<Slot> slots, Set<String> headerProperties);

        /** Someone else changed these evidence tags: show them. */
        default void onNewerTags(Map<AnswerField, Evidence> tags) {
        }

        /** The user tapped a tag someone else had changed meanwhile: nothing was saved; show theirs. */
        default void onTagConflict(AnswerField field, Evidence theirs) {
        }
    }

    private final DiscoveryService discovery;
    private final Supplier<Actor> actor;
    private final Listener listener;
    /** Whether the user is in the field with this element id right now. */
    private final Predicate<String> inUse;
    private final Span indicator = new Span();
    private final List<Slot> slots = Slot.all();

    private long sessionId;
    private long version;
    /** What the database holds as far as this editor knows: the "before" of the next save. */
    private final Map<Slot, String> saved = new HashMap<>();
    /** What the user sees: saved values overlaid with changes still pending. */
    private final Map<Slot, String> current = new HashMap<>();
    private SessionHeader savedHeader;
    private SessionHeader currentHeader;
    /** Evidence tags as the database holds them as far as this editor knows: the "before" of a tap. */
    private final Map<AnswerField, Evidence> savedTags = new EnumMap<>(AnswerField.class);
    /** Answer fields marked "ask at the next meeting", as the user sees them. */
    private final Set<AnswerField> marks = EnumSet.noneOf(AnswerField.class);
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private final Set<Object> conflicts = new LinkedHashSet<>();
    /** Client fields changed here and elsewhere at once: not saved over the other change until a reload. */
    private final Set<String> headerConflicts = new LinkedHashSet<>();
    /** Element id → message, for values refused for good and not yet fixed. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    private Registration retryPoll;
    private Instant lastSavedAt;
    private String stoppedMessage;

    Autosave(DiscoveryService discovery, Supplier<Actor> actor, Listener listener, Predicate<String> inUse) {
        this.discovery = discovery;
        this.actor = actor;
        this.listener = listener;
        this.inUse = inUse;
        indicator.setId("autosave-indicator");
        indicator.addClassName("autosave-indicator");
        indicator.getElement().setAttribute("role", "status");
        indicator.getElement().setAttribute("aria-live", "polite");
    }

    /** Points the editor at a session as it was just read; forgets everything about the previous one. */
    void load(DiscoverySession session) {
        stopRetrying();
        sessionId = session.getId();
        version = session.getVersion();
        savedHeader = session.getHeader();
        currentHeader = savedHeader;
        pending.clear();
        conflicts.clear();
        headerConflicts.clear();
        refused.clear();
        lastSavedAt = null;
        stoppedMessage = null;
        for (Slot slot : slots) {
            saved.put(slot, slot.storedIn(session));
            current.put(slot, slot.storedIn(session));
        }
        marks.clear();
        marks.addAll(session.askNextTime());
        savedTags.clear();
        for (AnswerField field : AnswerField.values()) {
            savedTags.put(field, session.evidence(field));
        }
        updateIndicator();
    }

    Span indicator() {
        return indicator;
    }

    /** Text the browser shows the moment the user types, before the server has the change. */
    String savingText() {
        return indicator.getTranslation("autosave.saving");
    }

    void change(Slot slot, String after) {
        current.put(slot, after);
        if (conflicts.contains(slot)) {
            // Nothing is saved over the other version before the user chooses; their text waits.
            listener.onConflictUpdated(slot, after);
            updateIndicator();
            return;
        }
        pending.put(slot, () -> save(slot, saved.get(slot), after));
        flush();
    }

    /**
     * Saves text the browser kept from an earlier visit, typed over {@code base}: if the answer
     * changed elsewhere since, the user sees both versions, as with any conflict.
     */
    void restore(Slot slot, String base, String text) {
        current.put(slot, text);
        pending.put(slot, () -> save(slot, stored(base), text));
        flush();
    }

    /**
     * Saves the header; properties the user left alone keep whatever is stored. A property that
     * conflicts with someone else's change is left out until the user reloads; every other client
     * field keeps saving.
     */
    void header(SessionHeader after) {
        currentHeader = after;
        pending.put(HEADER, () -> saveHeader(currentHeader));
        flush();
    }

    /** Marks an answer field "ask at the next meeting", or clears the mark. */
    void mark(AnswerField field, boolean ask) {
        if (ask) {
            marks.add(field);
        } else {
            marks.remove(field);
        }
        pending.put(new Mark(field), () -> confirm(discovery.askNextTime(actor.get(), sessionId, field, ask)));
        flush();
    }

    /**
     * Tags where an answer comes from, under the conflict rule: a tag someone else changed since the
     * user last saw it is not overwritten; the user is shown theirs and may tap again. Failures are
     * handled like any save (retried while the database is away, said in words when final).
     */
    void tag(AnswerField field, Evidence chosen) {
        pending.put(new Tag(field), () -> saveTag(field, chosen));
        flush();
    }

    private void saveTag(AnswerField field, Evidence chosen) {
        try {
            Saved result = discovery.saveEvidence(actor.get(), sessionId, field, savedTags.get(field), chosen);
            savedTags.put(field, chosen);
            confirm(result);
        } catch (EditConflictException conflict) {
            Evidence theirs = Evidence.valueOf(conflict.theirs());
            savedTags.put(field, theirs);
            version = conflict.currentVersion();
            listener.onTagConflict(field, theirs);
        }
    }

    boolean isMarked(AnswerField field) {
        return marks.contains(field);
    }

    /**
     * The user chose their own text over the other version: their latest text is saved on top of
     * what is there now.
     */
    void overwrite(Slot slot, EditConflictException conflict) {
        conflicts.remove(slot);
        saved.put(slot, conflict.theirs());
        version = conflict.currentVersion();
        change(slot, current.get(slot));
    }

    /** The user took the other version: it is what is saved now. */
    void accept(Slot slot, EditConflictException conflict) {
        conflicts.remove(slot);
        saved.put(slot, conflict.theirs());
        current.put(slot, conflict.theirs());
        version = conflict.currentVersion();
        updateIndicator();
    }

    /** A value the wizard itself refuses (an empty client name): shown like one the service refused. */
    void refuse(String elementId, String message) {
        refused.put(elementId, message);
        updateIndicator();
    }

    /** The field the wizard refused holds a valid value again. */
    void clearRefusal(String elementId) {
        if (refused.remove(elementId) != null) {
            updateIndicator();
        }
    }

    /** The header as the user last edited it. */
    SessionHeader header() {
        return currentHeader;
    }

    /** A text as the user last edited it (stored form for answers). */
    String valueOf(Slot slot) {
        return current.get(slot);
    }

    int answeredCount(List<Slot> of) {
        return (int) of.stream().map(current::get).filter(v -> v != null && !v.isBlank()).count();
    }

    /** A change made by another action of this user (complete, recompute, mark): its version is ours. */
    void confirmExternal(Saved saved) {
        confirm(saved);
    }

    /** Whether a change is still waiting for the database. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Whether the session can still be saved (not deleted, access not lost). */
    boolean isStopped() {
        return stoppedMessage != null;
    }

    long sessionId() {
        return sessionId;
    }

    /** Tries the pending changes again; the retry poll calls it every {@link #RETRY_EVERY_MS}. */
    void retryNow() {
        flush();
    }

    /**
     * The browser finished a burst of typing: whatever it sent has been handled by now, so the
     * indicator says what is true — also when the keystrokes changed nothing the server could see.
     */
    void settle() {
        updateIndicator();
    }

    private void save(Slot slot, String before, String after) {
        String stored = stored(after);
        if (Objects.equals(saved.get(slot), stored)) {
            clearRefused(slot.elementId());
            listener.onConfirmed(slot.elementId(), after);
            return;
        }
        try {
            Saved result = slot.save(discovery, actor.get(), sessionId, version, before, after);
            saved.put(slot, stored);
            clearRefused(slot.elementId());
            listener.onConfirmed(slot.elementId(), after);
            confirm(result);
        } catch (EditConflictException conflict) {
            conflicts.add(slot);
            listener.onConflict(slot, after, conflict);
        } catch (InvalidInputException e) {
            refusedByService(slot.elementId(), indicator.getTranslation(e.messageKey(), e.limit()));
        } catch (DataIntegrityViolationException e) {
            refusedByService(slot.elementId(), indicator.getTranslation("autosave.refused-value"));
        }
    }

    private void refusedByService(String elementId, String message) {
        refused.put(elementId, message);
        listener.onRefused(elementId, message);
    }

    private void saveHeader(SessionHeader after) {
        // At most twice: a conflict on some properties takes them out, and the rest is saved at once.
        for (int attempt = 0; attempt < 2; attempt++) {
            SessionHeader mine = after.withPropertiesOf(savedHeader, headerConflicts);
            if (mine.equals(savedHeader)) {
                return;
            }
            try {
                Saved result = discovery.saveHeader(actor.get(), sessionId, version, savedHeader, mine);
                Set<String> changed = SessionHeader.differences(savedHeader, mine);
                savedHeader = mine;
                changed.forEach(property -> {
                    clearRefused(HeaderStep.elementId(property));
                    if (mine.property(property) instanceof String text) {
                        listener.onConfirmed(HeaderStep.elementId(property), text);
                    }
                });
                confirm(result);
                return;
            } catch (EditConflictException conflict) {
                headerConflict(mine, conflict);
                after = currentHeader;
            } catch (InvalidInputException e) {
                refusedByService(e.fieldKey().replace('.', '-'), indicator.getTranslation(e.messageKey(), e.limit()));
                return;
            }
        }
    }

    /**
     * Someone else changed a client field this user changed too (a text or a choice): that property
     * is not saved over theirs and the user is told; what else they changed meanwhile is taken as
     * the new "before" and shown, so the user's other fields save without undoing it.
     */
    private void headerConflict(SessionHeader mine, EditConflictException conflict) {
        SessionHeader stored = discovery.open(actor.get(), sessionId).getHeader();
        Set<String> changedByMe = SessionHeader.differences(savedHeader, mine);
        Set<String> changedMeanwhile = SessionHeader.differences(savedHeader, stored);
        Set<String> stillDifferent = SessionHeader.differences(stored, mine);
        Set<String> clashing = new LinkedHashSet<>(changedByMe);
        clashing.retainAll(changedMeanwhile);
        clashing.retainAll(stillDifferent);
        headerConflicts.addAll(clashing);
        conflicts.add(HEADER);
        Set<String> theirs = new LinkedHashSet<>(changedMeanwhile);
        theirs.removeAll(changedByMe);
        theirs.removeIf(property -> inUse.test(HeaderStep.elementId(property)));
        Set<String> agreed = new LinkedHashSet<>(changedMeanwhile);
        agreed.retainAll(changedByMe);
        agreed.removeAll(clashing);
        savedHeader = savedHeader.withPropertiesOf(stored, theirs).withPropertiesOf(stored, agreed);
        currentHeader = currentHeader.withPropertiesOf(stored, theirs);
        version = conflict.currentVersion();
        listener.onHeaderConflict(conflict);
        if (!theirs.isEmpty()) {
            listener.onNewerData(Set.of(), theirs);
        }
    }

    private void clearRefused(String elementId) {
        if (refused.remove(elementId) != null) {
            listener.onRefused(elementId, null);
        }
    }

    private void flush() {
        if (isStopped()) {
            pending.clear();
            updateIndicator();
            return;
        }
        var iterator = pending.entrySet().iterator();
        while (iterator.hasNext()) {
            var change = iterator.next();
            try {
                change.getValue().run();
                iterator.remove();
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    // The database is unreachable, timed out or busy: keep the change and try again.
                    log.warn("Autosave of session {} failed, will retry: {}", sessionId, e.toString());
                    startRetrying();
                    updateIndicator();
                    return;
                }
                iterator.remove();
                stop(e);
                return;
            }
        }
        stopRetrying();
        updateIndicator();
    }

    /** A final failure of the whole session: said in words, never retried. */
    private void stop(RuntimeException e) {
        String key;
        if (e instanceof SessionNotFoundException) {
            key = "autosave.stopped.deleted";
        } else if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            key = "autosave.stopped.no-longer-edit";
        } else {
            key = "autosave.stopped.failed";
            log.error("Autosave of session {} failed for good", sessionId, e);
        }
        pending.clear();
        stopRetrying();
        stoppedMessage = indicator.getTranslation(key);
        updateIndicator();
        listener.onStopped(stoppedMessage, e instanceof SessionNotFoundException);
    }

    private void confirm(Saved result) {
        boolean someoneElse = result.version() != version && result.version() != version + 1;
        version = result.version();
        lastSavedAt = result.savedAt();
        if (someoneElse) {
            refreshFromDatabase();
        }
        updateIndicator();
    }

    /**
     * Someone else saved in between: takes their values for everything this user is not editing,
     * both on screen and as the "before" of the next save.
     */
    private void refreshFromDatabase() {
        DiscoverySession fresh = discovery.open(actor.get(), sessionId);
        version = fresh.getVersion();
        Set<Slot> shown = new LinkedHashSet<>();
        for (Slot slot : slots) {
            String theirs = slot.storedIn(fresh);
            boolean untouched = !pending.containsKey(slot) && !conflicts.contains(slot)
                    && Objects.equals(stored(current.get(slot)), saved.get(slot)) && !inUse.test(slot.elementId());
            if (untouched && !Objects.equals(saved.get(slot), theirs)) {
                saved.put(slot, theirs);
                current.put(slot, theirs);
                shown.add(slot);
            }
        }
        for (AnswerField field : AnswerField.values()) {
            if (!pending.containsKey(new Mark(field))) {
                if (fresh.askNextTime().contains(field)) {
                    marks.add(field);
                } else {
                    marks.remove(field);
                }
            }
        }
        Map<AnswerField, Evidence> newerTags = new EnumMap<>(AnswerField.class);
        for (AnswerField field : AnswerField.values()) {
            Evidence theirs = fresh.evidence(field);
            if (!pending.containsKey(new Tag(field)) && theirs != savedTags.get(field)) {
                savedTags.put(field, theirs);
                newerTags.put(field, theirs);
            }
        }
        if (!newerTags.isEmpty()) {
            listener.onNewerTags(newerTags);
        }
        Set<String> headerProperties = new LinkedHashSet<>();
        if (!pending.containsKey(HEADER)) {
            Set<String> mine = SessionHeader.differences(savedHeader, currentHeader);
            for (String property : SessionHeader.differences(savedHeader, fresh.getHeader())) {
                if (!mine.contains(property) && !inUse.test(HeaderStep.elementId(property))) {
                    headerProperties.add(property);
                }
            }
            savedHeader = savedHeader.withPropertiesOf(fresh.getHeader(), headerProperties);
            currentHeader = currentHeader.withPropertiesOf(fresh.getHeader(), headerProperties);
        }
        if (!shown.isEmpty() || !headerProperties.isEmpty()) {
            listener.onNewerData(shown, headerProperties);
        }
    }

    private void startRetrying() {
        UI ui = UI.getCurrent();
        if (ui != null && retryPoll == null) {
            ui.setPollInterval(RETRY_EVERY_MS);
            retryPoll = ui.addPollListener(event -> retryNow());
        }
    }

    private void stopRetrying() {
        if (retryPoll != null) {
            retryPoll.remove();
            retryPoll = null;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    /**
     * Says what is true now, most urgent first. The browser shows "Saving…" on its own as the user
     * types, behind the server's back; so the server's word is pushed every time, even when it equals
     * what the server sent last.
     */
    private void updateIndicator() {
        String text;
        String state;
        if (stoppedMessage != null) {
            text = stoppedMessage;
            state = "stopped";
        } else if (retryPoll != null) {
            text = indicator.getTranslation("autosave.retrying");
            state = "retrying";
        } else if (!conflicts.isEmpty()) {
            text = indicator.getTranslation("autosave.conflict");
            state = "conflict";
        } else if (!refused.isEmpty()) {
            text = indicator.getTranslation("autosave.refused", refused.size());
            state = "refused";
        } else if (lastSavedAt == null) {
            text = indicator.getTranslation("autosave.all-saved");
            state = "saved";
        } else {
            text = indicator.getTranslation("autosave.saved", TIME.format(lastSavedAt.atZone(UserTime.zone())));
            state = "saved";
        }
        indicator.setText(text);
        indicator.getElement().setAttribute("data-state", state);
        // While the user is still typing, "saved" is not yet true for what they typed last: the browser
        // keeps saying "Saving…" until typing pauses and the server answers that pause.
        indicator.getElement().executeJs("""
                const wizard = this.closest('.session-wizard');
                const db = wizard && wizard.__db;
                const typing = db && db.typing && $1 === 'saved';
                this.textContent = typing ? db.saving : $0;
                this.setAttribute('data-state', typing ? 'saving' : $1);""", text, state);
    }

    /** The pending-change key of an "ask at the next meeting" mark. */
    private record Mark(AnswerField field) {
    }

    /** The pending-change key of an evidence tag. */
    private record Tag(AnswerField field) {
    }

    /** The form the service stores: cleaned, and blank meaning "not answered". */
    private static String stored(String value) {
        String cleaned = CleanText.of(value);
        return cleaned == null || cleaned.isBlank() ? null : cleaned;
    }
}
