package com.discoverybrief.brief;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link BriefDocument} as a PDF strategy brief: A4, the agency's branding, every answer in
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

    /** Writes the brief to {@code out}; the stream stays open, it belongs to the caller. */
    public void render(BriefDocument brief, OutputStream out) {
        render(brief, out, PageSize.A4);
    }

    /**
     * On a page of another size: the tests read a brief on one very tall page, where no page break can
     * split a sentence or interleave it with a footer or a repeated table header.
     */
    void render(BriefDocument brief, OutputStream out, Rectangle pageSize) {
        BriefText text = BriefText.of(brief.locale());
        Document document = new Document(pageSize, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setCompressionLevel(PdfStream.BEST_SPEED);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(brief.locale().toLanguageTag()));
        writer.setPageEvent(new PageDecorations(text.get("brief.footer.page"),
                text.date(brief.generatedOn()) + "  ·  " + brief.branding().name(),
                brief.isDraft() ? text.get("brief.watermark") : null));
        String client = brief.header().clientCompany();
        boolean unnamed = client == null || client.isBlank();
        document.addTitle(text.get("brief.meta.title", unnamed ? text.get("brief.notGiven") : client));
        document.addSubject(text.get("brief.meta.subject", text.date(brief.header().meetingDate())));
        document.addAuthor(brief.branding().name());
        document.addCreator(CREATOR);
        document.open();
        new BriefComposer(writer, brief, text, new Styles(brief.branding())).compose(document);
        document.close();
    }
}
