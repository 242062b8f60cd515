package com.discoverybrief.brief;

import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.TestPlan;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The test plan for the first months, which engine v2 adds to the brief (the answers on the client's
 * own ideas are part of the plan on page one, {@link PlanSection}). An assessment kept by older rules
 * has none, and the brief then shows none.
 */
final class AdviceSections {

    private static final float SECTION_START_HEIGHT = 120;
    private static final float[] PLAN_WIDTHS = {23, 19, 26, 32};

    private final PdfWriter writer;
    private final AdviceText advice;
    private final BriefText text;
    private final Styles styles;

    AdviceSections(PdfWriter writer, BriefText text, Styles styles) {
        this.writer = writer;
        this.text = text;
        this.advice = AdviceText.of(text);
        this.styles = styles;
    }

    /** A line under the levels when some answers are only assumptions, saying what that means. */
    void addAssumptionsNote(Document document, com.discoverybrief.strategy.Answers answers) {
        if (!answers.assumptions().isEmpty()) {
            document.add(Cells.paragraph(text.get("brief.assumptions.note"), styles.colored(styles.italic, Styles.TO_DO), 6));
        }
    }

    void addTestPlan(Document document, Assessment assessment, boolean budgetUnknown) {
        TestPlan plan = assessment.testPlan();
        if (plan == null && !budgetUnknown) {
            return;
        }
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        if (plan == null) {
            document.add(Cells.paragraph(text.get("advice.plan.title", 3), styles.heading, 12));
            document.add(Cells.paragraph(text.get("advice.plan.none"), styles.body, 4));
            return;
        }
        document.add(Cells.paragraph(advice.planTitle(plan), styles.heading, 12));
        for (String line : advice.planIntro(plan)) {
            document.add(Cells.paragraph(line, styles.italic, 2));
        }
        PdfPTable table = Cells.table(PLAN_WIDTHS);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        // when and how much share a column, one above the other: the KPI and the decision get the room
        for (String column : List.of(column("work"), column("when") + " · " + column("share"), column("kpi"),
                column("decision"))) {
            PdfPCell cell = Cells.cell(column, styles.tableHeader);
            cell.setBackgroundColor(styles.accent);
            table.addCell(cell);
        }
        for (PlannedTest line : plan.lines()) {
            PdfPCell work = ruled(Cells.composite());
            work.addElement(Cells.paragraph(text.label(line.channel()), styles.bodyBold));
            work.addElement(Cells.paragraph(text.label(line.kind()), styles.small, 2));
            table.addCell(work);
            PdfPCell when = ruled(Cells.composite());
            when.addElement(Cells.paragraph(advice.planWhen(line), styles.body));
            when.addElement(Cells.paragraph(advice.planShare(line), styles.body));
            table.addCell(when);
            PdfPCell kpi = ruled(Cells.composite());
            kpi.addElement(Cells.paragraph(text.label(line.kpi()), styles.body));
            kpi.addElement(Cells.paragraph(advice.planBaseline(line), styles.small, 2));
            table.addCell(kpi);
            table.addCell(ruled(Cells.cell(advice.planDecision(line), styles.body)));
        }
        document.add(table);
        String reserve = advice.planReserve(plan);
        if (reserve != null) {
            document.add(Cells.paragraph(reserve, styles.body, 6));
        }
        String waiting = advice.planWaiting(plan);
        if (waiting != null) {
            document.add(Cells.paragraph(waiting, styles.italic, 4));
        }
    }

    private String column(String name) {
        return text.get("advice.plan.column." + name);
    }

    private PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(4);
        return cell;
    }
}
