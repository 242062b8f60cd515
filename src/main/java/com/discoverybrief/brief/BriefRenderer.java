package com.discoverybrief.brief;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The PDF renderer: writes a {@link BriefDocument}, composed by {@link BriefComposer} into a
 * {@link BriefModel} and laid out by {@link PdfLayout}, as a PDF strategy brief: A4, the agency's branding, every answer in
 * full with embedded fonts (nothing the client said is lost), a footer with "page X of Y" and a draft
 * watermark while the discovery is incomplete. Stateless and thread-safe; fonts and logos are parsed
 * once per JVM, so a brief takes milliseconds.
 */
@Component
public class BriefRenderer {

    private static final float MARGIN = 42;
    private static final float BOTTOM_MARGIN = 54;
    private static final String CREATOR = "Discovery Brief";

    /** The fonts are parsed on first use; in the app {@link BriefWarmUp} does that in the background after the start. */
    public BriefRenderer() {
        // nothing to prepare
    }

    /** Writes the whole brief to {@code out}; the stream stays open, it belongs to the caller. */
    public void render(BriefDocument brief, OutputStream out) {
        render(BriefComposer.compose(brief), out);
    }

    /** Writes a composed brief to {@code out}; the stream stays open, it belongs to the caller. */
    public void render(BriefModel model, OutputStream out) {
        render(model, out, PageSize.A4);
    }

    /**
     * On a page of another size: the tests read a brief on one very tall page, where no page break can
     * split a sentence or interleave it with a footer or a repeated table header.
     */
    void render(BriefDocument brief, OutputStream out, Rectangle pageSize) {
        render(BriefComposer.compose(brief), out, pageSize);
    }

    /**
     * Lays the brief out once; where a short closing section printed on a page of its own, lays it out again with
     * the section before it starting a new page, and keeps that when the two then print together on no more pages.
     */
    private void render(BriefModel model, OutputStream out, Rectangle pageSize) {
        ByteArrayOutputStream flowing = new ByteArrayOutputStream();
        PdfLayout.Pages pages = render(model, flowing, pageSize, false);
        if (pages.shortSectionAlone()) {
            ByteArrayOutputStream together = new ByteArrayOutputStream();
            PdfLayout.Pages moved = render(model, together, pageSize, true);
            if (!moved.shortSectionAlone() && moved.count() <= pages.count()) {
                flowing = together;
            }
        }
        try {
            flowing.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfLayout.Pages render(BriefModel model, OutputStream out, Rectangle pageSize,
            boolean closingSectionsTogether) {
        BriefModel.Meta meta = model.meta();
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setCompressionLevel(PdfStream.BEST_SPEED);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.locale().toLanguageTag()));
        writer.setPageEvent(new PageDecorations(meta.pageFormat(), meta.footer(), meta.watermark()));
        document.addTitle(meta.title());
        document.addSubject(meta.subject());
        document.addAuthor(meta.branding().name());
        document.addCreator(CREATOR);
        document.open();
        PdfLayout.Pages pages = new PdfLayout(writer, document, new Styles(meta.branding()), closingSectionsTogether)
                .add(model);
        document.close();
        return pages;
    }
}
