package com.discoverybrief.brief;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** Draws a readiness percentage as a thin horizontal bar inside a table cell. */
final class ReadinessBar implements PdfPCellEvent {

    private static final float HEIGHT = 5;

    private final int percent;
    private final Color fill;

    ReadinessBar(int percent, Color fill) {
        this.percent = Math.max(0, Math.min(100, percent));
        this.fill = fill;
    }

    /** An empty cell that shows the bar. */
    static PdfPCell cell(int percent, Color fill) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setMinimumHeight(HEIGHT * 3);
        cell.setCellEvent(new ReadinessBar(percent, fill));
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
        float width = position.getWidth() - 4;
        float x = position.getLeft() + 2;
        float y = (position.getTop() + position.getBottom() - HEIGHT) / 2;
        canvas.saveState();
        canvas.setColorFill(Styles.TRACK);
        canvas.roundRectangle(x, y, width, HEIGHT, HEIGHT / 2);
        canvas.fill();
        if (percent > 0) {
            canvas.setColorFill(fill);
            canvas.roundRectangle(x, y, Math.max(HEIGHT, width * percent / 100f), HEIGHT, HEIGHT / 2);
            canvas.fill();
        }
        canvas.restoreState();
    }
}
