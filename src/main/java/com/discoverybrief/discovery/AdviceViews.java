package com.discoverybrief.discovery;

import com.discoverybrief.brief.AdviceText;
import com.discoverybrief.strategy.AnswerField;
import com.discoverybrief.strategy.Assessment;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Evidence;
import com.discoverybrief.strategy.LevelAssessment;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.SlowTests;
import com.discoverybrief.strategy.StrategyEngine;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Verdict;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The advice of engine v2 on screen — the same words as in the brief ({@link AdviceText}): what a
 * recommendation waits for and what to verify first, why a level's readiness is held down, the
 * answer on each of the client's own ideas, and the test plan. Used by the wizard's summary step and by
 * the lead's review, so both read alike.
 */
public final class AdviceViews {

    private AdviceViews() {
    }

    /** A step's stage as the brief labels it: from its plan row where the plan has one («Улучшение», «Пауза…»). */
    public static String stage(Recommendation recommendation, Assessment assessment, Locale locale) {
        return AdviceText.of(locale).stageLabel(recommendation, assessment.testPlan());
    }

    /** A step's KPI as the brief prints it: its plan row's where that row is read on another number (a new map card). */
    public static Kpi kpi(Recommendation recommendation, Assessment assessment) {
        return AdviceText.stepKpi(recommendation, assessment.testPlan());
    }

    /**
     * A step's name as the brief prints it: a line the plan renamed — SEO whose money buys only pages — by the plan's
     * name (finding 188); {@code channelLabel} otherwise.
     */
    public static String title(Recommendation recommendation, Assessment assessment, Locale locale, String channelLabel) {
        return SlowTests.pagesLine(assessment.testPlan(), recommendation.channel()) == null ? channelLabel
                : AdviceText.of(locale).stepTitle(recommendation, assessment.testPlan());
    }

    /**
     * A step's number and when, as the brief prints it: a one-off's pages and the week they are done (finding 188);
     * {@code kpiAndHorizon} otherwise.
     */
    public static String facts(Recommendation recommendation, Assessment assessment, Locale locale, String kpiAndHorizon) {
        AdviceText text = AdviceText.of(locale);
        return SlowTests.pagesLine(assessment.testPlan(), recommendation.channel()) == null ? kpiAndHorizon
                : text.get("advice.plan.pages.facts", text.stepReading(recommendation, assessment.testPlan()));
    }

    /** "After: #1 …" and "Verify first: …" under a recommendation, when it has them. */
    public static List<Component> notes(Recommendation recommendation, List<Recommendation> all, Locale locale) {
        AdviceText text = AdviceText.of(locale);
        List<Component> notes = new ArrayList<>();
        String after = text.after(recommendation, all);
        if (after != null) {
            notes.add(note(after, "recommendation-after"));
        }
        String verify = text.verify(recommendation);
        if (verify != null) {
            notes.add(note(verify, "recommendation-verify"));
        }
        return notes;
    }

    /** "Readiness held at 50 %: the USP is blurry", or {@code null} when nothing holds the level down. */
    public static Component caps(LevelAssessment level, Locale locale) {
        String caps = AdviceText.of(locale).caps(level);
        return caps == null ? null : note(caps, "level-caps");
    }

    /** "Our assumptions: …" for a level whose answers are partly assumed, or {@code null}. */
    public static Component assumptions(LevelAssessment level, Locale locale) {
        String assumed = AdviceText.of(locale).assumptions(level);
        return assumed == null ? null : note(assumed, "level-assumptions");
    }

    /** " (our assumption)" after an answer that is only an assumption. */
    public static String evidenceMark(Evidence evidence, Locale locale) {
        return AdviceText.of(locale).evidenceMark(evidence);
    }

    /** A stored answer as a reader should see it: the words, the translated choice, a number with its unit, the channels. */
    public static String answer(AnswerField field, String stored, Locale locale) {
        return AdviceText.of(locale).answer(field, AnswerValues.parse(field, stored));
    }

    /** The answers on the client's own ideas, then what is left out on purpose; nothing when there is neither. */
    public static List<Component> verdicts(Assessment assessment, Locale locale) {
        AdviceText text = AdviceText.of(locale);
        List<Component> sections = new ArrayList<>();
        List<Verdict> asked = assessment.verdicts().stream().filter(Verdict::requested).toList();
        List<Verdict> leftOut = assessment.verdicts().stream().filter(v -> !v.requested()).toList();
        if (!asked.isEmpty()) {
            Div section = section("verdicts", text.get("advice.verdicts.title"));
            section.add(new Paragraph(text.get("advice.verdicts.intro")));
            section.add(verdictList(asked, text));
            sections.add(section);
        }
        if (!leftOut.isEmpty()) {
            Div section = section("left-out", text.get("advice.excluded.title"));
            section.add(verdictList(leftOut, text));
            sections.add(section);
        }
        return sections;
    }

