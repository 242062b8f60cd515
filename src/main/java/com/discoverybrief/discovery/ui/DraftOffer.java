package com.discoverybrief.discovery.ui;

import com.discoverybrief.discovery.SessionHeader;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to do with text the browser kept because the server never confirmed it: forget what the
 * server holds by now, offer the rest in a banner, and restore it on request through the same
 * conflict rule as any save — a colleague's change in between is shown, never overwritten.
 */
final class DraftOffer {

    private static final List<String> HEADER_TEXTS = List.of(HeaderStep.elementId("clientCompany"),
            HeaderStep.elementId("contactPerson"), HeaderStep.elementId("industry"));

    private final Component context;
    private final Autosave autosave;
    private final BrowserDrafts browserDrafts;

    DraftOffer(Component context, Autosave autosave, BrowserDrafts browserDrafts) {
        this.context = context;
        this.autosave = autosave;
        this.browserDrafts = browserDrafts;
    }

    /** The banner offering what the server does not hold yet; none when there is nothing to offer. */
    Optional<DraftsBanner> banner(List<Draft> kept, Runnable afterRestore) {
        List<Draft> drafts = new ArrayList<>();
        List<String> alreadyStored = new ArrayList<>();
        for (Draft draft : kept) {
            Optional<String> stored = storedText(draft.elementId());
            if (stored.isEmpty()) {
                continue;
            }
            if (Draft.sameText(draft.value(), stored.get())) {
                alreadyStored.add(draft.elementId());
            } else {
                drafts.add(draft);
            }
        }
        browserDrafts.discard(alreadyStored);
        if (drafts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftsBanner(drafts.stream().map(draft -> labelOf(draft.elementId())).toList(),
                drafts.stream().mapToLong(Draft::at).max().orElse(0),
                () -> {
                    restore(drafts);
                    afterRestore.run();
                },
                () -> browserDrafts.discard(drafts.stream().map(Draft::elementId).toList())));
    }

    private void restore(List<Draft> drafts) {
        for (Draft draft : drafts) {
            Optional<Slot> slot = slotOf(draft.elementId());
            if (slot.isPresent()) {
                autosave.restore(slot.get(), draft.baseGiven(autosave.valueOf(slot.get())), draft.value());
                continue;
            }
            String property = draft.elementId().substring("header-".length());
            SessionHeader header = autosave.header();
            String stored = (String) header.property(property);
            Runnable keepMine = () -> autosave.header(header.with(property, draft.value()));
            if (Draft.sameText(draft.baseGiven(stored), stored)) {
                keepMine.run();
            } else {
                new ConflictDialog(context.getTranslation("header." + property), stored, draft.value(), keepMine,
                        () -> browserDrafts.discard(List.of(draft.elementId()))).open();
            }
        }
    }

    /** What the input with this id holds as far as the server knows; empty for an unknown input. */
    private Optional<String> storedText(String elementId) {
        Optional<Slot> slot = slotOf(elementId);
        if (slot.isPresent()) {
            return Optional.of(Optional.ofNullable(autosave.valueOf(slot.get())).orElse(""));
        }
        if (HEADER_TEXTS.contains(elementId)) {
            Object value = autosave.header().property(elementId.substring("header-".length()));
            return Optional.of(value == null ? "" : value.toString());
        }
        return Optional.empty();
    }

    private static Optional<Slot> slotOf(String elementId) {
        return Slot.all().stream().filter(slot -> slot.elementId().equals(elementId)).findFirst();
    }

    private String labelOf(String elementId) {
        return slotOf(elementId).map(slot -> slot instanceof Slot.Note note
                        ? context.getTranslation("notes.label-of",
                                context.getTranslation("question." + note.question().name() + ".title"))
                        : context.getTranslation(slot.labelKey()))
                .orElseGet(() -> context.getTranslation("header." + elementId.substring("header-".length())));
    }
}
