package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Align;
import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Part;
import com.discoverybrief.brief.BriefModel.Role;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import com.discoverybrief.brief.BriefModel.Tone;
import java.util.ArrayList;
import java.util.List;

/** Composes the {@link BriefPlan} at the top of page one: the plan first, the details after it. */
final class PlanSection {

    private static final float[] FACT_WIDTHS = {18, 82};
    private static final float[] STEP_WIDTHS = {5, 27, 40, 28};
    private static final float[] ANSWER_WIDTHS = {27, 73};
    /** Room for a subheading and the first row under it. */
    private static final float PART_START_HEIGHT = 70;
    private static final Part PART = Part.PLAN;

    private final List<Block> blocks;
    private final BriefText text;
    private final Printed printed;

    PlanSection(List<Block> blocks, BriefText text, Printed printed) {
        this.blocks = blocks;
        this.text = text;
        this.printed = printed;
    }

    void addHeading() {
        blocks.add(new Heading(PART, 1, text.get("brief.plan.title"), 12));
    }

    void addFacts(BriefPlan plan) {
        List<List<Cell>> facts = new ArrayList<>();
        if (!plan.clientLine().isEmpty()) {
            fact(facts, "brief.plan.client", plan.clientLine(), Role.TEXT);
        }
        if (plan.goal() != null) {
            fact(facts, "brief.plan.goal", Quotes.quote(plan.goal(), text), Role.CLIENT_WORDS);
            if (plan.goalNote() != null) {
                // beneath the client's words, in the same cell: we do not promise it as stated, and why
                List<Cell> row = facts.remove(facts.size() - 1);
                List<Para> paras = new ArrayList<>(row.get(1).paras());
                paras.add(Para.of(PART, plan.goalNote(), Style.BODY, 1));
                facts.add(List.of(row.get(0), Cell.of(paras)));
            }
        }
        if (plan.approach() != null) {
            fact(facts, "brief.plan.approach", plan.approach(), Role.TEXT);
        }
        if (!facts.isEmpty()) {
            blocks.add(new Table(PART, TableKind.FACTS, FACT_WIDTHS, List.of(), facts, 4));
        }
    }

    void addSteps(BriefPlan plan) {
        if (plan.steps().isEmpty()) {
            return;
        }
        subheading("brief.plan.steps");
        List<List<Cell>> rows = new ArrayList<>();
        for (BriefPlan.Step step : plan.steps()) {
            Cell number = Cell.text(PART, String.valueOf(step.priority()), Style.PRIORITY).aligned(Align.CENTER);
            Cell channel = Cell.of(List.of(Para.of(PART, step.channel(), Style.BOLD),
                    Para.of(PART, step.stage(), Style.SMALL, 1)));
            List<Para> words = new ArrayList<>();
            for (String line : step.clientWords()) {
                printed.first(line);
                words.add(Para.of(PART, line, Style.BODY, 1).as(Role.CLIENT_WORDS));
            }
            if (step.sameAsAbove()) {
                // its answers are quoted at the step above, and a quote is printed once
                words.add(Para.of(PART, text.get("brief.plan.sameWords"), Style.SMALL, 1));
            }
            if (step.shownAbove() != null) {
                words.add(Para.of(PART, step.shownAbove(), Style.SMALL, 1));
            }
            rows.add(List.of(number, channel, Cell.of(words), Cell.text(PART, step.kpi(), Style.SMALL)));
        }
        blocks.add(new Table(PART, TableKind.RULED, STEP_WIDTHS, List.of(), rows, 4));
    }

    /** The account manager's note for the client, framed under the plan (issue 19); nothing when there is none. */
    void addAgencyNote(String note) {
        if (note == null || note.isBlank()) {
            return;
        }
        blocks.add(new Keep(Part.NOTE, PART_START_HEIGHT));
        blocks.add(new BriefModel.Note(Part.NOTE, text.get("brief.agencyNote.title"), note));
    }

    void addAnswers(BriefPlan plan) {
        answers("brief.plan.requested", plan.requested());
        answers("brief.plan.leftOut", plan.leftOut());
    }

    private void answers(String titleKey, List<BriefPlan.Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        subheading(titleKey);
        List<List<Cell>> rows = new ArrayList<>();
        for (BriefPlan.Answer answer : answers) {
            List<Para> channel = new ArrayList<>();
            channel.add(Para.of(PART, answer.channel(), Style.BOLD));
            if (answer.asked() != null) {
                channel.add(Para.of(PART, answer.asked(), Style.SMALL, 1));
            }
            List<Para> verdict = new ArrayList<>();
            verdict.add(Para.of(PART, answer.heading(), Style.BOLD, switch (answer.kind()) {
                case RECOMMENDED -> Tone.DONE;
                case LATER -> Tone.TO_DO;
                case NOT_NOW -> Tone.MUTED;
            }, 0));
            // a reason given for an earlier channel is not printed again, but the reader is told it is the same
            verdict.add(Para.of(PART, printed.first(answer.why()) ? AdviceText.of(text).why(answer.why())
                    : text.get("brief.plan.sameReason"), Style.BODY, 1));
            if (answer.change() != null && printed.first(answer.change())) {
                verdict.add(Para.of(PART, answer.change(), Style.ITALIC, 1));
            }
            rows.add(List.of(Cell.of(channel), Cell.of(verdict)));
        }
        blocks.add(new Table(PART, TableKind.RULED, ANSWER_WIDTHS, List.of(), rows, 4));
    }

    void addQuestionCount(BriefPlan plan) {
        int count = plan.questions().size();
        if (count == 0) {
            // nothing to ask is no news to print: "the discovery is complete" is not ours to say (finding 49), and
            // the questions section it would point at is left out too
            return;
        }
        // it points at the questions at the end: left out with them
        blocks.add(Para.of(Part.QUESTIONS, text.get("brief.plan.questions", count), Style.BOLD, 8));
    }

    private void subheading(String key) {
        blocks.add(new Keep(PART, PART_START_HEIGHT));
        blocks.add(new Heading(PART, 2, text.get(key), 8));
    }

    private void fact(List<List<Cell>> facts, String labelKey, String value, Role role) {
        Cell label = Cell.text(PART, text.get(labelKey), Style.LABEL);
        Cell content = Cell.text(PART, value, Style.BODY);
        if (role != Role.TEXT) {
            content = new Cell(List.of(content.paras().get(0).as(role)), content.align(), true);
        }
        facts.add(List.of(label, content));
    }
}
