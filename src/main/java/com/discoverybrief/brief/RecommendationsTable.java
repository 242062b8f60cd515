package com.discoverybrief.brief;

import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.Stage;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prioritised recommendations as a test plan: priority, channel and stage, why (the answers that
 * triggered it, quoted), the KPI to watch, the horizon and any precondition.
 */
final class RecommendationsTable {

    private static final float[] WIDTHS = {5, 21, 44, 30};

    /** Room for the title, the introduction, the table header and a first row. */
    private static final float START_HEIGHT = 150;
    /** The title and a two-line introduction above the table. */
    private static final float HEADING_HEIGHT = 60;

    private final PdfWriter writer;
    private final BriefText text;
    private final Styles styles;
    private final Printed printed;

    RecommendationsTable(PdfWriter writer, BriefText text, Styles styles, Printed printed) {
        this.writer = writer;
        this.text = text;
        this.styles = styles;
        this.printed = printed;
    }

    private List<Recommendation> all = List.of();

    void addTo(Document document, List<Recommendation> recommendations) {
        all = recommendations;
        if (recommendations.isEmpty()) {
            Cells.keepSpace(writer, document, START_HEIGHT);
            document.add(Cells.paragraph(text.get("brief.recommendations.title"), styles.heading, 12));
            document.add(Cells.paragraph(text.get("brief.recommendations.intro"), styles.italic, 2));
            document.add(Cells.paragraph(text.get("brief.recommendations.none"), styles.body, 6));
            return;
        }
        PdfPTable table = table(recommendations);
        // the heading stays with the table's header and first row: a first row that moves whole to the
        // next page would leave the heading ending this one
        table.setTotalWidth(document.right() - document.left());
        float firstRow = table.getRowHeight(0) + table.getRowHeight(1);
        float together = HEADING_HEIGHT + firstRow;
        // a first row taller than a page splits wherever it starts
        Cells.keepSpace(writer, document, together > document.top() - document.bottom() ? START_HEIGHT
                : Math.max(START_HEIGHT, together));
        document.add(Cells.paragraph(text.get("brief.recommendations.title"), styles.heading, 12));
        document.add(Cells.paragraph(text.get("brief.recommendations.intro"), styles.italic, 2));
        document.add(table);
    }

