package com.discoverybrief.brief;

import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/** Macro, meso and micro: for each, what we learned (the client's answers in full), readiness and gaps. */
final class LevelSections {

    /** Room for a level's heading, description and first answer. */
    private static final float LEVEL_START_HEIGHT = 110;
    private static final float[] SHORT_WIDTHS = {19, 31, 19, 31};
    /** Characters that fit a half-width column in two or three lines. */
    private static final int SHORT_ANSWER = 60;
    /** The section title above the first level. */
    private static final float TITLE_HEIGHT = 30;

    private final PdfWriter writer;
    private final BriefDocument brief;
    private final BriefText text;
    private final Styles styles;

    LevelSections(PdfWriter writer, BriefDocument brief, BriefText text, Styles styles) {
        this.writer = writer;
        this.brief = brief;
        this.text = text;
        this.styles = styles;
    }

    void addTo(Document document) {
        Cells.keepSpace(writer, document, TITLE_HEIGHT + LEVEL_START_HEIGHT);
        document.add(Cells.paragraph(text.get("brief.levels.title"), styles.heading, 14));
        for (Level level : Level.values()) {
            addLevel(document, level, brief.assessment().level(level));
        }
    }

    private void addLevel(Document document, Level level, LevelAssessment assessment) {
        int readiness = assessment == null ? 0 : assessment.readiness();
        Cells.keepSpace(writer, document, LEVEL_START_HEIGHT);
        PdfPTable heading = Cells.table(64, 12, 24);
        heading.setSpacingBefore(6);
        heading.setKeepTogether(true);
        PdfPCell title = underlined(Cells.cell(text.label(level), styles.subheading));
        title.setPaddingLeft(0);
        heading.addCell(title);
        PdfPCell figure = underlined(Cells.cell(text.get("brief.readiness.value", readiness), styles.bodyBold));
        figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
        heading.addCell(figure);
        heading.addCell(underlined(ReadinessBar.cell(readiness, styles.accent)));
        document.add(heading);
        // the level's one-line description ("the concrete tools: ads, SMM…") stays on screen: in every brief it
        // was the same line three times, and the heading says what the level is
        String caps = assessment == null ? null : AdviceText.of(text).caps(assessment);
        if (caps != null) {
            document.add(Cells.paragraph(caps, styles.colored(styles.bodyBold, Styles.TO_DO), 4));
        }

        List<AnswerField> answered = AnswerField.of(level).stream().filter(brief.answers()::isAnswered).toList();
        if (answered.isEmpty()) {
            document.add(Cells.paragraph(text.get("brief.level.nothingLearned"), styles.body, 4));
        } else {
            // short answers (a choice, a number, a few words) two to a row, label beside value; longer ones
            // across the page, label above value. Either way label and value share a row, which moves to
            // the next page whole when it fits there: a label never ends a page without its value.
            List<AnswerField> shortOnes = answered.stream().filter(this::isShort).toList();
            if (!shortOnes.isEmpty()) {
                PdfPTable pairs = Cells.table(SHORT_WIDTHS);
                pairs.setSpacingBefore(4);
                for (AnswerField field : shortOnes) {
                    PdfPCell label = Cells.cell(label(field), styles.label);
                    label.setPaddingLeft(0);
                    pairs.addCell(label);
                    pairs.addCell(Cells.cell(AnswerText.of(brief.answers(), field, text), styles.body));
                }
                if (shortOnes.size() % 2 == 1) {
                    // an empty half, in the brief's own font: the table's default cell would bring Helvetica
                    pairs.addCell(Cells.cell("", styles.body));
                    pairs.addCell(Cells.cell("", styles.body));
                }
                document.add(pairs);
            }
            PdfPTable answers = Cells.table(100);
            answers.setSpacingBefore(2);
            for (AnswerField field : answered) {
                if (shortOnes.contains(field)) {
                    continue;
                }
                PdfPCell answer = Cells.composite();
                answer.setPaddingLeft(0);
                answer.setPaddingTop(1);
                answer.setPaddingBottom(1);
                answer.addElement(Cells.paragraph(label(field), styles.label));
                Paragraph value = Cells.paragraph(AnswerText.of(brief.answers(), field, text), styles.body);
                value.setIndentationLeft(8);
                answer.addElement(value);
                answers.addCell(answer);
            }
            if (answers.size() > 0) {
                document.add(answers);
            }
        }
        List<Gap> gaps = assessment == null ? List.of() : assessment.gaps();
        if (!gaps.isEmpty()) {
            Paragraph unknown = new Paragraph();
            unknown.setFont(styles.body); // the line break OpenPDF ends a paragraph with uses this font
            unknown.setSpacingBefore(4);
            unknown.setLeading(styles.body.getSize() * 1.35f);
            unknown.add(SafeText.phrase(text.get("brief.level.unknown") + ": ", styles.label));
            unknown.add(SafeText.phrase(String.join(" · ",
                    gaps.stream().map(gap -> text.get("field." + gap.field().name() + ".label")).toList()), styles.body));
            document.add(unknown);
        }
    }

    private String label(AnswerField field) {
        return text.get("field." + field.name() + ".label") + AdviceText.of(text).evidenceMark(brief.answers().evidence(field));
    }

    private boolean isShort(AnswerField field) {
        String value = AnswerText.of(brief.answers(), field, text);
        return value.length() <= SHORT_ANSWER && value.indexOf('\n') < 0 && label(field).length() <= SHORT_ANSWER;
    }

    private PdfPCell underlined(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(styles.accent);
        cell.setBorderWidth(0.8f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPaddingBottom(5);
        return cell;
    }
}
