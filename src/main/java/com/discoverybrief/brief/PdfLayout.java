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
import com.discoverybrief.brief.BriefModel.Table;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** Lays a {@link BriefModel} out on PDF pages with OpenPDF: the brief's print look. */
final class PdfLayout {

    private static final float LOGO_SIZE = 42;
    /** The most room above a section's title on paper. */
    private static final float HEADING_SPACING = 9;
    /** A section's title and a two-line introduction above its table. */
    private static final float ABOVE_TABLE_HEIGHT = 60;
    /** The most paragraphs under its title a closing section has that never prints on a page of its own. */
    private static final int SHORT_SECTION_PARAGRAPHS = 3;

    private final PdfWriter writer;
    private final Document document;
    private final Styles styles;
    private final boolean closingSectionsTogether;

    /**
     * @param closingSectionsTogether the section before a short closing section starts a new page, so that the two
     *                                print together (see {@link Pages#shortSectionAlone})
     */
    PdfLayout(PdfWriter writer, Document document, Styles styles, boolean closingSectionsTogether) {
        this.writer = writer;
        this.document = document;
        this.styles = styles;
        this.closingSectionsTogether = closingSectionsTogether;
    }

    /**
     * What a layout printed: its pages, and whether a short closing section («Вопросы к следующей встрече» with three
     * questions or fewer) printed, whole or in part, below the page where the section before it ends — a page printed
     * for two lines looks unfinished in front of the client (finding 183).
     */
    record Pages(int count, boolean shortSectionAlone) {
    }