    private PdfPTable table(List<Recommendation> recommendations) {
        PdfPTable table = Cells.table(WIDTHS);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String header : List.of("priority", "channel", "why", "kpi")) {
            PdfPCell cell = Cells.cell(text.get("brief.recommendations." + header), styles.tableHeader);
            cell.setBackgroundColor(styles.accent);
            table.addCell(cell);
        }
        for (Recommendation recommendation : recommendations) {
            addRow(table, recommendation);
        }
        return table;
    }

    private void addRow(PdfPTable table, Recommendation recommendation) {
        PdfPCell priority = ruled(Cells.cell(String.valueOf(recommendation.priority()), styles.priority));
        priority.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(priority);

        PdfPCell channel = ruled(Cells.composite());
        // the channel and its stage; its group ("Привлечение клиентов") would add a line to every row
        // and tell the client nothing the stage and the reasons do not
        channel.addElement(Cells.paragraph(text.label(recommendation.channel()), styles.bodyBold));
        channel.addElement(Cells.paragraph(text.label(recommendation.stage()),
                styles.colored(styles.label, stageColor(recommendation.stage())), 3));
        table.addCell(channel);

        PdfPCell why = ruled(Cells.composite());
        // the answers each rule read, then that rule's sentence once
        Map<String, List<Reason>> byRule = new LinkedHashMap<>();
        recommendation.reasons().forEach(reason -> byRule.computeIfAbsent(reason.rule(), r -> new ArrayList<>()).add(reason));
        // a quote or a sentence printed above (on page one or in an earlier row) is not printed again:
        // the fields it came from are named in one line instead
        List<String> shownAbove = new ArrayList<>();
        byRule.forEach((rule, reasons) -> {
            for (Reason reason : reasons) {
                String line = reasonLine(reason);
                if (line == null || printed.first(line)) {
                    addReason(why, reason);
                } else {
                    // "Доля повторных покупок, %" beside "Доля повторных покупок" is one question twice
                    String label = text.get("field." + reason.field().name() + ".label").replaceFirst(",\\s*[%₽]$", "");
                    if (!shownAbove.contains(label)) {
                        shownAbove.add(label);
                    }
                }
            }
            String ruleKey = "rule." + rule;
            if (text.has(ruleKey) && printed.first(text.get(ruleKey))) {
                why.addElement(Cells.paragraph(text.get(ruleKey), styles.italic));
            }
        });
        // the fields quoted above are named only when the row would otherwise give no reason at all
        if (!shownAbove.isEmpty() && (why.getCompositeElements() == null || why.getCompositeElements().isEmpty())) {
            why.addElement(Cells.paragraph(text.get("brief.recommendations.shownAbove", String.join(", ", shownAbove)),
                    styles.small, 2));
        }
        table.addCell(why);

        PdfPCell kpi = ruled(Cells.composite());
        kpi.addElement(Cells.paragraph(text.label(recommendation.kpi()), styles.body));
        kpi.addElement(Cells.paragraph(
                text.get("brief.recommendations.horizon", text.label(recommendation.horizon())), styles.small, 3));
        AdviceText advice = AdviceText.of(text);
        String after = advice.after(recommendation, all);
        if (after != null) {
            kpi.addElement(Cells.paragraph(after, styles.italic, 3));
        }
        String verify = advice.verify(recommendation);
        if (verify != null) {
            kpi.addElement(Cells.paragraph(verify, styles.colored(styles.bodyBold, Styles.TO_DO), 3));
        }
        table.addCell(kpi);
    }

    private void addReason(PdfPCell cell, Reason reason) {
        Paragraph line = new Paragraph();
        line.setLeading(styles.body.getSize() * 1.35f);
        line.setSpacingAfter(2);
        line.add(SafeText.phrase(text.get("field." + reason.field().name() + ".label") + ": ", styles.bodyBold));
        if (!reason.values().isEmpty()) {
            line.add(SafeText.phrase(text.values(reason.values()), styles.body));
        }
        if (reason.excerpt() != null && !reason.excerpt().isBlank()) {
            String separator = reason.values().isEmpty() ? "" : " — ";
            line.add(SafeText.phrase(separator + excerpt(reason), styles.body));
        }
        if (!reason.isAnswer()) {
            line.add(SafeText.phrase(text.get("brief.recommendations.unanswered"), styles.italic));
        }
        String mark = AdviceText.of(text).evidenceMark(reason.evidence());
        if (!mark.isEmpty() && reason.isAnswer()) {
            line.add(SafeText.phrase(mark, styles.colored(styles.bodyBold, Styles.TO_DO)));
        }
        cell.addElement(line);
    }

    /** A number is shown with its unit, the client's words in quotes. */
    private String excerpt(Reason reason) {
        return Quotes.excerpt(reason, text, AdviceText.of(text));
    }

    /** The reason as page one prints it ("label: value"), or {@code null} for a question not answered. */
    private String reasonLine(Reason reason) {
        if (!reason.isAnswer()) {
            return null;
        }
        String value = reason.excerpt() != null && !reason.excerpt().isBlank() ? excerpt(reason)
                : text.values(reason.values());
        return text.get("field." + reason.field().name() + ".label") + ": " + value;
    }

    private Color stageColor(Stage stage) {
        return switch (stage) {
            case DO_FIRST -> styles.accent;
            case TEST -> Styles.TO_DO;
            case SCALE, KEEP -> Styles.DONE;
        };
    }

    private PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(4);
        return cell;
    }
}
