package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Checklist;
import com.discoverybrief.brief.BriefModel.ClientTitle;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Masthead;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Part;
import com.discoverybrief.brief.BriefModel.Readiness;
import com.discoverybrief.brief.BriefModel.Role;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import com.discoverybrief.brief.BriefModel.Tone;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.BudgetRange;
import com.discoverybrief.strategy.ChecklistItem;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Composes one brief, section by section, in reading order, into a renderer-neutral {@link BriefModel}:
 * what is said and where, and that a quote or an agency sentence is printed once. The PDF, Word and web
 * renderers lay out the same model.
 */
public final class BriefComposer {

    private static final String DONE_MARK = "✔ ";
    private static final String TO_DO_MARK = "○ ";

    /** Room for a section's title, introduction and first lines. */
    private static final float SECTION_START_HEIGHT = 90;
    /** The room the questions' heading needs: itself and a first question of two lines. */
    private static final float QUESTIONS_START_HEIGHT = 56;
    /** The checklist's title, its one-line introduction and its first row. */
    private static final float CHECKLIST_START_HEIGHT = 70;

    private final BriefDocument brief;
    private final BriefText text;
    private final List<Block> blocks = new ArrayList<>();

    /** The sections the export prints: the recommendations repeat what a left-out test plan would have said. */
    private final BriefSections sections;

    private BriefComposer(BriefDocument brief, BriefSections sections) {
        this.brief = brief;
        this.sections = sections;
        this.text = BriefText.of(brief.locale());
    }

    /** The whole brief. */
    public static BriefModel compose(BriefDocument brief) {
        return compose(brief, BriefSections.ALL);
    }

    /** The brief with only the chosen sections (the plan on page one is always there). */
    public static BriefModel compose(BriefDocument brief, BriefSections sections) {
        BriefComposer composer = new BriefComposer(brief, sections);
        composer.compose();
        Set<Part> left = sections.omittedParts();
        return new BriefModel(composer.meta(), composer.blocks.stream().filter(b -> !left.contains(b.part())).toList());
    }

    private BriefModel.Meta meta() {
        String client = brief.header().clientCompany();
        boolean unnamed = client == null || client.isBlank();
        return new BriefModel.Meta(text.get("brief.meta.title", unnamed ? text.get("brief.notGiven") : client),
                text.get("brief.meta.subject", text.date(brief.header().meetingDate())), brief.locale(),
                brief.branding(), text.date(brief.generatedOn()) + "  ·  " + brief.branding().name(),
                text.get("brief.footer.page"), brief.isDraft() ? text.get("brief.watermark") : null);
    }

    private void compose() {
        Printed printed = new Printed();
        BriefPlan plan = BriefPlan.of(brief, text);
        addBranding();
        addClient();
        PlanSection page1 = new PlanSection(blocks, text, printed);
        page1.addHeading();
        page1.addFacts(plan);
        page1.addSteps(plan);
        page1.addAgencyNote(brief.agencyNote());
        page1.addAnswers(plan);
        AdviceSections advice = new AdviceSections(blocks, text);
        // without a budget there is no plan, and the brief says what would give one; an assessment kept by
        // older rules has no plan whatever the budget, and says nothing about it
        boolean budgetUnknown = brief.answers().monthlyBudget() == null
                && (brief.answers().budget() == null || brief.answers().budget() == BudgetRange.NOT_DISCLOSED);
        Set<Channel> inTestPlan = advice.addTestPlan(brief.assessment(), budgetUnknown, brief.recommendations(),
                brief.answers());
        if (!sections.includes(BriefSections.Optional.TEST_PLAN)) {
            inTestPlan = Set.of();
        }
        page1.addQuestionCount(plan);
        addChanges();
        // the details behind the plan
        new RecommendationsTable(blocks, text, printed, inTestPlan, brief.assessment() == null ? null
                : brief.assessment().testPlan()).addTo(brief.recommendations());
        addReadiness();
        // every channel the client asked about is on page one with their reason: the levels do not list them again
        new LevelSections(blocks, brief, text, plan.requested().size() == brief.answers().requestedChannels().size()
                && !plan.requested().isEmpty() ? Set.of(AnswerField.REQUESTED_CHANNELS) : Set.of()).addTo();
        advice.addAssumptionsNote(brief.answers());
        addChecklist();
        addOpenQuestions(plan.questions());
    }