    Pages add(BriefModel model) {
        List<Block> blocks = model.blocks();
        int shortSection = shortLastSection(blocks);
        int sectionBefore = shortSection > 0 ? lastKeep(blocks, shortSection) : -1;
        int pageBeforeShortSection = 0;
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (index == shortSection) {
                pageBeforeShortSection = printedPages();
            }
            if (index == sectionBefore && closingSectionsTogether) {
                document.newPage();
            }
            if (block instanceof Masthead masthead) {
                masthead(masthead);
            } else if (block instanceof ClientTitle client) {
                client(client);
            } else if (block instanceof Heading heading) {
                // a section's title sits a little closer to what ends above it than the model asks for the screen
                document.add(Cells.paragraph(heading.text(), heading.level() == 1 ? styles.heading : styles.subheading,
                        heading.level() == 1 ? Math.min(heading.spacingBefore(), HEADING_SPACING) : heading.spacingBefore()));
            } else if (block instanceof Para para) {
                document.add(paragraph(para));
            } else if (block instanceof Table table) {
                document.add(table(table));
            } else if (block instanceof Readiness readiness) {
                document.add(readiness.level() ? levelHeading(readiness) : overall(readiness));
            } else if (block instanceof Checklist checklist) {
                document.add(checklist(checklist));
            } else if (block instanceof Note note) {
                document.add(note(note));
            } else if (block instanceof Keep keep) {
                Cells.keepSpace(writer, document, keep.withFirstRow() ? withFirstRow(keep, blocks, index) : keep.points());
            }
        }
        return new Pages(printedPages(), shortSection >= 0 && printedPages() > pageBeforeShortSection);
    }

    /** The pages the text so far is printed on: a page just begun, with nothing on it yet, does not count. */
    private int printedPages() {
        boolean begunEmpty = writer.getVerticalPosition(false) >= document.top();
        return writer.getPageNumber() - (begunEmpty ? 1 : 0);
    }

    /** The index of the {@link Keep} that starts a short last section (a title and paragraphs only), or -1. */
    private static int shortLastSection(List<Block> blocks) {
        int last = lastKeep(blocks, blocks.size());
        List<Block> section = blocks.subList(last + 1, blocks.size());
        return last >= 0 && section.size() - 1 <= SHORT_SECTION_PARAGRAPHS
                && section.stream().allMatch(block -> block instanceof Heading || block instanceof Para) ? last : -1;
    }

    /** The index of the last {@link Keep} before {@code end}, or -1. */
    private static int lastKeep(List<Block> blocks, int end) {
        for (int index = end - 1; index >= 0; index--) {
            if (blocks.get(index) instanceof Keep) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The room a {@link Keep#withFirstRow} needs: the heading and introduction above the next table plus
     * that table's header and first row, measured at the page's width — at least the keep's own points.
     * A first row taller than a page splits wherever it starts: then the keep's points.
     */
    private float withFirstRow(Keep keep, List<Block> blocks, int from) {
        for (int index = from + 1; index < blocks.size(); index++) {
            if (blocks.get(index) instanceof Table model) {
                PdfPTable table = table(model);
                table.setTotalWidth(document.right() - document.left());
                int rows = model.header().isEmpty() ? 1 : 2;
                if (table.getRows().size() < rows) {
                    return keep.points();
                }
                float together = ABOVE_TABLE_HEIGHT;
                for (int row = 0; row < rows; row++) {
                    together += table.getRowHeight(row);
                }
                return together > document.top() - document.bottom() ? keep.points() : Math.max(keep.points(), together);
            }
        }
        return keep.points();
    }

    Font font(BriefModel.Style style, BriefModel.Tone tone) {
        Font font = switch (style) {
            case TITLE -> styles.title;
            case AGENCY -> styles.agency;
            case HEADING -> styles.heading;
            case SUBHEADING -> styles.subheading;
            case BODY -> styles.body;
            case BOLD -> styles.bodyBold;
            case LABEL -> styles.label;
            case SMALL -> styles.small;
            case ITALIC -> styles.italic;
            case TABLE_HEADER -> styles.tableHeader;
            case PRIORITY -> styles.priority;
        };
        Color color = switch (tone) {
            case NORMAL -> null;
            case ACCENT -> styles.accent;
            case DONE -> Styles.DONE;
            case TO_DO -> Styles.TO_DO;
            case MUTED -> Styles.MUTED;
        };
        return color == null ? font : styles.colored(font, color);
    }

    private Paragraph paragraph(Para para) {
        Paragraph paragraph;
        if (para.runs().size() == 1) {
            Run run = para.runs().get(0);
            paragraph = Cells.paragraph(run.text(), font(run.style(), run.tone()));
        } else {
            Font base = font(para.style(), para.tone());
            paragraph = new Paragraph();
            paragraph.setFont(base); // the line break OpenPDF ends a paragraph with uses this font
            paragraph.setLeading(base.getSize() * Cells.LEADING);
            for (Run run : para.runs()) {
                paragraph.add(SafeText.phrase(run.text(), font(run.style(), run.tone())));
            }
        }
        paragraph.setSpacingBefore(para.spacingBefore());
        if (para.spacingAfter() > 0) {
            paragraph.setSpacingAfter(para.spacingAfter());
        }
        if (para.hanging() > 0) {
            paragraph.setIndentationLeft(para.hanging());
            paragraph.setFirstLineIndent(-para.hanging());
        }
        if (para.indent() > 0) {
            paragraph.setIndentationLeft(para.indent());
        }
        return paragraph;
    }

    private PdfPCell cell(Cell cell) {
        PdfPCell pdf;
        if (cell.simple()) {
            Run run = cell.paras().get(0).runs().get(0);
            pdf = Cells.cell(run.text(), font(run.style(), run.tone()));
        } else {
            pdf = Cells.composite();
            cell.paras().forEach(para -> pdf.addElement(paragraph(para)));
        }
        pdf.setHorizontalAlignment(switch (cell.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        });
        return pdf;
    }

    private PdfPTable table(Table table) {
        PdfPTable pdf = Cells.table(table.widths());
        pdf.setSpacingBefore(table.spacingBefore());
        if (!table.header().isEmpty()) {
            pdf.setHeaderRows(1);
            for (String title : table.header()) {
                PdfPCell cell = Cells.cell(title, styles.tableHeader);
                cell.setBackgroundColor(styles.accent);
                pdf.addCell(cell);
            }
        }
        for (List<Cell> row : table.rows()) {
            for (int column = 0; column < row.size(); column++) {
                PdfPCell cell = cell(row.get(column));
                switch (table.kind()) {
                    case FACTS -> {
                        if (column == 0) {
                            cell.setPaddingLeft(0);
                        }
                    }
                    case ANSWER_PAIRS -> {
                        if (column % 2 == 0) {
                            cell.setPaddingLeft(0);
                        }
                        cell.setPaddingTop(1);
                        cell.setPaddingBottom(1);
                    }
                    case ANSWERS_LONG -> {
                        cell.setPaddingLeft(0);
                        cell.setPaddingTop(1);
                        cell.setPaddingBottom(1);
                    }
                    case RULED -> ruled(cell, 3);
                    case RULED_MEDIUM -> ruled(cell, 5);
                    case RULED_WIDE -> ruled(cell, 3);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private PdfPTable checklist(Checklist checklist) {
        // what is done in one line, its items in a row; what is still to do two to a row, a status beside
        // each condition: a row per done item ran a checklist of seven to a fifth of a page
        PdfPTable table = Cells.table(12, 38, 12, 38);
        table.setSpacingBefore(6);
        List<Checklist.Item> done = checklist.items().stream().filter(Checklist.Item::done).toList();
        List<Checklist.Item> toDo = checklist.items().stream().filter(item -> !item.done()).toList();
        if (!done.isEmpty()) {
            table.addCell(ruled(Cells.cell(done.get(0).status(), styles.colored(styles.bodyBold, Styles.DONE)), 3));
            PdfPCell items = ruled(Cells.cell(String.join("  ·  ", done.stream().map(Checklist.Item::label).toList()),
                    styles.body), 3);
            items.setColspan(3);
            table.addCell(items);
        }
        for (Checklist.Item item : toDo) {
            table.addCell(ruled(Cells.cell(item.status(), styles.colored(styles.bodyBold, Styles.TO_DO)), 3));
            table.addCell(ruled(Cells.cell(item.label(), styles.body), 3));
        }
        if (toDo.size() % 2 == 1) {
            table.addCell(ruled(Cells.cell("", styles.body), 3));
            table.addCell(ruled(Cells.cell("", styles.body), 3));
        }
        return table;
    }

    private PdfPTable note(Note note) {
        PdfPTable table = Cells.table(100);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        PdfPCell cell = Cells.composite();
        cell.setBackgroundColor(styles.accentTint);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(styles.accent);
        cell.setBorderWidth(2);
        cell.setPadding(8);
        cell.addElement(Cells.paragraph(note.title(), styles.subheading));
        cell.addElement(Cells.paragraph(note.text(), styles.body, 2));
        table.addCell(cell);
        return table;
    }

    private void masthead(Masthead masthead) {
        PdfPTable header = Cells.table(9, 55, 36);
        Optional<Image> logo = LogoImages.copyOf(masthead.logo());
        PdfPCell logoCell = logo.map(image -> {
            image.scaleToFit(LOGO_SIZE, LOGO_SIZE);
            return new PdfPCell(image, false);
        }).orElseGet(Cells::composite);
        logoCell.setBorder(Rectangle.NO_BORDER);
        logoCell.setPaddingLeft(0);
        logoCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        header.addCell(logoCell);
        PdfPCell agency = Cells.composite();
        agency.setVerticalAlignment(Element.ALIGN_MIDDLE);
        agency.addElement(Cells.paragraph(masthead.agency(), styles.agency));
        if (!masthead.contact().isEmpty()) {
            agency.addElement(Cells.paragraph(masthead.contact(), styles.small));
        }
        header.addCell(agency);
        PdfPCell title = Cells.composite();
        title.setVerticalAlignment(Element.ALIGN_MIDDLE);
        Paragraph documentTitle = Cells.paragraph(masthead.title(), styles.subheading);
        documentTitle.setAlignment(Element.ALIGN_RIGHT);
        title.addElement(documentTitle);
        Paragraph date = Cells.paragraph(masthead.date(), styles.small);
        date.setAlignment(Element.ALIGN_RIGHT);
        title.addElement(date);
        header.addCell(title);
        for (PdfPCell cell : header.getRow(0).getCells()) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(styles.accent);
            cell.setBorderWidth(1.5f);
            cell.setPaddingBottom(8);
        }
        document.add(header);
    }

    private void client(ClientTitle client) {
        Paragraph name = Cells.paragraph(client.client(), styles.title, 10);
        name.setLeading(styles.title.getSize() * 1.2f);
        document.add(name);
        document.add(Cells.paragraph(client.details(), styles.small, 2));
    }

    private PdfPTable overall(Readiness readiness) {
        PdfPTable overall = Cells.table(30, 10, 60);
        overall.setSpacingBefore(8);
        PdfPCell label = Cells.cell(readiness.label(), styles.bodyBold);
        label.setPaddingLeft(0);
        overall.addCell(label);
        PdfPCell figure = Cells.cell(readiness.value(), styles.bodyBold);
        figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
        overall.addCell(figure);
        overall.addCell(ReadinessBar.cell(readiness.percent(), styles.accent));
        return overall;
    }

    private PdfPTable levelHeading(Readiness readiness) {
        PdfPTable heading = Cells.table(64, 12, 24);
        heading.setSpacingBefore(6);
        heading.setKeepTogether(true);
        PdfPCell title = underlined(Cells.cell(readiness.label(), styles.subheading));
        title.setPaddingLeft(0);
        heading.addCell(title);
        PdfPCell figure = underlined(Cells.cell(readiness.value(), styles.bodyBold));
        figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
        heading.addCell(figure);
        heading.addCell(underlined(ReadinessBar.cell(readiness.percent(), styles.accent)));
        return heading;
    }

    private PdfPCell underlined(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(styles.accent);
        cell.setBorderWidth(0.8f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static PdfPCell ruled(PdfPCell cell, float padding) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(padding);
        cell.setPaddingBottom(padding);
        return cell;
    }
}
