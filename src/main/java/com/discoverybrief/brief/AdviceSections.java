package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Part;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import com.discoverybrief.brief.BriefModel.Tone;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.TestPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The test plan for the first months, which engine v2 adds to the brief (the answers on the client's
 * own ideas are part of the plan on page one, {@link PlanSection}). An assessment kept by older rules
 * has none, and the brief then shows none.
 */
final class AdviceSections {

    private static final float SECTION_START_HEIGHT = 120;
    private static final float[] PLAN_WIDTHS = {23, 19, 26, 32};
    private static final Part PART = Part.TEST_PLAN;

    private final List<Block> blocks;
    private final AdviceText advice;
    private final BriefText text;

    AdviceSections(List<Block> blocks, BriefText text) {
        this.blocks = blocks;
        this.text = text;
        this.advice = AdviceText.of(text);
    }

    /** A line under the levels when some answers are only assumptions, saying what that means. */
    void addAssumptionsNote(com.discoverybrief.strategy.Answers answers) {
        if (!answers.assumptions().isEmpty()) {
            blocks.add(Para.of(Part.LEVELS, text.get("brief.assumptions.note"), Style.ITALIC, Tone.TO_DO, 6));
        }
    }

    void addTestPlan(Assessment assessment, boolean budgetUnknown) {
        TestPlan plan = assessment.testPlan();
        if (plan == null && !budgetUnknown) {
            return;
        }
        blocks.add(new Keep(PART, SECTION_START_HEIGHT));
        if (plan == null) {
            blocks.add(new Heading(PART, 1, text.get("advice.plan.title", 3), 12));
            blocks.add(Para.of(PART, text.get("advice.plan.none"), Style.BODY, 4));
            return;
        }
        blocks.add(new Heading(PART, 1, advice.planTitle(plan), 12));
        for (String line : advice.planIntro(plan)) {
            blocks.add(Para.of(PART, line, Style.ITALIC, 2));
        }
        List<String> header = new ArrayList<>();
        // when and how much share a column, one above the other: the KPI and the decision get the room
        header.add(column("work"));
        header.add(column("when") + " · " + column("share"));
        header.add(column("kpi"));
        header.add(column("decision"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlannedTest line : plan.lines()) {
            rows.add(List.of(
                    Cell.of(List.of(Para.of(PART, text.label(line.channel()), Style.BOLD),
                            Para.of(PART, text.label(line.kind()), Style.SMALL, 2))),
                    Cell.of(shareCell(line)),
                    Cell.of(List.of(Para.of(PART, text.label(line.kpi()), Style.BODY),
                            Para.of(PART, advice.planBaseline(line), Style.SMALL, 2))),
                    Cell.text(PART, advice.planDecision(line), Style.BODY)));
        }
        blocks.add(new Table(PART, TableKind.RULED_WIDE, PLAN_WIDTHS, header, rows, 8));
        String reserve = advice.planReserve(plan);
        if (reserve != null) {
            blocks.add(Para.of(PART, reserve, Style.BODY, 6));
        }
        String siteFirst = advice.planSiteFirst(plan);
        if (siteFirst != null) {
            blocks.add(Para.of(PART, siteFirst, Style.BODY, 4));
        }
        String waiting = advice.planWaiting(plan);
        if (waiting != null) {
            blocks.add(Para.of(PART, waiting, Style.ITALIC, 4));
        }
    }

    /** When, how much, and — for a channel run today — what it costs today or that the figure is still to come. */
    private List<Para> shareCell(PlannedTest line) {
        List<Para> paras = new ArrayList<>(List.of(Para.of(PART, advice.planWhen(line), Style.BODY),
                Para.of(PART, advice.planShare(line), Style.BODY)));
        String today = advice.planTodayOf(line);
        if (today != null) {
            paras.add(Para.of(PART, today, Style.SMALL, 2));
        }
        return paras;
    }

    private String column(String name) {
        return text.get("advice.plan.column." + name);
    }
}
