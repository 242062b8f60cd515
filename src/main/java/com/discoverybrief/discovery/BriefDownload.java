package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.brief.BriefDocument;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The "download the brief" link every session screen offers. Access is checked again in
 * {@link BriefExports} when the file is requested — someone who may not see the session gets a 404
 * and no PDF — and the PDF is written outside the UI lock.
 */
public final class BriefDownload {

    private BriefDownload() {
    }

    /** The link alone: the brief says what changed since the last one whenever there was one. */
    public static Anchor link(BriefExports briefs, Supplier<Actor> actor, long sessionId, String text) {
        return link(briefs, actor, sessionId, text, () -> true, () -> { });
    }

    /**
     * The link with, beside it, the choice whether the brief says what changed since the last one
     * (checkbox {@code <linkId>-changes}). The choice is offered once an earlier brief exists — also
     * right after a first download on this screen — and is ticked until unticked.
     */
    public static Component withChangesChoice(BriefExports briefs, Supplier<Actor> actor, long sessionId,
            String text, String choiceText, String linkId) {
        Checkbox changes = new Checkbox(choiceText, true);
        changes.setId(linkId + "-changes");
        changes.setVisible(briefs.hasEarlierBrief(actor.get(), sessionId));
        // read when the file is written, outside the UI lock
        AtomicBoolean include = new AtomicBoolean(true);
        changes.addValueChangeListener(event -> include.set(Boolean.TRUE.equals(event.getValue())));
        Anchor link = link(briefs, actor, sessionId, text, include::get,
                () -> changes.getUI().ifPresent(ui -> ui.access(() -> changes.setVisible(true))));
        link.setId(linkId);
        HorizontalLayout row = new HorizontalLayout(link, changes);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(true);
        row.setPadding(false);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private static Anchor link(BriefExports briefs, Supplier<Actor> actor, long sessionId, String text,
            BooleanSupplier withChanges, Runnable exported) {
        DownloadHandler pdf = event -> {
            try {
                BriefDocument brief = briefs.prepare(actor.get(), sessionId, withChanges.getAsBoolean());
                event.setFileName(brief.fileName());
                event.setContentType("application/pdf");
                briefs.write(brief, event.getOutputStream());
                exported.run();
            } catch (SessionNotFoundException e) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            }
        };
        Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD, text);
        link.addClassName("download-brief");
        return link;
    }
}
