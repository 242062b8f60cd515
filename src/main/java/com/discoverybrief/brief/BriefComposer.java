package com.discoverybrief.brief;

import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.ChannelOutcome;
import com.discoverybrief.strategy.Question;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Printed printed = new Printed();
        BriefPlan plan = BriefPlan.of(brief, text);
        addBranding(document);
        addClient(document);
        PlanSection page1 = new PlanSection(writer, text, styles, printed);
        page1.addHeading(document);
        page1.addFacts(document, plan);
        page1.addSteps(document, plan);
        page1.addAnswers(document, plan);
        AdviceSections advice = new AdviceSections(writer, text, styles);
        // without a budget there is no plan, and the brief says what would give one; an assessment kept by
        // older rules has no plan whatever the budget, and says nothing about it
        boolean budgetUnknown = brief.answers().monthlyBudget() == null
                && (brief.answers().budget() == null || brief.answers().budget() == BudgetRange.NOT_DISCLOSED);
        advice.addTestPlan(document, brief.assessment(), budgetUnknown);
        page1.addQuestionCount(document, plan);
        addChanges(document);
        // the details behind the plan
        new RecommendationsTable(writer, text, styles, printed).addTo(document, brief.assessment().recommendations());
        addReadiness(document);
        new LevelSections(writer, brief, text, styles).addTo(document);
        advice.addAssumptionsNote(document, brief.answers());
        addChecklist(document);
        addOpenQuestions(document, plan.questions());
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
        Paragraph client = Cells.paragraph(orNotGiven(header.clientCompany()), styles.title, 10);
        client.setLeading(styles.title.getSize() * 1.2f);
        document.add(client);
        List<String> who = new ArrayList<>();
        who.add(text.get("brief.preparedFor", text.date(header.meetingDate())));
        if (header.contactPerson() != null && !header.contactPerson().isBlank()) {
            who.add(text.get("brief.details.contact") + ": " + header.contactPerson().strip());
        }
        if (header.salesperson() != null && !header.salesperson().isBlank()) {
            who.add(text.get("brief.details.salesperson") + ": " + header.salesperson().strip());
        }
        document.add(Cells.paragraph(String.join("  ·  ", who), styles.small, 2));
    }

    /** What changed since the previous brief of this session, when there was one. */
    private void addChanges(Document document) {
        BriefChanges changes = brief.changes();
        if (changes == null) {
            return;
        }
        AdviceText advice = AdviceText.of(text);
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        document.add(Cells.paragraph(advice.changesTitle(changes), styles.heading, 12));
        if (changes.isEmpty()) {
            document.add(Cells.paragraph(advice.noChanges(changes), styles.body, 4));
            return;
        }
        PdfPTable table = Cells.table(45, 55);
        table.setSpacingBefore(6);
        for (BriefChanges.Change change : changes.changes()) {
            table.addCell(ruled(Cells.cell(advice.change(change), styles.bodyBold)));
            table.addCell(ruled(Cells.cell(advice.changeCause(changes, change), styles.body)));
        }
        document.add(table);
    }

    private void addReadiness(Document document) {
        int readiness = brief.assessment().readiness();
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        PdfPTable overall = Cells.table(30, 10, 60);
        overall.setSpacingBefore(8);
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
        List<ChecklistItem> items = applicable();
        if (!items.isEmpty() && items.stream().allMatch(ChecklistItem::done)) {
            // nothing left to do before ads: one line under the readiness says so, without a section of its own
            document.add(Cells.paragraph(DONE_MARK + text.get("brief.checklist.allDone", String.join(" · ",
                    items.stream().map(item -> AdviceText.lowerFirst(text.label(item.check()))).toList())),
                    styles.colored(styles.body, Styles.DONE), 4));
        }
    }

    private void addChecklist(Document document) {
        if (applicable().isEmpty()) {
            return;
        }
        List<ChecklistItem> items = applicable();
        if (items.stream().allMatch(ChecklistItem::done)) {
            // said in one line under the readiness
            return;
        }
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        document.add(Cells.paragraph(text.get("brief.checklist.title"), styles.heading, 12));
        document.add(Cells.paragraph(text.get("brief.checklist.intro"), styles.italic, 2));
        // two items to a row: a status and its condition side by side, half a page shorter than one a row
        PdfPTable checklist = Cells.table(12, 38, 12, 38);
        checklist.setSpacingBefore(6);
        for (ChecklistItem item : items) {
            String status = item.done() ? DONE_MARK + text.get("brief.checklist.done")
                    : TO_DO_MARK + text.get("brief.checklist.todo");
            checklist.addCell(ruled(Cells.cell(status, styles.colored(styles.bodyBold,
                    item.done() ? Styles.DONE : Styles.TO_DO))));
            checklist.addCell(ruled(Cells.cell(text.label(item.check()), styles.body)));
        }
        if (items.size() % 2 == 1) {
            checklist.addCell(ruled(Cells.cell("", styles.body)));
            checklist.addCell(ruled(Cells.cell("", styles.body)));
        }
        document.add(checklist);
    }

    /**
     * The checklist items that apply to this client: "channels that drain budget are measured" only
     * when a channel drains budget (and then it is still to do); everything else always applies.
     */
    private List<ChecklistItem> applicable() {
        return brief.assessment().beforeAdsChecklist().stream().filter(item -> switch (item.check()) {
            case LOSING_CHANNELS_MEASURED -> brief.answers().channels().stream()
                    .anyMatch(use -> use.outcome() == ChannelOutcome.DRAINS_BUDGET);
            default -> true;
        }).toList();
    }

    private void addOpenQuestions(Document document, List<String> questions) {
        if (questions.isEmpty() && brief.nextMeeting().notes().isEmpty()) {
            return;
        }
        Cells.keepSpace(writer, document, SECTION_START_HEIGHT);
        document.add(Cells.paragraph(text.get("brief.questions.title"), styles.heading, 12));
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
