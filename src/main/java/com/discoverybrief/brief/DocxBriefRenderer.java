package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Checklist;
import com.discoverybrief.brief.BriefModel.ClientTitle;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Masthead;
import com.discoverybrief.brief.BriefModel.Note;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Readiness;
import com.discoverybrief.brief.BriefModel.Run;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.Tone;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;

/**
 * The Word renderer: writes a {@link BriefModel} as an editable {@code .docx} (Apache POI XWPF) with the
 * agency's logo and colour, real Heading 1 / Heading 2 styles (so Word's navigation pane and table of
 * contents see them), real tables, a footer with "page X of Y" and, for a draft, a header line saying so. Text is
 * set in Arial, which Word has everywhere and LibreOffice maps to the metric-equal Liberation Sans, both
 * with Cyrillic; the document's language is the brief's, so spelling checks in the right language.
 * Stateless and thread-safe.
 */
@Component
public class DocxBriefRenderer {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FONT = "Arial";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TITLE = "Title";
    private static final String INK = "1F2937";
    private static final String MUTED = "6B7280";
    private static final String RULE = "E5E7EB";
    private static final String DONE = "15803D";
    private static final String TO_DO = "B45309";
    private static final int LOGO_POINTS = 42;
    private static final int BAR_LENGTH = 20;
    /** A4 in twentieths of a point, with margins of 1.5 cm. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 850;

    public void render(BriefDocument brief, OutputStream out) {
        render(BriefComposer.compose(brief), out);
    }

    /** Writes the model to {@code out}; the stream stays open, it belongs to the caller. */
    public void render(BriefModel model, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            new Writer(document, model.meta()).write(model.blocks());
            document.write(new NonClosing(out));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word brief", e);
        }
    }

    private static final class Writer {
        private final XWPFDocument document;
        private final BriefModel.Meta meta;
        private final String accent;
        private final String accentTint;
        /** After a {@link Keep#withFirstRow}: what follows, up to the table's header, keeps with the next. */
        private boolean keepWithTable;
        /** After a level's name and bar: the line that holds the level down keeps with its answers. */
        private boolean afterLevel;

        Writer(XWPFDocument document, BriefModel.Meta meta) {
            this.document = document;
            this.meta = meta;
            this.accent = meta.branding().accentColor().substring(1).toUpperCase();
            java.awt.Color color = new java.awt.Color(meta.branding().accentRgb());
            this.accentTint = String.format("%02X%02X%02X", tint(color.getRed()), tint(color.getGreen()),
                    tint(color.getBlue()));
        }

        private static int tint(int channel) {
            return Math.round(channel * 0.1f + 255 * 0.9f);
        }

        void write(List<Block> blocks) {
            page();
            styles();
            properties();
            footer();
            for (Block block : blocks) {
                if (block instanceof Keep keep) {
                    // Word paginates itself; a keep with the first row becomes keep-with-next on what leads
                    // to the next table and on that table's header row
                    keepWithTable = keep.withFirstRow();
                    continue;
                }
                if (keepWithTable && !(block instanceof Heading || block instanceof Para || block instanceof Table)) {
                    keepWithTable = false;
                }
                boolean levelLeadIn = afterLevel && block instanceof Para;
                afterLevel = block instanceof Readiness readiness && readiness.level();
                if (block instanceof Masthead masthead) {
                    masthead(masthead);
                } else if (block instanceof ClientTitle client) {
                    XWPFParagraph title = document.createParagraph();
                    title.setStyle(TITLE);
                    title.setSpacingBefore(200);
                    run(title, client.client(), Style.TITLE, Tone.NORMAL);
                    XWPFParagraph details = document.createParagraph();
                    run(details, client.details(), Style.SMALL, Tone.NORMAL);
                } else if (block instanceof Heading heading) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setStyle(heading.level() == 1 ? HEADING_1 : HEADING_2);
                    paragraph.createRun().setText(heading.text());
                } else if (block instanceof Para para) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph(paragraph, para);
                    if (keepWithTable || levelLeadIn) {
                        keepNext(paragraph);
                    }
                } else if (block instanceof Table table) {
                    table(table);
                    keepWithTable = false;
                } else if (block instanceof Readiness readiness) {
                    readiness(readiness);
                } else if (block instanceof Checklist checklist) {
                    checklist(checklist);
                } else if (block instanceof Note note) {
                    note(note);
                }
            }
        }

        /** Keep-with-next ({@code XWPFParagraph.setKeepNext} fails on a paragraph without properties). */
        private static void keepNext(XWPFParagraph paragraph) {
            var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            if (!properties.isSetKeepNext()) {
                properties.addNewKeepNext();
            }
        }

        private void page() {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN));
            margins.setBottom(BigInteger.valueOf(MARGIN));
            margins.setLeft(BigInteger.valueOf(MARGIN));
            margins.setRight(BigInteger.valueOf(MARGIN));
            margins.setFooter(BigInteger.valueOf(MARGIN / 2));
            margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        }

        private void styles() {
            XWPFStyles styles = document.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage(meta.locale().toLanguageTag().equals("ru") ? "ru-RU" : "en-GB");
            styles.addStyle(style(TITLE, "Title", 40, INK, null));
            styles.addStyle(style(HEADING_1, "heading 1", 26, accent, 0));
            styles.addStyle(style(HEADING_2, "heading 2", 21, INK, 1));
        }

        private XWPFStyle style(String id, String name, int halfPoints, String color, Integer outline) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewUiPriority().setVal(BigInteger.valueOf(outline == null ? 10 : 9));
            var paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(outline == null ? 120 : outline == 0 ? 280 : 180));
            spacing.setAfter(BigInteger.valueOf(80));
            if (outline != null) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            }
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
            run.addNewColor().setVal(color);
            return new XWPFStyle(style);
        }

        private void properties() {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(meta.title());
            core.setSubjectProperty(meta.subject());
            core.setCreator(meta.branding().name());
            core.setDescription("Discovery Brief");
        }

        private void footer() {
            XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
            XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
            XWPFParagraph line = footer.createParagraph();
            String format = meta.pageFormat();
            int page = format.indexOf("{0}");
            int total = format.indexOf("{1}");
            if (page >= 0 && total > page) {
                run(line, format.substring(0, page), Style.SMALL, Tone.MUTED);
                field(line, "PAGE");
                run(line, format.substring(page + 3, total), Style.SMALL, Tone.MUTED);
                field(line, "NUMPAGES");
                run(line, format.substring(total + 3) + "    ·    ", Style.SMALL, Tone.MUTED);
            }
            run(line, meta.footer(), Style.SMALL, Tone.MUTED);
            if (meta.watermark() != null) {
                // a line at the top of every page: Word's and LibreOffice's watermark shapes differ so much
                // (LibreOffice draws POI's in solid black across the text) that a plain header reads better
                XWPFParagraph draft = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
                draft.setAlignment(ParagraphAlignment.RIGHT);
                run(draft, meta.watermark(), Style.BOLD, Tone.TO_DO);
            }
        }

        /** A page number field, in the footer's small grey type (a bare field would take the default size). */
        private void field(XWPFParagraph paragraph, String instruction) {
            var field = paragraph.getCTP().addNewFldSimple();
            field.setInstr(instruction);
            var run = field.addNewR();
            CTRPr format = run.addNewRPr();
            format.addNewSz().setVal(BigInteger.valueOf(16));
            format.addNewSzCs().setVal(BigInteger.valueOf(16));
            format.addNewColor().setVal(MUTED);
            run.addNewT().setStringValue("1");
        }

        private void masthead(Masthead masthead) {
            XWPFTable table = table(3, 9, 55, 36);
            XWPFTableRow row = table.getRow(0);
            logo(masthead.logo()).ifPresent(picture -> {
                XWPFParagraph paragraph = row.getCell(0).getParagraphs().get(0);
                try {
                    paragraph.createRun().addPicture(new ByteArrayInputStream(picture.bytes),
                            picture.png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
                            picture.png ? "logo.png" : "logo.jpg", Units.toEMU(picture.width), Units.toEMU(picture.height));
                } catch (Exception e) {
                    // an unreadable logo: the brief is still worth sending
                }
            });
            XWPFParagraph agency = row.getCell(1).getParagraphs().get(0);
            run(agency, masthead.agency(), Style.AGENCY, Tone.ACCENT);
            if (!masthead.contact().isEmpty()) {
                run(row.getCell(1).addParagraph(), masthead.contact(), Style.SMALL, Tone.NORMAL);
            }
            XWPFParagraph title = row.getCell(2).getParagraphs().get(0);
            title.setAlignment(ParagraphAlignment.RIGHT);
            run(title, masthead.title(), Style.SUBHEADING, Tone.NORMAL);
            XWPFParagraph date = row.getCell(2).addParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, masthead.date(), Style.SMALL, Tone.NORMAL);
            table.setBottomBorder(XWPFBorderType.SINGLE, 12, 0, accent);
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            }
            wholeRows(table);
        }

        private record Picture(byte[] bytes, boolean png, int width, int height) {
        }

        private Optional<Picture> logo(String location) {
            return LogoImages.bytesOf(location).flatMap(bytes -> {
                try {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                    if (image == null) {
                        return Optional.empty();
                    }
                    double scale = Math.min((double) LOGO_POINTS / image.getWidth(), (double) LOGO_POINTS / image.getHeight());
                    return Optional.of(new Picture(bytes, LogoImages.isPng(bytes),
                            (int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            });
        }

        private void table(Table model) {
            int columns = model.widths().length;
            boolean header = !model.header().isEmpty();
            XWPFTable table = table(columns, model.widths());
            boolean ruled = switch (model.kind()) {
                case RULED, RULED_MEDIUM, RULED_WIDE -> true;
                default -> false;
            };
            if (ruled) {
                table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
                table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
            }
            int rowIndex = 0;
            if (header) {
                XWPFTableRow row = table.getRow(0);
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
                for (int column = 0; column < columns; column++) {
                    XWPFTableCell cell = row.getCell(column);
                    cell.setColor(accent);
                    run(cell.getParagraphs().get(0), model.header().get(column), Style.TABLE_HEADER, Tone.NORMAL);
                    if (keepWithTable) {
                        keepNext(cell.getParagraphs().get(0));
                    }
                }
                rowIndex = 1;
            }
            for (List<Cell> cells : model.rows()) {
                XWPFTableRow row = rowIndex < table.getNumberOfRows() ? table.getRow(rowIndex) : table.createRow();
                rowIndex++;
                for (int column = 0; column < columns; column++) {
                    fill(row.getCell(column), cells.get(column));
                }
            }
            wholeRows(table);
        }

        /**
         * Every row moves to the next page whole, as in the PDF: a label never ends a page without its value
         * and a row never splits mid-sentence (each of the brief's rows is far shorter than a page).
         */
        private static void wholeRows(XWPFTable table) {
            table.getRows().forEach(row -> row.setCantSplitRow(true));
        }

        /** A table across the page without borders, {@code columns} wide, with relative widths. */
        private XWPFTable table(int columns, float... widths) {
            XWPFTable table = document.createTable(1, columns);
            table.setWidth("100%");
            table.setWidthType(TableWidthType.PCT);
            table.setTableAlignment(TableRowAlign.LEFT);
            table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setCellMargins(60, 80, 60, 80);
            float sum = 0;
            for (float width : widths) {
                sum += width;
            }
            XWPFTableRow row = table.getRow(0);
            for (int column = 0; column < columns; column++) {
                row.getCell(column).setWidth(Math.round(widths[column] * 100 / sum) + "%");
            }
            // the grid Word reads column widths from (LibreOffice ignores cell widths without it)
            var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            int textWidth = A4_WIDTH - 2 * MARGIN;
            for (float width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(textWidth * width / sum)));
            }
            return table;
        }

        private void fill(XWPFTableCell cell, Cell model) {
            List<Para> paras = model.paras();
            for (int i = 0; i < paras.size(); i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph(paragraph, paras.get(i));
                paragraph.setAlignment(switch (model.align()) {
                    case LEFT -> ParagraphAlignment.LEFT;
                    case CENTER -> ParagraphAlignment.CENTER;
                    case RIGHT -> ParagraphAlignment.RIGHT;
                });
            }
        }

        private void paragraph(XWPFParagraph paragraph, Para para) {
            paragraph.setSpacingBefore(Math.round(para.spacingBefore() * 20));
            paragraph.setSpacingAfter(Math.round(para.spacingAfter() * 20));
            if (para.hanging() > 0) {
                paragraph.setIndentationLeft(Math.round(para.hanging() * 20));
                paragraph.setIndentationHanging(Math.round(para.hanging() * 20));
            }
            if (para.indent() > 0) {
                paragraph.setIndentationLeft(Math.round(para.indent() * 20));
            }
            for (Run run : para.runs()) {
                run(paragraph, run.text(), run.style(), run.tone());
            }
        }

        private void readiness(Readiness readiness) {
            XWPFParagraph paragraph = document.createParagraph();
            if (readiness.level()) {
                paragraph.setStyle(HEADING_2);
                paragraph.createRun().setText(readiness.label() + "  ·  " + readiness.value());
            } else {
                paragraph.setSpacingBefore(160);
                run(paragraph, readiness.label() + "  ·  " + readiness.value(), Style.BOLD, Tone.NORMAL);
            }
            XWPFParagraph bar = readiness.level() ? document.createParagraph() : paragraph;
            if (readiness.level()) {
                // the level's name keeps with its bar by its heading style; the bar with what follows
                keepNext(bar);
            }
            if (!readiness.level()) {
                run(bar, "    ", Style.BODY, Tone.NORMAL);
            }
            int filled = Math.round(Math.max(0, Math.min(100, readiness.percent())) * BAR_LENGTH / 100f);
            XWPFRun done = bar.createRun();
            done.setText("█".repeat(filled));
            done.setColor(accent);
            done.setFontSize(8);
            XWPFRun left = bar.createRun();
            left.setText("█".repeat(BAR_LENGTH - filled));
            left.setColor(RULE);
            left.setFontSize(8);
        }

        private void checklist(Checklist checklist) {
            XWPFTable table = table(2, 20, 80);
            table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
            table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, RULE);
            int index = 0;
            for (Checklist.Item item : checklist.items()) {
                XWPFTableRow row = index == 0 ? table.getRow(0) : table.createRow();
                index++;
                run(row.getCell(0).getParagraphs().get(0), item.status(), Style.BOLD, item.done() ? Tone.DONE : Tone.TO_DO);
                run(row.getCell(1).getParagraphs().get(0), item.label(), Style.BODY, Tone.NORMAL);
            }
            wholeRows(table);
        }

        private void note(Note note) {
            XWPFTable table = table(1, 100);
            XWPFTableCell cell = table.getRow(0).getCell(0);
            cell.setColor(accentTint);
            CTTcBorders borders = cell.getCTTc().addNewTcPr().isSetTcBorders() ? cell.getCTTc().getTcPr().getTcBorders()
                    : cell.getCTTc().getTcPr().addNewTcBorders();
            CTBorder left = borders.addNewLeft();
            left.setVal(STBorder.SINGLE);
            left.setSz(BigInteger.valueOf(24));
            left.setColor(accent);
            run(cell.getParagraphs().get(0), note.title(), Style.SUBHEADING, Tone.NORMAL);
            run(cell.addParagraph(), note.text(), Style.BODY, Tone.NORMAL);
            wholeRows(table);
        }

        /** Appends text in a style; line breaks in the text become line breaks in Word. */
        private void run(XWPFParagraph paragraph, String text, Style style, Tone tone) {
            XWPFRun run = paragraph.createRun();
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i].replace("\t", "    "), i);
            }
            run.setFontSize(switch (style) {
                case TITLE -> 20;
                case AGENCY, HEADING -> 13;
                case SUBHEADING -> 10.5;
                case BODY, BOLD -> 9.5;
                case PRIORITY -> 14;
                case ITALIC, TABLE_HEADER -> 8.5;
                case LABEL, SMALL -> 8;
            });
            switch (style) {
                case TITLE, AGENCY, HEADING, SUBHEADING, BOLD, LABEL, TABLE_HEADER, PRIORITY -> run.setBold(true);
                case ITALIC -> run.setItalic(true);
                default -> {
                }
            }
            String color = switch (tone) {
                case ACCENT -> accent;
                case DONE -> DONE;
                case TO_DO -> TO_DO;
                case MUTED -> MUTED;
                case NORMAL -> switch (style) {
                    case AGENCY, HEADING, PRIORITY -> accent;
                    case LABEL, SMALL, ITALIC -> MUTED;
                    case TABLE_HEADER -> "FFFFFF";
                    default -> INK;
                };
            };
            run.setColor(color);
        }
    }

    /** Keeps the caller's stream open: POI closes what it writes to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
