package com.discoverybrief.brief;

import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.Gap;
import com.discoverybrief.strategy.Level;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.Question;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lays out one brief, section by section, in reading order. */
final class BriefComposer {

    private static final float LOGO_SIZE = 42;
    private static final String DONE_MARK = "✔ ";
    private static final String TO_DO_MARK = "○ ";

    /** Room for a section's title, introduction and first lines. */
    private static final float SECTION_START_HEIGHT = 90;

    private final PdfWriter writer;
    private final BriefDocument brief;
    private final BriefText text;
    private final Styles styles;

    BriefComposer(PdfWriter writer, BriefDocument brief, BriefText text, Styles styles) {
        this.writer = writer;
        this.brief = brief;
        this.text = text;
        this.styles = styles;
    }

    void compose(Document document) {
        addBranding(document);
        addClient(document);
        addSummary(document);
        new LevelSections(writer, brief, text, styles).addTo(document);
        AdviceSections advice = new AdviceSections(writer, text, styles);
        advice.addAssumptionsNote(document, brief.answers());
        new RecommendationsTable(writer, text, styles).addTo(document, brief.assessment().recommendations());
        advice.addVerdicts(document, brief.assessment());
        // without a budget there is no plan, and the brief says what would give one; an assessment kept by
        // older rules has no plan whatever the budget, and says nothing about it
        boolean budgetUnknown = brief.answers().monthlyBudget() == null
                && (brief.answers().budget() == null || brief.answers().budget() == BudgetRange.NOT_DISCLOSED);
        advice.addTestPlan(document, brief.assessment(), budgetUnknown);
        addChecklist(document);
        addOpenQuestions(document);
    }

