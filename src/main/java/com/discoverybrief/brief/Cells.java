package com.discoverybrief.brief;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** Small builders for the borderless tables and flowing paragraphs the brief is made of. */
final class Cells {

    static final float PADDING = 4;
    /**
     * Line spacing as a multiple of the font size, the same in paragraphs and table cells: 1.28 reads as
     * easily as the 1.35 it replaced at the brief's 9.5 points and fits a complete session in four pages.
     */
    static final float LEADING = 1.28f;

    private Cells() {
    }

    /**
     * A table whose rows move whole to the next page when they fit there, and split across pages when
     * they do not fit on any: no answer is ever too long to print.
     */
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(true);
        table.setSplitRows(true);
        return table;
    }

    /** Starts a new page unless {@code height} points are left, so a heading never ends a page alone. */
    static void keepSpace(PdfWriter writer, Document document, float height) {
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
    }

    static PdfPCell cell(String text, Font font) {
        return cell(SafeText.phrase(text, font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        plain(cell);
        return cell;
    }

    /** A cell in composite mode: holds several paragraphs, still splittable across pages. */
    static PdfPCell composite() {
        PdfPCell cell = new PdfPCell();
        plain(cell);
        return cell;
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(SafeText.phrase(text, font));
        paragraph.setLeading(font.getSize() * LEADING);
        return paragraph;
    }

    static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = paragraph(text, font);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static void plain(PdfPCell cell) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(PADDING);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
    }
}
