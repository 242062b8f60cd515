package com.discoverybrief.brief;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/** Lays out the {@link BriefPlan} at the top of page one: the plan first, the details after it. */
final class PlanSection {

    private static final float[] FACT_WIDTHS = {18, 82};
    private static final float[] STEP_WIDTHS = {5, 27, 40, 28};
    private static final float[] ANSWER_WIDTHS = {27, 73};
    /** Room for a subheading and the first row under it. */
    private static final float PART_START_HEIGHT = 70;

    private final PdfWriter writer;
    private final BriefText text;
    private final Styles styles;
    private final Printed printed;

    PlanSection(PdfWriter writer, BriefText text, Styles styles, Printed printed) {
        this.writer = writer;
        this.text = text;
        this.styles = styles;
        this.printed = printed;
    }

    void addHeading(Document document) {
        document.add(Cells.paragraph(text.get("brief.plan.title"), styles.heading, 12));
    }

    void addFacts(Document document, BriefPlan plan) {
        PdfPTable facts = Cells.table(FACT_WIDTHS);
        facts.setSpacingBefore(4);
        if (!plan.clientLine().isEmpty()) {
            fact(facts, "brief.plan.client", plan.clientLine());
        }
        if (plan.goal() != null) {
            fact(facts, "brief.plan.goal", text.get("brief.quoted", plan.goal()));
        }
        if (plan.approach() != null) {
            fact(facts, "brief.plan.approach", plan.approach());
        }
        if (facts.size() > 0) {
            document.add(facts);
        }
    }

    void addSteps(Document document, BriefPlan plan) {
        if (plan.steps().isEmpty()) {
            return;
        }
        subheading(document, "brief.plan.steps");
        PdfPTable table = Cells.table(STEP_WIDTHS);
        table.setSpacingBefore(4);
        for (BriefPlan.Step step : plan.steps()) {
            PdfPCell number = ruled(Cells.cell(String.valueOf(step.priority()), styles.priority));
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(number);
            PdfPCell channel = ruled(Cells.composite());
            channel.addElement(Cells.paragraph(step.channel(), styles.bodyBold));
            channel.addElement(Cells.paragraph(step.stage(), styles.small, 1));
            table.addCell(channel);
            PdfPCell words = ruled(Cells.composite());
            for (String line : step.clientWords()) {
                printed.first(line);
                words.addElement(Cells.paragraph(line, styles.body, 1));
            }
            if (step.clientWords().isEmpty()) {
                // its answers are quoted at an earlier step, and a quote is printed once
                words.addElement(Cells.paragraph(text.get("brief.plan.sameWords"), styles.small, 1));
            }
            table.addCell(words);
            table.addCell(ruled(Cells.cell(step.kpi(), styles.small)));
        }
        document.add(table);
    }

    /** The account manager's note for the client, under the plan (issue 19); nothing when there is none. */
    void addAgencyNote(Document document, String note) {
        if (note == null || note.isBlank()) {
            return;
        }
        subheading(document, "brief.agencyNote.title");
        document.add(Cells.paragraph(note, styles.body, 4));
    }

    void addAnswers(Document document, BriefPlan plan) {
        answers(document, "brief.plan.requested", plan.requested());
        answers(document, "brief.plan.leftOut", plan.leftOut());
    }

    private void answers(Document document, String titleKey, List<BriefPlan.Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        subheading(document, titleKey);
        PdfPTable table = Cells.table(ANSWER_WIDTHS);
        table.setSpacingBefore(4);
        for (BriefPlan.Answer answer : answers) {
            PdfPCell channel = ruled(Cells.composite());
            channel.addElement(Cells.paragraph(answer.channel(), styles.bodyBold));
            if (answer.asked() != null) {
                channel.addElement(Cells.paragraph(answer.asked(), styles.small, 1));
            }
            table.addCell(channel);
            PdfPCell verdict = ruled(Cells.composite());
            Paragraph heading = Cells.paragraph(answer.heading(), styles.colored(styles.bodyBold, switch (answer.kind()) {
                case RECOMMENDED -> Styles.DONE;
                case LATER -> Styles.TO_DO;
                case NOT_NOW -> Styles.MUTED;
            }));
            verdict.addElement(heading);
            // a reason given for an earlier channel is not printed again, but the reader is told it is the same
            verdict.addElement(Cells.paragraph(printed.first(answer.why()) ? AdviceText.of(text).why(answer.why())
                    : text.get("brief.plan.sameReason"), styles.body, 1));
            if (answer.change() != null && printed.first(answer.change())) {
                verdict.addElement(Cells.paragraph(answer.change(), styles.italic, 1));
            }
            table.addCell(verdict);
        }
        document.add(table);
    }

    void addQuestionCount(Document document, BriefPlan plan) {
        int count = plan.questions().size();
        String line = count == 0 ? text.get("brief.plan.questions.none") : text.get("brief.plan.questions", count);
        document.add(Cells.paragraph(line, styles.bodyBold, 8));
    }

    private void subheading(Document document, String key) {
        Cells.keepSpace(writer, document, PART_START_HEIGHT);
        document.add(Cells.paragraph(text.get(key), styles.subheading, 8));
    }

    private void fact(PdfPTable facts, String labelKey, String value) {
        PdfPCell label = Cells.cell(text.get(labelKey), styles.label);
        label.setPaddingLeft(0);
        facts.addCell(label);
        facts.addCell(Cells.cell(value, styles.body));
    }

    private PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(4);
        return cell;
    }
}
