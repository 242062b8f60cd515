package com.discoverybrief.brief;

import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Verdict;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * The two sections engine v2 adds to the brief: the answer on each of the client's own ideas (and on
 * what is left out on purpose), and the test plan for the first months. An assessment kept by older
 * rules has neither, and the brief then shows neither.
 */
final class AdviceSections {

    private static final float SECTION_START_HEIGHT = 120;
    private static final float[] PLAN_WIDTHS = {24, 11, 16, 20, 29};

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

    void addVerdicts(Document document, Assessment assessment) {
        List<Verdict> asked = assessment.verdicts().stream().filter(Verdict::requested).toList();
        List<Verdict> leftOut = assessment.verdicts().stream().filter(v -> !v.requested()).toList();
        if (!asked.isEmpty()) {
            Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
            document.add(Cells.paragraph(text.get("advice.verdicts.title"), styles.heading, 16));
            document.add(Cells.paragraph(text.get("advice.verdicts.intro"), styles.italic, 2));
            document.add(verdictTable(asked));
        }
        if (!leftOut.isEmpty()) {
            Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
            document.add(Cells.paragraph(text.get("advice.excluded.title"), styles.heading, 16));
            document.add(verdictTable(leftOut));
        }
    }

    private PdfPTable verdictTable(List<Verdict> verdicts) {
        PdfPTable table = Cells.table(30, 70);
        table.setSpacingBefore(6);
        for (Verdict verdict : verdicts) {
            PdfPCell channel = ruled(Cells.composite());
            channel.addElement(Cells.paragraph(text.label(verdict.channel()), styles.bodyBold));
            String asked = advice.verdictAsked(verdict);
            if (asked != null) {
                channel.addElement(Cells.paragraph(asked, styles.small, 2));
            }
            table.addCell(channel);
            PdfPCell answer = ruled(Cells.composite());
            answer.addElement(Cells.paragraph(advice.verdictHeading(verdict), styles.colored(styles.bodyBold,
                    switch (verdict.kind()) {
                        case RECOMMENDED -> Styles.DONE;
                        case LATER -> Styles.TO_DO;
                        case NOT_NOW -> Styles.MUTED;
                    })));
            answer.addElement(Cells.paragraph(advice.verdictWhy(verdict), styles.body, 2));
            String change = advice.verdictChange(verdict);
            if (change != null) {
                answer.addElement(Cells.paragraph(change, styles.italic, 2));
            }
            table.addCell(answer);
        }
        return table;
    }

    void addTestPlan(Document document, Assessment assessment, boolean budgetUnknown) {
        TestPlan plan = assessment.testPlan();
        if (plan == null && !budgetUnknown) {
            return;
        }
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        if (plan == null) {
            document.add(Cells.paragraph(text.get("advice.plan.title", 3), styles.heading, 16));
            document.add(Cells.paragraph(text.get("advice.plan.none"), styles.body, 4));
            return;
        }
        document.add(Cells.paragraph(advice.planTitle(plan), styles.heading, 16));
        for (String line : advice.planIntro(plan)) {
            document.add(Cells.paragraph(line, styles.italic, 2));
        }
        PdfPTable table = Cells.table(PLAN_WIDTHS);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String column : List.of("work", "when", "share", "kpi", "decision")) {
            PdfPCell cell = Cells.cell(text.get("advice.plan.column." + column), styles.tableHeader);
            cell.setBackgroundColor(styles.accent);
            table.addCell(cell);
        }
        for (PlannedTest line : plan.lines()) {
            PdfPCell work = ruled(Cells.composite());
            work.addElement(Cells.paragraph(text.label(line.channel()), styles.bodyBold));
            work.addElement(Cells.paragraph(text.label(line.kind()), styles.small, 2));
            table.addCell(work);
            table.addCell(ruled(Cells.cell(advice.planWhen(line), styles.body)));
            PdfPCell share = ruled(Cells.cell(advice.planShare(line), styles.body));
            share.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(share);
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

    private PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(6);
        return cell;
    }
}