    private void addBranding() {
        AgencyBranding branding = brief.branding();
        blocks.add(new Masthead(Part.HEAD, branding.name(), branding.contact(), branding.logo(),
                text.get("brief.title"), text.date(brief.generatedOn())));
    }

    private void addClient() {
        BriefDocument.Header header = brief.header();
        List<String> who = new ArrayList<>();
        who.add(text.get("brief.preparedFor", text.date(header.meetingDate())));
        if (header.contactPerson() != null && !header.contactPerson().isBlank()) {
            who.add(text.get("brief.details.contact") + ": " + header.contactPerson().strip());
        }
        if (header.salesperson() != null && !header.salesperson().isBlank()) {
            who.add(text.get("brief.details.salesperson") + ": " + header.salesperson().strip());
        }
        blocks.add(new ClientTitle(Part.HEAD, orNotGiven(header.clientCompany()), String.join("  ·  ", who)));
    }

    /** What changed since the previous brief of this session, when there was one; one line when nothing did. */
    private void addChanges() {
        BriefChanges changes = brief.changes();
        if (changes == null) {
            return;
        }
        AdviceText advice = AdviceText.of(text);
        if (changes.isEmpty()) {
            // the same plan as last time: one line says so (it carries the date), no section heading over it
            blocks.add(Para.of(Part.CHANGES, advice.noChanges(changes), Style.BODY, 4));
            return;
        }
        blocks.add(new Keep(Part.CHANGES, SECTION_START_HEIGHT));
        blocks.add(new Heading(Part.CHANGES, 1, advice.changesTitle(changes), 12));
        List<List<Cell>> rows = new ArrayList<>();
        for (BriefChanges.Change change : changes.changes()) {
            rows.add(List.of(Cell.text(Part.CHANGES, advice.change(change), Style.BOLD),
                    Cell.text(Part.CHANGES, advice.changeCause(changes, change), Style.BODY)));
        }
        blocks.add(new Table(Part.CHANGES, TableKind.RULED_MEDIUM, new float[] {45, 55}, List.of(), rows, 6));
    }

    private void addReadiness() {
        int readiness = brief.assessment().readiness();
        blocks.add(new Keep(Part.READINESS, SECTION_START_HEIGHT));
        blocks.add(new Readiness(Part.READINESS, false, text.get("brief.readiness.overall"),
                text.get("brief.readiness.value", readiness), readiness));
        if (brief.isDraft()) {
            blocks.add(Para.of(Part.READINESS, text.get("brief.draft.note", readiness), Style.ITALIC, 2));
        }
        List<ChecklistItem> items = applicable();
        if (!items.isEmpty() && items.stream().allMatch(ChecklistItem::done)) {
            // nothing left to do before ads: one line under the readiness says so, without a section of its
            // own; it is the checklist's content, so leaving the checklist out of an export leaves it out
            blocks.add(Para.of(Part.CHECKLIST, DONE_MARK + text.get("brief.checklist.allDone", String.join(" · ",
                    items.stream().map(item -> AdviceText.lowerFirst(text.label(item.check()))).toList())),
                    Style.BODY, Tone.DONE, 4));
        } else if (!items.isEmpty()) {
            // the headline is how far the strategy is thought through, not how ready the ads are: with before-ads
            // checks open, the line under it says both, so «85 %» never reads against «4 of 7» (finding 107)
            // ... and names the first open one, since «start with…» sits pages away (finding 107, answer (b))
            long done = items.stream().filter(ChecklistItem::done).count();
            String first = items.stream().filter(item -> !item.done()).findFirst()
                    .map(item -> text.get("brief.readiness.first." + item.check().name())).orElseThrow();
            blocks.add(Para.of(Part.CHECKLIST, TO_DO_MARK + text.get("brief.readiness.beforeAds.first", readiness, done,
                    items.size(), first), Style.BODY, Tone.TO_DO, 4));
        }
    }

