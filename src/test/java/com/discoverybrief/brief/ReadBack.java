package com.discoverybrief.brief;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered brief back with PDFBox, the way a client's PDF viewer would. */
final class ReadBack {

    private ReadBack() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as a reader would copy it, whitespace (including line wraps) collapsed to single spaces. */
    static String text(byte[] pdf) {
        return rawText(pdf).replaceAll("\\s+", " ");
    }

    static String rawText(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The running text in reading order, without the footer and the diagonal watermark, whitespace
     * removed: what survives of an answer that flows across pages, for comparing it character by character.
     */
    static String bodyTextWithoutWhitespace(byte[] pdf) {
        try (PDDocument document = open(pdf)) {
            BodyStripper stripper = new BodyStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text between {@code left} and {@code right} (points from the page's left edge) on every page,
     * above the footer and without the watermark, whitespace removed: one table column, read top to bottom.
     */
    static String columnTextWithoutWhitespace(byte[] pdf, float left, float right) {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = open(pdf)) {
            for (PDPage page : document.getPages()) {
                ColumnStripper stripper = new ColumnStripper();
                stripper.addRegion("column", new Rectangle2D.Float(left, 0, right - left,
                        page.getMediaBox().getHeight() - BodyStripper.FOOTER_BAND));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("column"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().replaceAll("\\s+", "");
    }

    /** The diagonal text of each page (only the watermark is drawn at an angle), whitespace removed. */
    static List<String> diagonalTextByPage(byte[] pdf) {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = open(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                DiagonalStripper stripper = new DiagonalStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(stripper.diagonal.toString().replaceAll("\\s+", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static boolean isDiagonal(TextPosition text) {
        return Math.abs(text.getTextMatrix().getShearY()) > 0.01f;
    }

    /** Leaves out the watermark and everything in the footer band. */
    private static final class BodyStripper extends PDFTextStripper {
        private static final float FOOTER_BAND = 50;

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!isDiagonal(text) && text.getYDirAdj() < text.getPageHeight() - FOOTER_BAND) {
                super.processTextPosition(text);
            }
        }
    }

    private static final class ColumnStripper extends PDFTextStripperByArea {
        ColumnStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!isDiagonal(text)) {
                super.processTextPosition(text);
            }
        }
    }

    private static final class DiagonalStripper extends PDFTextStripper {
        private final StringBuilder diagonal = new StringBuilder();

        @Override
        protected void processTextPosition(TextPosition text) {
            if (isDiagonal(text)) {
                diagonal.append(text.getUnicode());
            }
        }
    }

    /** Every font any page or form uses. */
    static List<PDFont> fonts(byte[] pdf) {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = open(pdf)) {
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }
}