    private static UnorderedList verdictList(List<Verdict> verdicts, AdviceText text) {
        UnorderedList list = new UnorderedList();
        list.addClassName("verdict-list");
        for (Verdict verdict : verdicts) {
            ListItem item = new ListItem();
            item.addClassNames("verdict", "verdict-" + verdict.kind().name().toLowerCase(Locale.ROOT));
            item.getElement().setAttribute("data-channel", verdict.channel().name());
            Span channel = new Span(text.label(verdict.channel()));
            channel.addClassName("verdict-channel");
            Span heading = new Span(text.verdictHeading(verdict));
            heading.addClassName("verdict-heading");
            item.add(new Div(channel, heading));
            String asked = text.verdictAsked(verdict);
            if (asked != null) {
                item.add(note(asked, "verdict-asked"));
            }
            item.add(new Paragraph(text.verdictWhy(verdict)));
            String change = text.verdictChange(verdict);
            if (change != null) {
                item.add(note(change, "verdict-change"));
            }
            list.add(item);
        }
        return list;
    }

    /**
     * The test plan: budget, how it is split, and a line per piece of work; a note when no budget is
     * known; nothing for an assessment kept by rules that made no plans.
     */
    public static Component testPlan(Assessment assessment, Locale locale) {
        AdviceText text = AdviceText.of(locale);
        TestPlan plan = assessment.testPlan();
        if (plan == null) {
            Div section = new Div();
            // today's rules make a plan whenever a budget is known; an assessment kept by older rules has none
            if (StrategyEngine.RULES_VERSION.equals(assessment.rulesVersion())) {
                section = section("test-plan", text.get("advice.plan.title", 3));
                section.add(new Paragraph(text.get("advice.plan.none")));
            }
            return section;
        }
        Div section = section("test-plan", text.planTitle(plan));
        text.planIntro(plan).forEach(line -> section.add(note(line, "plan-intro")));
        NativeTable table = new NativeTable();
        table.addClassName("plan-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow columns = new NativeTableRow();
        for (String column : List.of("work", "when", "share", "kpi", "decision")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text.get("advice.plan.column." + column));
            cell.getElement().setAttribute("scope", "col");
            columns.add(cell);
        }
        head.add(columns);
        NativeTableBody body = new NativeTableBody();
        for (PlannedTest line : plan.lines()) {
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-channel", line.channel().name());
            row.add(labelled(new NativeTableCell(new Span(text.lineTitle(plan, line)),
                    note(text.kindLabel(plan, line), "plan-kind")), text, "work"));
            row.add(labelled(new NativeTableCell(text.planWhen(plan, line)), text, "when"));
            NativeTableCell share = labelled(new NativeTableCell(text.planShare(line)), text, "share");
            share.addClassName("plan-share");
            String today = text.planTodayOf(line);
            if (today != null) {
                share.add(note(today, "plan-today"));
            }
            row.add(share);
            NativeTableCell kpi = new NativeTableCell(new Span(text.lineKpi(plan, line)));
            String baseline = text.planBaseline(plan, line);
            if (baseline != null) {
                kpi.add(note(baseline, "plan-baseline"));
            }
            row.add(labelled(kpi, text, "kpi"));
            row.add(labelled(new NativeTableCell(text.planDecision(plan, line, assessment.recommendations())), text, "decision"));
            body.add(row);
        }
        table.add(head, body);
        Div scroller = new Div(table);
        scroller.addClassName("plan-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", text.planTitle(plan));
        section.add(scroller);
        String rounded = text.planRounded(plan);
        if (rounded != null) {
            section.add(note(rounded, "plan-rounded"));
        }
        String reserve = text.planReserve(assessment);
        if (reserve != null) {
            section.add(note(reserve, "plan-reserve"));
        }
        String staffing = text.planStaffing(plan, assessment.recommendations());
        if (staffing != null) {
            section.add(note(staffing, "plan-staffing"));
        }
        String siteFirst = text.planSiteFirst(plan);
        if (siteFirst != null) {
            section.add(note(siteFirst, "plan-site-first"));
        }
        String waiting = text.planWaiting(plan, assessment.recommendations(), assessment.verdicts());
        if (waiting != null) {
            section.add(note(waiting, "plan-waiting"));
        }
        return section;
    }

    /** A cell that carries its column's name: a narrow screen stacks the cells and shows it (styles.css). */
    private static NativeTableCell labelled(NativeTableCell cell, AdviceText text, String column) {
        cell.getElement().setAttribute("data-label", text.get("advice.plan.column." + column));
        return cell;
    }

    private static Div section(String id, String title) {
        Div section = new Div(new H3(title));
        section.addClassName("advice-section");
        section.setId(id);
        return section;
    }

    private static Paragraph note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }
}
