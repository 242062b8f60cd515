package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.brief.BriefDocument;
import com.discoverybrief.brief.BriefSections;
import com.discoverybrief.brief.DocxBriefRenderer;
import com.discoverybrief.base.Downloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
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
        Runnable exported = () -> changes.getUI().ifPresent(ui -> ui.access(() -> changes.setVisible(true)));
        Anchor link = link(briefs, actor, sessionId, text, include::get, exported);
        link.setId(linkId);
        Anchor word = docx(briefs, actor, sessionId, include::get, exported);
        word.setId(linkId + "-docx");
        word.setText(word.getTranslation("brief.download.docx"));
        HorizontalLayout row = new HorizontalLayout(link, word, changes, sections(briefs, actor, sessionId, linkId));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(true);
        row.setPadding(false);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    /**
     * The sections the exports include, ticked ones in: a choice remembered for the session, for the PDF,
     * the Word file and the shared web view alike (checkbox group {@code <linkId>-sections}).
     */
    private static Component sections(BriefExports briefs, Supplier<Actor> actor, long sessionId, String linkId) {
        CheckboxGroup<BriefSections.Optional> choice = new CheckboxGroup<>();
        choice.setId(linkId + "-sections");
        choice.setItems(BriefSections.all());
        choice.setItemLabelGenerator(section -> choice.getTranslation("brief.sections." + section.name()));
        BriefSections chosen = briefs.sections(actor.get(), sessionId);
        choice.setValue(ticked(chosen));
        // only someone who may change the session changes what every export and the client's link show
        choice.setReadOnly(!briefs.maySetSections(actor.get(), sessionId));
        choice.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            // only the sections this click touched change; a colleague's choice of the others stays
            BriefSections stored = chosen;
            for (BriefSections.Optional section : BriefSections.all()) {
                boolean before = event.getOldValue() != null && event.getOldValue().contains(section);
                boolean after = event.getValue() != null && event.getValue().contains(section);
                if (before != after) {
                    stored = briefs.chooseSection(actor.get(), sessionId, section, after);
                }
            }
            choice.setValue(ticked(stored));
        });
        choice.getStyle().set("flex-direction", "column");
        Details details = new Details(choice.getTranslation("brief.sections.title"), choice);
        details.setId(linkId + "-sections-choice");
        return details;
    }

    private static java.util.Set<BriefSections.Optional> ticked(BriefSections sections) {
        return BriefSections.all().stream().filter(sections::includes).collect(java.util.stream.Collectors.toSet());
    }

    /** The Word file of the brief, from the same model as the PDF, with the same sections. */
    private static Anchor docx(BriefExports briefs, Supplier<Actor> actor, long sessionId, BooleanSupplier withChanges,
            Runnable exported) {
        DownloadHandler word = event -> {
            try {
                BriefDocument brief = briefs.prepare(actor.get(), sessionId, withChanges.getAsBoolean());
                event.setFileName(brief.fileName().replaceFirst("\\.pdf$", ".docx"));
                event.setContentType(DocxBriefRenderer.CONTENT_TYPE);
                briefs.writeDocx(brief, briefs.sections(actor.get(), sessionId), event.getOutputStream());
                exported.run();
            } catch (SessionNotFoundException e) {
                Downloads.tell(event, e, HttpStatusCode.NOT_FOUND.getCode());
            }
        };
        Anchor link = Downloads.link(word, "");
        link.addClassName("download-brief-docx");
        return link;
    }

    private static Anchor link(BriefExports briefs, Supplier<Actor> actor, long sessionId, String text,
            BooleanSupplier withChanges, Runnable exported) {
        DownloadHandler pdf = event -> {
            try {
                BriefDocument brief = briefs.prepare(actor.get(), sessionId, withChanges.getAsBoolean());
                event.setFileName(brief.fileName());
                event.setContentType("application/pdf");
                briefs.write(brief, briefs.sections(actor.get(), sessionId), event.getOutputStream());
                exported.run();
            } catch (SessionNotFoundException e) {
                Downloads.tell(event, e, HttpStatusCode.NOT_FOUND.getCode());
            }
        };
        Anchor link = Downloads.link(pdf, text);
        link.addClassName("download-brief");
        return link;
    }
}
