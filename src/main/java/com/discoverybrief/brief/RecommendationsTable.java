package com.discoverybrief.brief;

import com.discoverybrief.brief.BriefModel.Align;
import com.discoverybrief.brief.BriefModel.Block;
import com.discoverybrief.brief.BriefModel.Cell;
import com.discoverybrief.brief.BriefModel.Heading;
import com.discoverybrief.brief.BriefModel.Keep;
import com.discoverybrief.brief.BriefModel.Para;
import com.discoverybrief.brief.BriefModel.Part;
import com.discoverybrief.brief.BriefModel.Role;
import com.discoverybrief.brief.BriefModel.Run;
import com.discoverybrief.brief.BriefModel.Style;
import com.discoverybrief.brief.BriefModel.Table;
import com.discoverybrief.brief.BriefModel.TableKind;
import com.discoverybrief.brief.BriefModel.Tone;
import com.discoverybrief.strategy.Channel;
import com.discoverybrief.strategy.Kpi;
import com.discoverybrief.strategy.Reason;
import com.discoverybrief.strategy.Recommendation;
import com.discoverybrief.strategy.TestPlan;
import com.discoverybrief.strategy.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prioritised recommendations as a test plan: priority, channel and stage, why (the answers that
 * triggered it, quoted), the KPI to watch, the horizon and any precondition.
 */
final class RecommendationsTable {

    private static final float[] WIDTHS = {5, 24, 71};

    /** Room for the title, the introduction, the table header and a first row. */
    private static final float START_HEIGHT = 150;
    private static final Part PART = Part.RECOMMENDATIONS;

    private final List<Block> blocks;
    /** The rule that puts a channel the client asked for into the plan. */
    private static final String CLIENT_ASKS = "client-asks";

    private final BriefText text;
    private final Printed printed;

    /** The channels whose KPI and horizon the test plan above already printed. */
    private final Set<Channel> inTestPlan;

    /** The test plan the steps' weeks come from, or {@code null}. */
    private final TestPlan plan;

    RecommendationsTable(List<Block> blocks, BriefText text, Printed printed, Set<Channel> inTestPlan) {
        this(blocks, text, printed, inTestPlan, null);
    }

    RecommendationsTable(List<Block> blocks, BriefText text, Printed printed, Set<Channel> inTestPlan, TestPlan plan) {
        this.plan = plan;
        this.blocks = blocks;
        this.text = text;
        this.printed = printed;
        this.inTestPlan = Set.copyOf(inTestPlan);
    }

    private List<Recommendation> all = List.of();

