package com.discoverybrief.brief;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One brief as a renderer-neutral document: the {@link BriefComposer} decides what is said, in which
 * order and which sentence is printed once; the PDF ({@link BriefRenderer}), Word
 * ({@link DocxBriefRenderer}) and web ({@link HtmlBriefRenderer}) renderers only decide how it looks.
 * So the three never drift: they read the same blocks.
 *
 * <p>A few layout hints ({@link Keep}, a paragraph's space before, a table's relative column widths) are
 * kept so the PDF's pagination stays as it was; the other renderers are free to ignore them.
 *
 * @param meta   title, language, footer, watermark and branding of the whole document
 * @param blocks the content in reading order
 */
public record BriefModel(Meta meta, List<Block> blocks) {

    public BriefModel {
        Objects.requireNonNull(meta, "meta");
        blocks = List.copyOf(blocks);
    }

    /**
     * What is true of the whole document.
     *
     * @param title      the document's title ("Strategy brief — Smile Dental")
     * @param subject    its subject line
     * @param locale     its language
     * @param branding   the agency's name, logo, contact and colour
     * @param footer     the date and agency line every page carries
     * @param pageFormat "Page {0} of {1}"
     * @param watermark  "DRAFT" while the discovery is incomplete, otherwise {@code null}
     */
    public record Meta(String title, String subject, Locale locale, AgencyBranding branding, String footer,
            String pageFormat, String watermark) {
    }

    /** The part of the brief a block belongs to; parts other than the plan may be left out of an export. */
    public enum Part { HEAD, PLAN, NOTE, TEST_PLAN, CHANGES, RECOMMENDATIONS, READINESS, LEVELS, CHECKLIST, QUESTIONS }

    /** A type of text: what the words are, from which each renderer derives size, weight and colour. */
    public enum Style { TITLE, AGENCY, HEADING, SUBHEADING, BODY, BOLD, LABEL, SMALL, ITALIC, TABLE_HEADER, PRIORITY }

    /** A colour with a meaning: the brand's, done (green), to do (amber), muted (grey). */
    public enum Tone { NORMAL, ACCENT, DONE, TO_DO, MUTED }

    /** What a table is, so each renderer can rule and pad it as that kind of table. */
    public enum TableKind {
        /** label and value, no rules */
        FACTS,
        /** rows with a thin rule under each */
        RULED,
        /** rows with a thin rule and more air, for the test plan */
        RULED_WIDE,
        /** the changes and the checklist: a rule and a little more air */
        RULED_MEDIUM,
        /** short answers two to a row, labels beside values */
        ANSWER_PAIRS,
        /** long answers across the page, label above value */
        ANSWERS_LONG
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** One block of content. */
    public sealed interface Block permits Masthead, ClientTitle, Heading, Para, Table, Readiness, Checklist, Note, Keep {
        Part part();
    }

    /**
     * The agency's header: logo, name and contact on the left, the document's title and date on the right.
     */
    public record Masthead(Part part, String agency, String contact, String logo, String title, String date)
            implements Block {
    }

    /** The client's name in large type and one line under it: prepared for, contact, salesperson. */
    public record ClientTitle(Part part, String client, String details) implements Block {
    }

    /**
     * A heading: level 1 opens a section (Heading 1 in Word, h2 on the web), level 2 a part of one.
     *
     * @param spacingBefore points of air above it in print
     */
    public record Heading(Part part, int level, String text, float spacingBefore) implements Block {
    }

    /** A stretch of text in one style and tone. */
    public record Run(String text, Style style, Tone tone) {
        public Run {
            text = text == null ? "" : text;
        }
    }

    /**
     * What a paragraph is, beyond its words: the client's own words quoted, or a numbered question.
     */
    public enum Role { TEXT, CLIENT_WORDS, QUESTION }

    /**
     * A paragraph of one or more runs.
     *
     * @param style         its base style (line height, the font of the line end)
     * @param tone          its base colour
     * @param spacingBefore points above it in print
     * @param spacingAfter  points below it in print
     * @param hanging       points a numbered line hangs its number out by, 0 for none
     * @param indent        points the whole paragraph is indented by
     */
    public record Para(Part part, List<Run> runs, Style style, Tone tone, Role role, float spacingBefore,
            float spacingAfter, float hanging, float indent) implements Block {

        public Para {
            runs = List.copyOf(runs);
        }

        public static Para of(Part part, String text, Style style) {
            return of(part, text, style, Tone.NORMAL, 0);
        }

        public static Para of(Part part, String text, Style style, float spacingBefore) {
            return of(part, text, style, Tone.NORMAL, spacingBefore);
        }

        public static Para of(Part part, String text, Style style, Tone tone, float spacingBefore) {
            return new Para(part, List.of(new Run(text, style, tone)), style, tone, Role.TEXT, spacingBefore, 0, 0, 0);
        }

        public Para as(Role newRole) {
            return new Para(part, runs, style, tone, newRole, spacingBefore, spacingAfter, hanging, indent);
        }

        public Para hanging(float points) {
            return new Para(part, runs, style, tone, role, spacingBefore, spacingAfter, points, indent);
        }

        public Para indented(float points) {
            return new Para(part, runs, style, tone, role, spacingBefore, spacingAfter, hanging, points);
        }

        public Para after(float points) {
            return new Para(part, runs, style, tone, role, spacingBefore, points, hanging, indent);
        }

        /** All runs' words. */
        public String text() {
            StringBuilder all = new StringBuilder();
            runs.forEach(run -> all.append(run.text()));
            return all.toString();
        }
    }

