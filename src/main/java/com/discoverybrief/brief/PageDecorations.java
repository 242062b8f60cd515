package com.discoverybrief.brief;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: the footer with "page X of Y", the date and the agency, and, for a draft,
 * the diagonal watermark. The total page count is only known at the end, so it goes into a template
 * that every footer shows and that is filled in when the document closes.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final float FOOTER_SIZE = 7.5f;
    private static final float FOOTER_GAP = 22;
    private static final float MAX_WATERMARK_SIZE = 60;
    /** The watermark spans this share of the page's diagonal. */
    private static final float WATERMARK_SPAN = 0.75f;
    private static final float WATERMARK_OPACITY = 0.3f;

    private final String pagePrefix;
    private final String rightFooter;
    private final String watermark;
    private final Font footerFont;
    private PdfTemplate total;
    private int pages;

    /**
     * @param pageFormat  "Page {0} of {1}" in the brief's language
     * @param rightFooter the date and agency line
     * @param watermark   the draft watermark, or {@code null} for a final brief
     */
    PageDecorations(String pageFormat, String rightFooter, String watermark) {
        this.pagePrefix = pageFormat.substring(0, Math.max(0, pageFormat.indexOf("{1}")));
        this.rightFooter = rightFooter;
        this.watermark = watermark;
        this.footerFont = new Font(BriefFonts.REGULAR, FOOTER_SIZE, Font.NORMAL, Styles.MUTED);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, FOOTER_SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages = writer.getPageNumber();
        PdfContentByte canvas = writer.getDirectContent();
        if (watermark != null) {
            drawWatermark(canvas, document);
        }
        float y = document.bottomMargin() - FOOTER_GAP;
        canvas.saveState();
        canvas.setColorStroke(Styles.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(document.left(), y + FOOTER_SIZE * 1.6f);
        canvas.lineTo(document.right(), y + FOOTER_SIZE * 1.6f);
        canvas.stroke();
        canvas.restoreState();
        String prefix = pagePrefix.replace("{0}", String.valueOf(pages));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(prefix, footerFont), document.left(), y, 0);
        canvas.addTemplate(total, document.left() + BriefFonts.REGULAR.getWidthPoint(prefix, FOOTER_SIZE), y);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, SafeText.phrase(rightFooter, footerFont),
                document.right(), y, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(BriefFonts.REGULAR, FOOTER_SIZE);
        total.setColorFill(Styles.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(pages));
        total.endText();
    }

    private void drawWatermark(PdfContentByte canvas, Document document) {
        float width = document.getPageSize().getWidth();
        float height = document.getPageSize().getHeight();
        double diagonal = Math.hypot(width, height);
        BaseFont font = BriefFonts.BOLD;
        float size = (float) Math.min(MAX_WATERMARK_SIZE, diagonal * WATERMARK_SPAN / font.getWidthPoint(watermark, 1));
        float angle = (float) Math.toDegrees(Math.atan2(height, width));
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(WATERMARK_OPACITY);
        canvas.saveState();
        canvas.setGState(translucent);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(watermark, new Font(font, size, Font.NORMAL, Styles.WATERMARK)),
                width / 2, height / 2 - size / 3, angle);
        canvas.restoreState();
    }
}