    private void addBranding(Document document) {
        AgencyBranding branding = brief.branding();
        PdfPTable header = Cells.table(9, 55, 36);
        Optional<Image> logo = LogoImages.copyOf(branding.logo());
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
        agency.addElement(Cells.paragraph(branding.name(), styles.agency));
        if (!branding.contact().isEmpty()) {
            agency.addElement(Cells.paragraph(branding.contact(), styles.small));
        }
        header.addCell(agency);
        PdfPCell title = Cells.composite();
        title.setVerticalAlignment(Element.ALIGN_MIDDLE);
        Paragraph documentTitle = Cells.paragraph(text.get("brief.title"), styles.subheading);
        documentTitle.setAlignment(Element.ALIGN_RIGHT);
        title.addElement(documentTitle);
        Paragraph date = Cells.paragraph(text.date(brief.generatedOn()), styles.small);
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

    private void addClient(Document document) {
        BriefDocument.Header header = brief.header();
        Paragraph client = Cells.paragraph(orNotGiven(header.clientCompany()), styles.title, 14);
        client.setLeading(styles.title.getSize() * 1.2f);
        document.add(client);
        document.add(Cells.paragraph(text.get("brief.preparedFor", text.date(header.meetingDate())), styles.small, 2));

        List<Map.Entry<String, String>> rows = List.of(
                Map.entry("client", orNotGiven(header.clientCompany())),
                Map.entry("contact", orNotGiven(header.contactPerson())),
                Map.entry("industry", orNotGiven(header.industry())),
                Map.entry("businessModel", text.labelOrMissing(header.businessModel())),
                Map.entry("geography", text.labelOrMissing(header.geography())),
                Map.entry("companySize", text.labelOrMissing(header.companySize())),
                Map.entry("budget", text.labelOrMissing(header.budget())),
                Map.entry("meetingDate", text.date(header.meetingDate())),
                Map.entry("salesperson", orNotGiven(header.salesperson())),
                Map.entry("generatedOn", text.date(brief.generatedOn())));
        PdfPTable details = Cells.table(17, 33, 19, 31);
        details.setSpacingBefore(10);
        for (int i = 0; i < rows.size(); i++) {
            PdfPCell label = Cells.cell(text.get("brief.details." + rows.get(i).getKey()), styles.label);
            if (i % 2 == 0) {
                label.setPaddingLeft(0); // flush with the headings above
            }
            details.addCell(label);
            details.addCell(Cells.cell(rows.get(i).getValue(), styles.body));
        }
        document.add(details);
    }

    private void addSummary(Document document) {
        PdfPTable box = Cells.table(100);
        box.setSpacingBefore(12);
        PdfPCell cell = Cells.composite();
        cell.setBackgroundColor(styles.accentTint);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(styles.accent);
        cell.setBorderWidth(3);
        cell.setPadding(10);
        cell.addElement(Cells.paragraph(text.get("brief.summary.title"), styles.colored(styles.label, styles.accent)));
        if (brief.assessment().summary() != null) {
            cell.addElement(Cells.paragraph(SummaryParagraph.of(brief.assessment().summary(), text), styles.body, 3));
        }
        box.addCell(cell);
        document.add(box);

        int readiness = brief.assessment().readiness();
        PdfPTable overall = Cells.table(30, 10, 60);
        overall.setSpacingBefore(6);
        PdfPCell overallLabel = Cells.cell(text.get("brief.readiness.overall"), styles.bodyBold);
        overallLabel.setPaddingLeft(0);
        overall.addCell(overallLabel);
        PdfPCell figure = Cells.cell(text.get("brief.readiness.value", readiness), styles.bodyBold);
        figure.setHorizontalAlignment(Element.ALIGN_RIGHT);
        overall.addCell(figure);
        overall.addCell(ReadinessBar.cell(readiness, styles.accent));
        document.add(overall);
        if (brief.isDraft()) {
            document.add(Cells.paragraph(text.get("brief.draft.note", readiness), styles.italic, 2));
        }
    }

    private void addChecklist(Document document) {
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        document.add(Cells.paragraph(text.get("brief.checklist.title"), styles.heading, 16));
        document.add(Cells.paragraph(text.get("brief.checklist.intro"), styles.italic, 2));
        PdfPTable checklist = Cells.table(18, 82);
        checklist.setSpacingBefore(6);
        for (ChecklistItem item : brief.assessment().beforeAdsChecklist()) {
            String status = item.done() ? DONE_MARK + text.get("brief.checklist.done")
                    : TO_DO_MARK + text.get("brief.checklist.todo");
            checklist.addCell(ruled(Cells.cell(status, styles.colored(styles.bodyBold,
                    item.done() ? Styles.DONE : Styles.TO_DO))));
            checklist.addCell(ruled(Cells.cell(text.label(item.check()), styles.body)));
        }
        document.add(checklist);
    }

    private void addOpenQuestions(Document document) {
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        document.add(Cells.paragraph(text.get("brief.questions.title"), styles.heading, 16));
        Set<String> questions = new LinkedHashSet<>();
        // What the salesperson marked in the meeting comes first, then what the engine found missing.
        brief.nextMeeting().askAgain().forEach(field -> questions.add(text.get("field." + field.name() + ".gap")));
        for (Level level : Level.values()) {
            LevelAssessment assessment = brief.assessment().level(level);
            List<Gap> gaps = assessment == null ? List.of() : assessment.gaps();
            gaps.forEach(gap -> questions.add(text.get("field." + gap.field().name() + ".gap")));
        }
        if (questions.isEmpty()) {
            document.add(Cells.paragraph(text.get("brief.questions.none"), styles.body, 6));
        }
        int number = 1;
        for (String question : questions) {
            Paragraph line = Cells.paragraph(number++ + ".  " + question, styles.body, 4);
            line.setIndentationLeft(14);
            line.setFirstLineIndent(-14);
            document.add(line);
        }
        addMeetingNotes(document);
    }

    /** "Anything else the client said", per key question, under the questions for the next meeting. */
    private void addMeetingNotes(Document document) {
        if (brief.nextMeeting().notes().isEmpty()) {
            return;
        }
        document.add(Cells.paragraph(text.get("brief.notes.title"), styles.bodyBold, 10));
        for (Question question : Question.values()) {
            String note = brief.nextMeeting().notes().get(question);
            if (note != null) {
                document.add(Cells.paragraph(text.get("question." + question.name() + ".title"), styles.italic, 4));
                document.add(Cells.paragraph(note, styles.body, 2));
            }
        }
    }

    private PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Styles.RULE);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(5);
        return cell;
    }

    private String orNotGiven(String value) {
        return value == null || value.isBlank() ? text.get("brief.notGiven") : value;
    }
}