    /**
     * A table cell: one or more paragraphs. A {@code simple} cell holds one short line (a number, a
     * label) and is laid out as one phrase in print.
     */
    public record Cell(List<Para> paras, Align align, boolean simple) {
        public Cell {
            paras = List.copyOf(paras);
        }

        public static Cell text(Part part, String text, Style style) {
            return text(part, text, style, Tone.NORMAL);
        }

        public static Cell text(Part part, String text, Style style, Tone tone) {
            return new Cell(List.of(Para.of(part, text, style, tone, 0)), Align.LEFT, true);
        }

        public static Cell of(List<Para> paras) {
            return new Cell(paras, Align.LEFT, false);
        }

        public Cell aligned(Align to) {
            return new Cell(paras, to, simple);
        }

        public String text() {
            return String.join("\n", paras.stream().map(Para::text).toList());
        }
    }

    /**
     * A table.
     *
     * @param widths        relative column widths
     * @param header        the column titles, or empty for a table without a header row
     * @param rows          the rows, each as many cells as columns
     * @param spacingBefore points above it in print
     */
    public record Table(Part part, TableKind kind, float[] widths, List<String> header, List<List<Cell>> rows,
            float spacingBefore) implements Block {

        public Table {
            widths = widths.clone();
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Table that && part == that.part && kind == that.kind
                    && Arrays.equals(widths, that.widths) && header.equals(that.header) && rows.equals(that.rows)
                    && spacingBefore == that.spacingBefore;
        }

        @Override
        public int hashCode() {
            return Objects.hash(part, kind, Arrays.hashCode(widths), header, rows, spacingBefore);
        }

        @Override
        public String toString() {
            return "Table[" + part + ", " + kind + ", " + rows.size() + " rows]";
        }
    }

    /**
     * A readiness figure with its bar: the overall one ({@code level} false), or a level's heading
     * ({@code level} true, the label being the level's name).
     */
    public record Readiness(Part part, boolean level, String label, String value, int percent) implements Block {
    }

    /** The "before any ads" checklist: each condition, done or still to do. */
    public record Checklist(Part part, List<Item> items) implements Block {
        public Checklist {
            items = List.copyOf(items);
        }

        /**
         * @param done   whether it is done
         * @param status "✔ Done" or "○ To do"
         * @param label  the condition
         */
        public record Item(boolean done, String status, String label) {
        }
    }

    /** A framed note from the agency (or any framed remark) on page one: a title and free text. */
    public record Note(Part part, String title, String text) implements Block {
    }

    /**
     * A print hint: start a new page unless this many points are left, so a heading never ends a page
     * alone. Screens and Word ignore it (Word keeps headings with the next paragraph on its own).
     */
    public record Keep(Part part, float points, boolean withFirstRow) implements Block {

        public Keep(Part part, float points) {
            this(part, points, false);
        }

        /**
         * Keeps what follows (a heading, an introduction) with the next table's header <em>and first row</em>:
         * at least {@code points}, more when that row is tall, so a row that moves whole to the next page
         * does not leave the heading ending this one.
         */
        public static Keep withFirstRow(Part part, float points) {
            return new Keep(part, points, true);
        }
    }

    /** Every word of the document in reading order, one block or cell a line: what each renderer must show. */
    public String plainText() {
        StringBuilder all = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Masthead m) {
                all.append(m.agency()).append('\n').append(m.title()).append('\n');
            } else if (block instanceof ClientTitle c) {
                all.append(c.client()).append('\n').append(c.details()).append('\n');
            } else if (block instanceof Heading h) {
                all.append(h.text()).append('\n');
            } else if (block instanceof Para p) {
                all.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                t.header().forEach(h -> all.append(h).append('\n'));
                t.rows().forEach(row -> row.forEach(cell -> all.append(cell.text()).append('\n')));
            } else if (block instanceof Readiness r) {
                all.append(r.label()).append(' ').append(r.value()).append('\n');
            } else if (block instanceof Checklist c) {
                c.items().forEach(i -> all.append(i.status()).append(' ').append(i.label()).append('\n'));
            } else if (block instanceof Note n) {
                all.append(n.title()).append('\n').append(n.text()).append('\n');
            }
        }
        return all.toString();
    }
}
