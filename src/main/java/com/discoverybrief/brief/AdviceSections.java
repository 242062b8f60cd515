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
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.MapCard;
import com.discoverybrief.strategy.PlannedTest;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.TestPlan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The test plan for the first months, which engine v2 adds to the brief (the answers on the client's
 * own ideas are part of the plan on page one, {@link PlanSection}). An assessment kept by older rules
 * has none, and the brief then shows none.
 */
final class AdviceSections {

    /**
     * Room for the title and the budget lines under it: they may end a page, the table's header row is
     * repeated over its rows on the next; keeping the whole start together left a fifth of page one empty.
     */
    private static final float SECTION_START_HEIGHT = 90;
    private static final float[] PLAN_WIDTHS = {20, 19, 24, 37};
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

    /**
     * The test plan, when the engine gave one or the budget is unknown.
     *
     * @param recommendations the plan's recommendations: a line's horizon is its recommendation's
     * @return the channels whose KPI and horizon the plan printed, which the recommendations then need not repeat
     */
    Set<Channel> addTestPlan(Assessment assessment, boolean budgetUnknown, List<Recommendation> recommendations,
            com.discoverybrief.strategy.Answers answers) {
        TestPlan plan = assessment.testPlan();
        Set<Channel> shown = EnumSet.noneOf(Channel.class);
        if (plan == null && !budgetUnknown) {
            return shown;
        }
        blocks.add(new Keep(PART, SECTION_START_HEIGHT));
        if (plan == null) {
            blocks.add(new Heading(PART, 1, text.get("advice.plan.title", 3), 12));
            blocks.add(Para.of(PART, text.get("advice.plan.none"), Style.BODY, 4));
            return shown;
        }
        blocks.add(new Heading(PART, 1, advice.planTitle(plan), 12));
        for (String line : advice.planIntro(plan, answers)) {
            blocks.add(Para.of(PART, line, Style.ITALIC, 2));
        }
        List<String> header = new ArrayList<>();
        // when and how much share a column, one above the other: the KPI and the decision get the room
        header.add(column("work"));
        header.add(column("when") + " · " + column("share") + " · " + column("results"));
        header.add(column("kpi"));
        header.add(column("decision"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlannedTest line : plan.lines()) {
            List<Para> when = shareCell(plan, line);
            // when the first results come: the recommendation's horizon, printed here once rather than again
            // with the same KPI in the recommendations below
            // ... also where the plan reads a booking's cost on the enquiry inside a booking window: the bookings are its
            // results, in the recommendation's horizon (finding 123)
            // ... and the e-mail read with the programme that keeps lost accounts, on its share that stays (finding 146)
            // ... and a new map card, read on the customers the maps bring rather than on calls it had none of (165)
            recommendations.stream().filter(r -> r.channel() == line.channel() && (r.kpi() == line.kpi()
                            || enquiryRead(plan, r, line) || PlanBars.readWithRetention(line) || MapCard.creates(line)))
                    .findFirst()
                    .ifPresent(r -> {
                        when.add(Para.of(PART, advice.planResults(plan, line, r.horizon()), Style.SMALL, 1));
                        shown.add(r.channel());
                    });
            List<Para> kpi = new ArrayList<>(List.of(Para.of(PART, advice.lineKpi(plan, line), Style.BODY)));
            String baseline = advice.planBaseline(plan, line);
            if (baseline != null) {
                kpi.add(Para.of(PART, baseline, Style.SMALL, 2));
            }
            rows.add(List.of(
                    Cell.of(List.of(Para.of(PART, advice.lineTitle(plan, line), Style.BOLD),
                            Para.of(PART, advice.kindLabel(plan, line), Style.SMALL, 2))),
                    Cell.of(when),
                    Cell.of(kpi),
                    Cell.text(PART, advice.planDecision(plan, line, recommendations), Style.BODY)));
        }
        blocks.add(new Table(PART, TableKind.RULED_WIDE, PLAN_WIDTHS, header, rows, 8));
        // under the table, before the reserve: the shares it speaks of include the reserve's
        String rounded = advice.planRounded(plan);
        if (rounded != null) {
            blocks.add(Para.of(PART, rounded, Style.SMALL, 2));
        }
        String reserve = advice.planReserve(assessment);
        if (reserve != null) {
            blocks.add(Para.of(PART, reserve, Style.BODY, 6));
        }
        // why the direct sales cost so much, under the plan beside the reserve's reason, not in the row (finding 189)
        String staffing = advice.planStaffing(plan, recommendations);
        if (staffing != null) {
            blocks.add(Para.of(PART, staffing, Style.BODY, reserve == null ? 6 : 4));
        }
        String siteFirst = advice.planSiteFirst(plan);
        if (siteFirst != null) {
            blocks.add(Para.of(PART, siteFirst, Style.BODY, 4));
        }
        String waiting = advice.planWaiting(plan, recommendations, assessment.verdicts());
        if (waiting != null) {
            blocks.add(Para.of(PART, waiting, Style.ITALIC, 4));
        }
        return shown;
    }

    /** When, how much, and — for a channel run today — what it costs today or that the figure is still to come. */
    private List<Para> shareCell(TestPlan plan, PlannedTest line) {
        List<Para> paras = new ArrayList<>(List.of(Para.of(PART, advice.planWhen(plan, line), Style.BODY),
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

    /**
     * Whether a line of an open booking window is read on an earlier step than its recommendation counts: the enquiry
     * for a booking's cost (finding 123), the enquiries lost after a viewing for the conversion (finding 133).
     */
    private static boolean enquiryRead(TestPlan plan, Recommendation recommendation, PlannedTest line) {
        return plan.bookingWindow() != null && (plan.bookingWindow().readsEnquiries() && line.kpi() == Kpi.COST_PER_LEAD
                && recommendation.kpi() == Kpi.COST_PER_ACQUISITION
                || line.kpi() == Kpi.LOST_AFTER_VIEWING && recommendation.kpi() == Kpi.CONVERSION_RATE);
    }
}
