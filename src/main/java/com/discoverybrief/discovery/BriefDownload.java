package com.discoverybrief.discovery;

import com.discoverybrief.accounts.Actor;
import com.discoverybrief.brief.BriefDocument;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/**
 * The "download the brief" link every session screen offers. Access is checked again in
 * {@link BriefExports} when the file is requested — someone who may not see the session gets a 404
 * and no PDF — and the PDF is written outside the UI lock.
 */
public final class BriefDownload {

    private BriefDownload() {
    }

    public static Anchor link(BriefExports briefs, Supplier<Actor> actor, long sessionId, String text) {
        DownloadHandler pdf = event -> {
            try {
                BriefDocument brief = briefs.prepare(actor.get(), sessionId);
                event.setFileName(brief.fileName());
                event.setContentType("application/pdf");
                briefs.write(brief, event.getOutputStream());
            } catch (SessionNotFoundException e) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
            }
        };
        Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD, text);
        link.addClassName("download-brief");
        return link;
    }
}