    void addTo(List<Recommendation> recommendations) {
        all = recommendations;
        // the heading stays with the table's header and first row (see Keep.withFirstRow)
        blocks.add(recommendations.isEmpty() ? new Keep(PART, START_HEIGHT) : Keep.withFirstRow(PART, START_HEIGHT));
        blocks.add(new Heading(PART, 1, text.get("brief.recommendations.title"), 12));
        blocks.add(Para.of(PART, text.get("brief.recommendations.intro"), Style.ITALIC, 2));
        if (recommendations.isEmpty()) {
            blocks.add(Para.of(PART, text.get("brief.recommendations.none"), Style.BODY, 6));
            return;
        }
        // the KPI, its horizon and what a step waits for close the reasons, a line each: a column of their
        // own left the reasons a narrow one, and fourteen channels ran to a page and a half
        boolean kpiHere = recommendations.stream().anyMatch(r -> !inTestPlan.contains(r.channel()));
        List<String> header = List.of(text.get("brief.recommendations.priority"),
                text.get("brief.recommendations.channel"), kpiHere
                        ? text.get("brief.recommendations.why") + " · " + text.get("brief.recommendations.kpi")
                        : text.get("brief.recommendations.why"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Recommendation recommendation : recommendations) {
            rows.add(row(recommendation));
        }
        blocks.add(new Table(PART, TableKind.RULED, WIDTHS, header, rows, 8));
    }

    /** Whether the test plan has no line for the channel and names it among the tests after its months. */
    private boolean waitsPastThePlan(Channel channel) {
        return plan != null && plan.later().contains(channel) && plan.lines().stream().noneMatch(l -> l.channel() == channel);
    }

    private List<Cell> row(Recommendation recommendation) {
        Cell priority = Cell.text(PART, String.valueOf(recommendation.priority()), Style.PRIORITY).aligned(Align.CENTER);

        List<Para> channel = new ArrayList<>();
        // the channel and its stage; its group ("Привлечение клиентов") would add a line to every row
        // and tell the client nothing the stage and the reasons do not
        Kpi kpi = AdviceText.stepKpi(recommendation, plan);
        channel.add(Para.of(PART, AdviceText.of(text).stepTitle(recommendation, plan), Style.BOLD));
        channel.add(Para.of(PART, AdviceText.of(text).stageLabel(recommendation, plan), Style.LABEL, stageTone(recommendation.stage()), 3));

        List<Para> why = new ArrayList<>();
        if (recommendation.reasons().isEmpty()) {
            // added by the account manager: no answer calls for it, the agency does
            why.add(Para.of(PART, text.get("brief.plan.agencyChoice"), Style.ITALIC));
        }
        // the answers each rule read, then that rule's sentence once
        Map<String, List<Reason>> byRule = new LinkedHashMap<>();
        recommendation.reasons().forEach(reason -> byRule.computeIfAbsent(reason.rule(), r -> new ArrayList<>()).add(reason));
        // a quote or a sentence printed above (on page one or in an earlier row) is not printed again:
        // the fields it came from are named in one line instead
        List<String> shownAbove = new ArrayList<>();
        byRule.forEach((rule, reasons) -> {
            for (Reason reason : reasons) {
                String line = reasonLine(reason);
                if (line == null || printed.first(line)) {
                    why.add(reason(reason));
                } else {
                    // a number's label carries no unit, so the band and the exact share name one idea once
                    String label = AdviceText.lowerFirst(text.fieldLabel(reason.field()));
                    if (!shownAbove.contains(label)) {
                        shownAbove.add(label);
                    }
                }
            }
            String ruleKey = "rule." + rule;
            if (rule.equals(CLIENT_ASKS) && waitsPastThePlan(recommendation.channel())) {
                // a channel the client asked for that the plan leaves for after its months is not "in the plan" (136: 72)
                ruleKey = "advice.clientAsks.later";
            }
            if (text.has(ruleKey) && printed.first(text.get(ruleKey))) {
                why.add(Para.of(PART, text.get(ruleKey), Style.ITALIC));
            }
        });
        // the fields quoted above are named only when the row would otherwise give no reason at all
        if (!shownAbove.isEmpty() && why.isEmpty()) {
            why.add(Para.of(PART, text.get("brief.recommendations.shownAbove", String.join(", ", shownAbove)),
                    Style.SMALL, 2));
        }

        // then the number to watch and when it moves, in one line, and what the step waits for
        if (!inTestPlan.contains(recommendation.channel())) {
            // unless the test plan above printed both
            why.add(new Para(PART, List.of(new Run(text.get("brief.recommendations.kpiLabel") + " ", Style.LABEL,
                    Tone.NORMAL), new Run(text.label(kpi), Style.BODY, Tone.NORMAL),
                    new Run(" · " + text.get("brief.recommendations.horizon", text.label(recommendation.horizon())),
                            Style.SMALL, Tone.NORMAL)), Style.BODY, Tone.NORMAL, Role.TEXT, 3, 0, 0, 0));
        }
        AdviceText advice = AdviceText.of(text);
        String after = advice.after(recommendation, all, plan);
        if (after != null) {
            why.add(Para.of(PART, after, Style.ITALIC, 2));
        }
        String verify = advice.verify(recommendation);
        if (verify != null) {
            why.add(Para.of(PART, verify, Style.BOLD, Tone.TO_DO, 2));
        }
        return List.of(priority, Cell.of(channel), Cell.of(why));
    }

    private Para reason(Reason reason) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(text.fieldLabel(reason.field()) + ": ", Style.BOLD, Tone.NORMAL));
        if (!reason.values().isEmpty()) {
            runs.add(new Run(text.values(reason.values()), Style.BODY, Tone.NORMAL));
        }
        if (reason.excerpt() != null && !reason.excerpt().isBlank()) {
            String separator = reason.values().isEmpty() ? "" : " — ";
            runs.add(new Run(separator + excerpt(reason), Style.BODY, Tone.NORMAL));
        }
        if (!reason.isAnswer()) {
            runs.add(new Run(text.get("brief.recommendations.unanswered"), Style.ITALIC, Tone.NORMAL));
        }
        String mark = AdviceText.of(text).evidenceMark(reason.evidence());
        if (!mark.isEmpty() && reason.isAnswer()) {
            runs.add(new Run(mark, Style.BOLD, Tone.TO_DO));
        }
        return new Para(PART, runs, Style.BODY, Tone.NORMAL, reason.isAnswer() ? Role.CLIENT_WORDS : Role.TEXT, 0, 2, 0, 0);
    }

    /** A number is shown with its unit, the client's words in quotes. */
    private String excerpt(Reason reason) {
        return Quotes.excerpt(reason, text, AdviceText.of(text));
    }

    /** The reason as page one prints it ("label: value"), or {@code null} for a question not answered. */
    private String reasonLine(Reason reason) {
        if (!reason.isAnswer()) {
            return null;
        }
        String value = reason.excerpt() != null && !reason.excerpt().isBlank() ? excerpt(reason)
                : text.values(reason.values());
        return text.fieldLabel(reason.field()) + ": " + value;
    }

    private Tone stageTone(Stage stage) {
        return switch (stage) {
            case DO_FIRST -> Tone.ACCENT;
            case TEST -> Tone.TO_DO;
            case SCALE, KEEP -> Tone.DONE;
        };
    }
}