    private void addChecklist() {
        List<ChecklistItem> items = applicable();
        if (items.isEmpty()) {
            return;
        }
        if (items.stream().allMatch(ChecklistItem::done)) {
            // said in one line under the readiness
            return;
        }
        blocks.add(new Keep(Part.CHECKLIST, CHECKLIST_START_HEIGHT));
        blocks.add(new Heading(Part.CHECKLIST, 1, text.get("brief.checklist.title"), 12));
        // how many are done is said under the headline (finding 107); here only where to start, and nothing when
        // a single check is open: its «to do» row says it
        long open = items.stream().filter(item -> !item.done()).count();
        if (open > 1) {
            blocks.add(Para.of(Part.CHECKLIST, checklistIntro(items), Style.ITALIC, 2));
        }
        blocks.add(new Checklist(Part.CHECKLIST, items.stream().map(item -> new Checklist.Item(item.done(),
                item.done() ? DONE_MARK + text.get("brief.checklist.done") : TO_DO_MARK + text.get("brief.checklist.todo"),
                text.label(item.check()))).toList()));
    }

    /**
     * The checklist's opening line, drawn from this client's list — which item to start with (how much is done is
     * said under the headline) — rather than one sentence printed in every brief.
     */
    private String checklistIntro(List<ChecklistItem> items) {
        String first = items.stream().filter(item -> !item.done()).findFirst()
                .map(item -> text.label(item.check())).orElseThrow();
        return text.get("brief.checklist.intro.start", first);
    }

    /**
     * The checklist items that apply to this client: "channels that drain budget are measured" only
     * when a channel drains budget (and then it is still to do); everything else always applies.
     */
    private List<ChecklistItem> applicable() {
        return brief.assessment().beforeAdsChecklist().stream()
                .filter(item -> item.check().appliesTo(brief.answers())).toList();
    }

    private void addOpenQuestions(List<String> questions) {
        if (questions.isEmpty() && brief.nextMeeting().notes().isEmpty()) {
            return;
        }
        // the list closes the brief: it keeps its heading with a first question of two lines, no more, so that a list
        // of one N asked at the meeting fits under a full last page instead of opening a page of its own (finding 180)
        blocks.add(new Keep(Part.QUESTIONS, QUESTIONS_START_HEIGHT));
        blocks.add(new Heading(Part.QUESTIONS, 1, text.get("brief.questions.title"), 0));
        int number = 1;
        for (String question : questions) {
            blocks.add(Para.of(Part.QUESTIONS, number++ + ".  " + question, Style.BODY, 4).as(Role.QUESTION)
                    .hanging(14));
        }
        addMeetingNotes();
    }

    /** "Anything else the client said", per key question, under the questions for the next meeting. */
    private void addMeetingNotes() {
        if (brief.nextMeeting().notes().isEmpty()) {
            return;
        }
        blocks.add(Para.of(Part.QUESTIONS, text.get("brief.notes.title"), Style.BOLD, 10));
        for (Question question : Question.values()) {
            String note = brief.nextMeeting().notes().get(question);
            if (note != null) {
                blocks.add(Para.of(Part.QUESTIONS, text.get("question." + question.name() + ".title"), Style.ITALIC, 4));
                blocks.add(Para.of(Part.QUESTIONS, note, Style.BODY, 2).as(Role.CLIENT_WORDS));
            }
        }
    }

    private String orNotGiven(String value) {
        return value == null || value.isBlank() ? text.get("brief.notGiven") : value;
    }
}
